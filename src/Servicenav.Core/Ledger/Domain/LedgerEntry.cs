namespace Servicenav.Ledger.Domain;

/// <summary>
/// A ledger row as read from a file, before it is stored: what the SIE and CSV readers hand the import.
/// <paramref name="Line"/> is the file line, for error messages.
/// </summary>
public sealed record LedgerEntry(
    int Line,
    DateOnly Date,
    string Account,
    string? AccountName,
    string Ansvar,
    string? Voucher,
    string Text,
    long AmountOre);
