using System.Globalization;
using System.Text;
using Servicenav.Catalog.Domain;
using Servicenav.Customers.Domain;
using Servicenav.SharedKernel;
using Servicenav.Usage.Domain;

namespace Servicenav.Imports.StockholmDemo;

public sealed record StockholmCustomer(int Number, string Name, int Employees, CustomerKind Kind, string? OrganisationNumber);

public sealed record StockholmArea(string Code, string Name);

public sealed record StockholmService(string Code, ServiceContent Content);

public sealed record StockholmUsageCell(int CustomerNumber, string ServiceCode, UsageStatus Status, decimal? DegreePercent, string? Note);

/// <summary>
/// The Region Stockholm files, read and checked as a whole before anything is written. Files (see
/// demo-data/stockholm/README.md): the report's matrix, services and recommendations, and our own
/// catalogue details, customer details and usage notes derived from the same report.
/// </summary>
public sealed record StockholmDataset(
    IReadOnlyList<StockholmCustomer> Customers,
    IReadOnlyList<StockholmArea> Areas,
    IReadOnlyList<StockholmService> Services,
    IReadOnlyList<StockholmUsageCell> Usage)
{
    public const string MatrixFile = "stockholm_usage_matrix.csv";
    public const string ServicesFile = "stockholm_services.csv";
    public const string RecommendationsFile = "stockholm_recommendations.csv";
    public const string DetailsFile = "stockholm_catalog_details.csv";
    public const string CustomerDetailsFile = "stockholm_customer_details.csv";
    public const string NotesFile = "stockholm_usage_notes.csv";

    /// <summary>Reads every file; throws <see cref="ImportRejectedException"/> listing every bad row if any is bad.</summary>
    public static StockholmDataset Read(string folder)
    {
        var errors = new ImportErrorList();
        var services = CsvTable.Read(Path.Combine(folder, ServicesFile),
            ["order", "column_name", "swedish_name", "area"],
            ["footnote_marker", "footnote_text", "total_users", "pct_users", "row_source", "rows_determined", "notes"], errors);
        var recommendations = CsvTable.Read(Path.Combine(folder, RecommendationsFile),
            ["service", "matrix_columns", "recommendation"],
            ["order", "area", "recommendation_text", "report_section", "onboarding_committees", "onboarding_nrs", "onboarding_as_written",
             "onboarding_section", "onboarding_note", "savings_group", "savings_group_mnkr", "area_cost_mnkr_approx", "savings_source"], errors);
        var details = CsvTable.Read(Path.Combine(folder, DetailsFile),
            ["code", "name", "description", "included", "not_included", "opening_hours", "availability_target_pct",
             "p1_response_h", "p1_resolution_h", "p2_response_h", "p2_resolution_h", "p3_response_h", "p3_resolution_h",
             "p4_response_h", "p4_resolution_h", "price_model", "service_owner_role"],
            ["source_section"], errors);
        var serviceCodes = services?.Rows.Select(r => r["column_name"]).Where(c => c.Length > 0).ToList() ?? [];
        var matrix = CsvTable.Read(Path.Combine(folder, MatrixFile), ["nr", "name", "employees_jan2024"], serviceCodes, errors);
        var customerDetails = CsvTable.Read(Path.Combine(folder, CustomerDetailsFile), ["nr", "kind"], ["organisation_number", "source"], errors);
        var notesPath = Path.Combine(folder, NotesFile);
        var notes = File.Exists(notesPath)
            ? CsvTable.Read(notesPath, ["nr", "service_code", "degree_pct", "note"], ["source"], errors)
            : null;

        // Header problems do not stop the row checks, so the user sees every bad row at once; only a
        // file that could not be read at all (missing, no header, a column twice) leaves nothing to check.
        if (services is null || recommendations is null || details is null || matrix is null || customerDetails is null)
        {
            errors.ThrowIfAny();
        }

        var sharing = ReadSharing(recommendations!, serviceCodes, errors);
        var (areas, catalog) = ReadCatalog(services!, details!, sharing, errors);
        var kinds = ReadCustomerDetails(customerDetails!, errors);
        var customers = ReadCustomers(matrix!, kinds, errors);
        var usage = ReadUsage(matrix!, notes, serviceCodes, customers, errors);
        errors.ThrowIfAny();
        return new StockholmDataset(customers, areas, catalog, usage);
    }

    private static Dictionary<string, SharingStatus> ReadSharing(CsvTable table, List<string> codes, ImportErrorList errors)
    {
        var sharing = new Dictionary<string, SharingStatus>();
        foreach (var row in table.Rows)
        {
            SharingStatus? status = row["recommendation"] switch
            {
                "koncerngemensam" or "fortsatt koncerngemensam" => SharingStatus.Koncerngemensam,
                "sektorsgemensam" => SharingStatus.Sektorsgemensam,
                "lokal" => SharingStatus.LokalFrivillig,
                _ => null,
            };
            if (status is null)
            {
                errors.Add(table.FileName, row.Line, "recommendation", string.Format(SwedishCulture.Culture, Messages.Import_UnknownRecommendation, row["recommendation"]));
                continue;
            }

            foreach (var code in row["matrix_columns"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!codes.Contains(code))
                {
                    errors.Add(table.FileName, row.Line, "matrix_columns", string.Format(SwedishCulture.Culture, Messages.Import_UnknownService, code));
                }

                sharing[code] = status.Value;
            }
        }

        foreach (var code in codes.Where(c => !sharing.ContainsKey(c)))
        {
            errors.Add(table.FileName, 0, "matrix_columns", string.Format(SwedishCulture.Culture, Messages.Import_NoRecommendation, code));
        }

        return sharing;
    }

    private static (List<StockholmArea>, List<StockholmService>) ReadCatalog(CsvTable services, CsvTable details, Dictionary<string, SharingStatus> sharing, ImportErrorList errors)
    {
        var areas = new List<StockholmArea>();
        var areaOf = new Dictionary<string, string>();
        foreach (var row in services.Rows)
        {
            var code = services.Required(row, "column_name", errors);
            var areaName = services.Required(row, "area", errors);
            services.Integer(row, "order", errors, min: 1);
            if (areaOf.ContainsKey(code))
            {
                errors.Add(services.FileName, row.Line, "column_name", string.Format(SwedishCulture.Culture, Messages.Import_ServiceTwice, code));
            }

            if (areaName.Length > 0 && areas.All(a => a.Name != areaName))
            {
                areas.Add(new StockholmArea(Slug(areaName), areaName));
            }

            areaOf[code] = Slug(areaName);
        }

        var result = new List<StockholmService>();
        foreach (var row in details.Rows)
        {
            var code = details.Required(row, "code", errors);
            if (!areaOf.TryGetValue(code, out var areaCode))
            {
                errors.Add(details.FileName, row.Line, "code", string.Format(SwedishCulture.Culture, Messages.Import_UnknownService, code));
                continue;
            }

            if (result.Any(s => s.Code == code))
            {
                errors.Add(details.FileName, row.Line, "code", string.Format(SwedishCulture.Culture, Messages.Import_ServiceTwice, code));
                continue;
            }

            var priceModel = ParsePriceModel(row["price_model"]);
            if (priceModel is null)
            {
                errors.Add(details.FileName, row.Line, "price_model", string.Format(SwedishCulture.Culture, Messages.Import_UnknownPriceModel, row["price_model"]));
            }

            PriorityTarget Target(int p) => new(
                p,
                details.Decimal(row, $"p{p}_response_h", errors, 0, 10_000),
                details.Decimal(row, $"p{p}_resolution_h", errors, 0, 10_000));

            var content = new ServiceContent(
                details.Required(row, "name", errors),
                areaCode,
                details.Required(row, "description", errors),
                Items(row["included"]),
                Items(row["not_included"]),
                sharing.GetValueOrDefault(code, SharingStatus.LokalFrivillig),
                priceModel ?? PriceModel.Fixed,
                null,
                details.Required(row, "service_owner_role", errors),
                new ServiceLevels(row["opening_hours"], details.Decimal(row, "availability_target_pct", errors, 0, 100), Target(1), Target(2), Target(3), Target(4)));
            result.Add(new StockholmService(code, content));
        }

        foreach (var code in areaOf.Keys.Where(c => result.All(s => s.Code != c)))
        {
            errors.Add(details.FileName, 0, "code", string.Format(SwedishCulture.Culture, Messages.Import_ServiceWithoutDetails, code));
        }

        return (areas, result);
    }

    private static Dictionary<int, (CustomerKind Kind, string? OrgNr)> ReadCustomerDetails(CsvTable table, ImportErrorList errors)
    {
        var result = new Dictionary<int, (CustomerKind, string?)>();
        foreach (var row in table.Rows)
        {
            var nr = table.Integer(row, "nr", errors, min: 1);
            CustomerKind? kind = row["kind"] switch
            {
                "namnd" => CustomerKind.Namnd,
                "helagt_bolag" => CustomerKind.HelagtBolag,
                "delagt_bolag" => CustomerKind.DelagtBolag,
                _ => null,
            };
            if (kind is null)
            {
                errors.Add(table.FileName, row.Line, "kind", string.Format(SwedishCulture.Culture, Messages.Import_UnknownKind, row["kind"]));
            }

            var orgNr = row["organisation_number"];
            string? normalized = null;
            if (orgNr.Length > 0 && !OrganisationNumber.TryNormalize(orgNr, out normalized!))
            {
                errors.Add(table.FileName, row.Line, "organisation_number", Messages.OrganisationNumberInvalid);
            }

            if (nr is not null && kind is not null)
            {
                result[nr.Value] = (kind.Value, normalized);
            }
        }

        return result;
    }

    private static List<StockholmCustomer> ReadCustomers(CsvTable matrix, Dictionary<int, (CustomerKind Kind, string? OrgNr)> kinds, ImportErrorList errors)
    {
        var customers = new List<StockholmCustomer>();
        var lineOfName = new Dictionary<string, int>(StringComparer.Create(SwedishCulture.Culture, ignoreCase: true));
        var lineOfNumber = new Dictionary<int, int>();
        foreach (var row in matrix.Rows)
        {
            var nr = matrix.Integer(row, "nr", errors, min: 1);
            var name = matrix.Required(row, "name", errors);
            var employees = matrix.Integer(row, "employees_jan2024", errors, min: 0);
            if (name.Length > 0 && !lineOfName.TryAdd(name, row.Line))
            {
                errors.Add(matrix.FileName, row.Line, "name", string.Format(SwedishCulture.Culture, Messages.Import_CustomerTwice, name, lineOfName[name]));
            }

            if (nr is not null && !lineOfNumber.TryAdd(nr.Value, row.Line))
            {
                errors.Add(matrix.FileName, row.Line, "nr", string.Format(SwedishCulture.Culture, Messages.Import_NumberTwice, nr, lineOfNumber[nr.Value]));
            }

            if (nr is not null && !kinds.ContainsKey(nr.Value))
            {
                errors.Add(matrix.FileName, row.Line, "nr", string.Format(SwedishCulture.Culture, Messages.Import_NoCustomerDetails, nr, CustomerDetailsFile));
            }

            if (nr is not null && employees is not null && name.Length > 0 && kinds.TryGetValue(nr.Value, out var kind))
            {
                customers.Add(new StockholmCustomer(nr.Value, name, employees.Value, kind.Kind, kind.OrgNr));
            }
        }

        return customers;
    }

    private static List<StockholmUsageCell> ReadUsage(CsvTable matrix, CsvTable? notes, List<string> codes, List<StockholmCustomer> customers, ImportErrorList errors)
    {
        var noteOf = new Dictionary<(int, string), (decimal? Degree, string Note, int Line)>();
        if (notes is not null)
        {
            foreach (var row in notes.Rows)
            {
                var nr = notes.Integer(row, "nr", errors, min: 1);
                var code = row["service_code"];
                if (!codes.Contains(code))
                {
                    errors.Add(notes.FileName, row.Line, "service_code", string.Format(SwedishCulture.Culture, Messages.Import_UnknownService, code));
                }

                if (nr is not null && customers.All(c => c.Number != nr))
                {
                    errors.Add(notes.FileName, row.Line, "nr", string.Format(SwedishCulture.Culture, Messages.Import_UnknownCustomerNumber, nr));
                }

                if (nr is not null)
                {
                    noteOf[(nr.Value, code)] = (notes.Decimal(row, "degree_pct", errors, 0, 100), row["note"], row.Line);
                }
            }
        }

        var cells = new List<StockholmUsageCell>();
        foreach (var row in matrix.Rows)
        {
            if (!int.TryParse(row["nr"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var nr))
            {
                continue;
            }

            foreach (var code in codes.Where(matrix.Header.Contains))
            {
                UsageStatus? status = row[code] switch
                {
                    "1" => UsageStatus.Uses,
                    "0" => UsageStatus.DoesNotUse,
                    "" => UsageStatus.Unknown,
                    _ => null,
                };
                if (status is null)
                {
                    errors.Add(matrix.FileName, row.Line, code, string.Format(SwedishCulture.Culture, Messages.Import_BadUsageCell, row[code]));
                    continue;
                }

                var note = noteOf.GetValueOrDefault((nr, code));
                if (note.Degree is not null && status != UsageStatus.Uses)
                {
                    errors.Add(NotesFile, note.Line, "degree_pct", Messages.DegreeOnlyWhenUsed);
                }

                cells.Add(new StockholmUsageCell(nr, code, status.Value, note.Degree, string.IsNullOrEmpty(note.Note) ? null : note.Note));
            }
        }

        return cells;
    }

    private static List<string> Items(string text) =>
        text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static PriceModel? ParsePriceModel(string text) => text switch
    {
        "fixed" => PriceModel.Fixed,
        "per_unit" => PriceModel.PerUnit,
        "hybrid" => PriceModel.Hybrid,
        "hourly" => PriceModel.Hourly,
        _ => null,
    };

    /// <summary>"Lön, personal och tillhörande systemstöd" → "lon-personal-och-tillhorande-systemstod".</summary>
    public static string Slug(string name)
    {
        var folded = name.ToLower(SwedishCulture.Culture).Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-' && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }
}
