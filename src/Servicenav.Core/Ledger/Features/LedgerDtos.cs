using Servicenav.Ledger.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Ledger.Features;

public sealed record LedgerImportSummary(
    Guid Id,
    int Year,
    LedgerKind Kind,
    LedgerFileFormat Format,
    string FileName,
    DateTime ImportedAtUtc,
    string ImportedBy,
    int LineCount,
    int CostLineCount,
    Money CostTotal,
    Money RevenueTotal,
    int SkippedLineCount,
    bool Replaced = false)
{
    internal static LedgerImportSummary Of(LedgerImport i, bool replaced = false) =>
        new(i.Id, i.Year, i.Kind, i.Format, i.FileName, i.ImportedAtUtc, i.ImportedBy, i.LineCount, i.CostLineCount, i.CostTotal, i.RevenueTotal, i.SkippedLineCount, replaced);
}
