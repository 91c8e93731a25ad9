using Servicenav.Access;
using Servicenav.Billing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

/// <summary>
/// A usage CSV file (upload, <c>POST /api/usage/csv</c>, <c>servicenav usage import</c>), read as a stream so a file
/// of a million rows never sits in memory. Columns: see <see cref="UsageCsv"/>. The content must be readable
/// synchronously (a file stream): callers copy uploads to a temporary file first.
/// </summary>
public sealed record ImportUsageCsv(string FileName, Stream Content) : IRequest<Result<UsageImportResult>>;

internal sealed class ImportUsageCsvHandler(ServicenavDb db, UsageImporter importer) : IHandler<ImportUsageCsv, Result<UsageImportResult>>
{
    public async Task<Result<UsageImportResult>> Handle(ImportUsageCsv request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ChargingManage) || db.User.IsCustomerScoped)
        {
            return Result<UsageImportResult>.Forbidden();
        }

        var errors = new UsageErrorList();
        using var csv = UsageCsv.Open(request.Content, errors);
        if (csv is null)
        {
            return UsageImportResult.Refused(0, errors.Sorted(), errors.Count);
        }

        var name = Path.GetFileName(request.FileName);
        return await importer.Import(UsageBatchKind.Csv, name.Length == 0 ? "CSV" : name, csv.Rows(errors), errors, cancellationToken);
    }
}
