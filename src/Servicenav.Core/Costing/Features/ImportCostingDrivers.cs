using System.Globalization;
using Servicenav.Access;
using Servicenav.Costing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;
using Sylvan.Data.Csv;

namespace Servicenav.Costing.Features;

/// <summary>
/// Imports driver tables from CSV (as saved from Excel: semicolon, comma or tab; decimal comma or point). Columns
/// <c>typ;källtyp;källa;mål;värde;enhet</c>: typ = resurs / stöd / aktivitet; källtyp = pool / ansvar / kontogrupp
/// (resource drivers; empty means aktivitet); källa = the pool key, ansvar, account group or activity code; mål = an
/// activity code (resurs, stöd) or a service code (aktivitet); enhet "%" means shares, anything else quantities.
/// Rows with the same typ, källtyp and källa form one driver, which replaces the model's. All-or-nothing: every bad
/// row and every broken rule is listed and nothing is saved.
/// </summary>
public sealed record ImportCostingDrivers(int Year, string FileName, string Content) : IRequest<Result<int>>;

internal sealed class ImportCostingDriversHandler(ServicenavDb db, TimeProvider clock) : IHandler<ImportCostingDrivers, Result<int>>
{
    private static readonly string[] Columns = ["typ", "källtyp", "källa", "mål", "värde", "enhet"];
    private static readonly string[] RequiredColumns = ["typ", "källa", "mål", "värde"];
    private static readonly string[] RequiredValues = ["källa", "mål"];

    public async Task<Result<int>> Handle(ImportCostingDrivers request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingManage))
        {
            return Result<int>.Forbidden();
        }

        var model = await CostingReads.ModelOf(db, request.Year, cancellationToken);
        if (model is null)
        {
            return Result<int>.NotFound();
        }

        var errors = new ImportErrorList();
        var rows = Parse(request, errors);
        errors.ThrowIfAny();
        if (rows.Count == 0)
        {
            errors.Add(request.FileName, 1, null, CostingMessages.Import_Empty);
            errors.ThrowIfAny();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var groups = rows.GroupBy(r => (r.Kind, r.Source, Key: r.SourceKey.ToUpperInvariant())).ToList();
        foreach (var group in groups)
        {
            var first = group.First();
            try
            {
                model.SetDriver(first.Kind, first.Source, first.SourceKey, first.Unit == "%" ? DriverBasis.Shares : DriverBasis.Quantities, first.Unit,
                    group.Select(r => (r.Target, r.Value)).ToList(), now);
            }
            catch (BusinessRuleException e)
            {
                errors.Add(request.FileName, first.Line, null, e.Message);
            }
        }

        errors.ThrowIfAny();
        await db.SaveChangesAsync(cancellationToken);
        return groups.Count;
    }

    private static List<Row> Parse(ImportCostingDrivers request, ImportErrorList errors)
    {
        var file = request.FileName;
        using var reader = new StringReader(request.Content.TrimStart('\uFEFF'));
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, Culture = CultureInfo.InvariantCulture });
        var header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim().ToLower(SwedishCulture.Culture)).ToList();
        if (!RequiredColumns.All(header.Contains))
        {
            errors.Add(file, 1, null, CostingMessages.Import_Columns);
            return [];
        }

        var rows = new List<Row>();
        while (csv.Read())
        {
            var line = csv.RowNumber + 1;
            string Get(string column) => header.IndexOf(column) is var i and >= 0 && i < csv.RowFieldCount ? csv.GetString(i).Trim() : "";
            if (Columns.All(c => Get(c).Length == 0))
            {
                continue;
            }

            DriverKind? kind = Get("typ").ToLower(SwedishCulture.Culture) switch
            {
                "resurs" or "resursdrivare" or "resource" => DriverKind.Resource,
                "stöd" or "stod" or "support" => DriverKind.Support,
                "aktivitet" or "aktivitetsdrivare" or "activity" => DriverKind.Activity,
                _ => null,
            };
            DriverSource? source = Get("källtyp").ToLower(SwedishCulture.Culture) switch
            {
                "pool" => DriverSource.Pool,
                "ansvar" => DriverSource.Ansvar,
                "kontogrupp" or "konto" => DriverSource.AccountGroup,
                "aktivitet" or "" => kind == DriverKind.Resource ? DriverSource.Pool : DriverSource.Activity,
                _ => null,
            };
            if (kind is null)
            {
                errors.Add(file, line, "typ", string.Format(SwedishCulture.Culture, CostingMessages.Import_BadKind, Get("typ")));
            }

            if (source is null)
            {
                errors.Add(file, line, "källtyp", string.Format(SwedishCulture.Culture, CostingMessages.Import_BadSource, Get("källtyp")));
            }

            foreach (var required in RequiredValues.Where(c => Get(c).Length == 0))
            {
                errors.Add(file, line, required, CostingMessages.Required);
            }

            var text = Get("värde").Replace(" ", "", StringComparison.Ordinal).Replace('\u00a0'.ToString(), "", StringComparison.Ordinal).Replace(',', '.');
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                errors.Add(file, line, "värde", string.Format(SwedishCulture.Culture, CostingMessages.Import_BadNumber, Get("värde")));
                continue;
            }

            if (kind is not null && source is not null)
            {
                rows.Add(new Row(line, kind.Value, source.Value, Get("källa"), Get("mål"), value, Get("enhet")));
            }
        }

        return rows;
    }

    private sealed record Row(int Line, DriverKind Kind, DriverSource Source, string SourceKey, string Target, decimal Value, string Unit);
}
