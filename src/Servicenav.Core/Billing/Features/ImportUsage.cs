using FluentValidation;
using Servicenav.Access;
using Servicenav.Billing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

/// <summary>
/// A batch of usage rows from a sending system (the API's <c>POST /api/usage</c>): accepted whole or refused whole
/// with every bad row listed; rows whose source reference is already stored are skipped, not counted twice.
/// </summary>
public sealed class ImportUsage : IRequest<Result<UsageImportResult>>
{
    /// <summary>Who or what sent the batch (shown in the batch list); "API" when not given.</summary>
    public string? SourceName { get; set; }

    public IReadOnlyList<UsageRowInput> Rows { get; set; } = [];
}

public sealed class ImportUsageValidator : AbstractValidator<ImportUsage>
{
    public ImportUsageValidator()
    {
        RuleFor(x => x.SourceName).MaximumLength(200).WithMessage(UsageRowParser.Format(UsageMessages.TooLong, 200));
        RuleFor(x => x.Rows).NotEmpty().WithMessage(UsageMessages.EmptyBatch);
    }
}

internal sealed class ImportUsageHandler(ServicenavDb db, UsageImporter importer) : IHandler<ImportUsage, Result<UsageImportResult>>
{
    public async Task<Result<UsageImportResult>> Handle(ImportUsage request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ChargingManage) || db.User.IsCustomerScoped)
        {
            return Result<UsageImportResult>.Forbidden();
        }

        var rows = request.Rows.Select((row, index) => RawUsageRow.From(index + 1, row ?? new UsageRowInput()));
        var source = string.IsNullOrWhiteSpace(request.SourceName) ? "API" : request.SourceName.Trim();
        return await importer.Import(UsageBatchKind.Api, source, UsageRowSource.Of(rows), cancellationToken);
    }
}
