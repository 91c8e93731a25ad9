using Servicenav.SharedKernel;

namespace Servicenav.Ledger.Domain;

/// <summary>Two imports of one year and kind at the same time: the one that commits first wins, the other is told.</summary>
public sealed class OneImportPerYearAndKindAtATimeRule(int year, LedgerKind kind) : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => string.Format(SwedishCulture.Culture, LedgerMessages.Import_Concurrent, year, kind == LedgerKind.Budget ? "budget" : "utfall");
}
