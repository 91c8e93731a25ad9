using Servicenav.Access;
using Servicenav.Catalog.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Catalog.Features;

/// <summary>The decided catalogue (or a named version) as a spreadsheet: the "förteckning" in tabular form.</summary>
public sealed record ExportCatalog(ExportFormat Format, int? VersionNumber = null) : IRequest<Result<ExportFile>>;

internal sealed class ExportCatalogHandler(ServicenavDb db, TimeProvider clock) : IHandler<ExportCatalog, Result<ExportFile>>
{
    public async Task<Result<ExportFile>> Handle(ExportCatalog request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CatalogRead))
        {
            return Result<ExportFile>.Forbidden();
        }

        var version = await CatalogReads.ByNumberOrCurrent(db, request.VersionNumber, SwedishCulture.Today(clock), cancellationToken);
        if (version is null)
        {
            return Result<ExportFile>.NotFound();
        }

        var areaOrder = version.Areas.ToDictionary(a => a.Code, a => a.SortOrder);
        var rows = version.Services
            .OrderBy(s => areaOrder.GetValueOrDefault(s.AreaCode)).ThenBy(s => s.Name, StringComparer.Create(SwedishCulture.Culture, true))
            .Select(s => Row(version, s))
            .ToList();
        var table = new TableExport(Messages.Export_CatalogSheet, Headers(), rows);
        return table.To(request.Format, $"tjanstekatalog-v{version.Number}");
    }

    private static string[] Headers() =>
    [
        Messages.Field_Area, Messages.Field_Code, Messages.Field_Name, Messages.Field_Description, Messages.Field_Included,
        Messages.Field_NotIncluded, Messages.Field_Sharing, Messages.Field_PriceModel, Messages.Field_Owner, Messages.Field_OpeningHours,
        Messages.Field_Availability, "P1 " + Messages.Field_ResponseHours, "P1 " + Messages.Field_ResolutionHours,
        "P2 " + Messages.Field_ResponseHours, "P2 " + Messages.Field_ResolutionHours, "P3 " + Messages.Field_ResponseHours,
        "P3 " + Messages.Field_ResolutionHours, "P4 " + Messages.Field_ResponseHours, "P4 " + Messages.Field_ResolutionHours,
        Messages.Field_Diarienummer, Messages.Field_DecisionDate, Messages.Field_DecidedBy, Messages.Field_Version,
    ];

    private static object?[] Row(CatalogVersion version, CatalogService s) =>
    [
        version.FindArea(s.AreaCode)?.Name ?? s.AreaCode, s.Code, s.Name, s.Description,
        s.IncludedText.Replace('\n', ';'), s.NotIncludedText.Replace('\n', ';'),
        EnumText.Of(s.Sharing), EnumText.Of(s.PriceModel), s.OwnerName, s.OpeningHours, s.AvailabilityTargetPercent,
        s.P1ResponseHours, s.P1ResolutionHours, s.P2ResponseHours, s.P2ResolutionHours,
        s.P3ResponseHours, s.P3ResolutionHours, s.P4ResponseHours, s.P4ResolutionHours,
        s.LastDecision?.Diarienummer, s.LastDecision?.DecisionDate, s.LastDecision?.DecidedBy, version.Number,
    ];
}
