namespace Servicenav.Customers.Domain;

/// <summary>
/// The customer's konteringssträng in the region's ledger: where its internal charges are booked.
/// Ansvar, verksamhet and motpart are required; projekt and aktivitet only where the customer uses them.
/// </summary>
public sealed record AccountString(string Ansvar, string Verksamhet, string Motpart, string? Projekt, string? Aktivitet)
{
    public override string ToString() =>
        string.Join(" / ", new[] { Ansvar, Verksamhet, Motpart, Projekt, Aktivitet }.Where(p => !string.IsNullOrEmpty(p)));
}
