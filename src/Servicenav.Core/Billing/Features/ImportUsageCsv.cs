using Servicenav.Access;
using Servicenav.Billing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

/// <summary>
/// A usage CSV file (upload, <c>POST /api/usage/csv</c>, <c>servicenav usage import</c>), read as a stream so a file
/// of a million rows never sits in memory. Columns: see <see cref="UsageCsv"/>. The content must be readable
/// synchronously (a file stream): callers copy uploads to a temporary file first. It is read twice when the direct
/// import gives up, so a stream that cannot seek is first copied to a temporary file here.
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

        await using var copy = request.Content.CanSeek ? null : await TemporaryCopy(request.Content, cancellationToken);
        var content = copy ?? request.Content;
        var errors = new UsageErrorList();
        using (var csv = UsageCsv.Open(content, errors))
        {
            if (csv is null)
            {
                return UsageImportResult.Refused(0, errors.Sorted(), errors.Count);
            }
        }

        var name = Path.GetFileName(request.FileName);
        return await importer.Import(UsageBatchKind.Csv, name.Length == 0 ? "CSV" : name, new CsvUsageRowSource(content), cancellationToken);
    }

    private static async Task<FileStream> TemporaryCopy(Stream content, CancellationToken ct)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        await content.CopyToAsync(file, ct);
        return file;
    }
}
