using Servicenav.SharedKernel;

namespace Servicenav.Billing.Domain;

/// <summary>
/// A month's usage summed per customer × service × account string, kept up by every usage import in the transaction
/// that writes the records, so a billing run prices ~30 000 sums instead of re-reading a million rows. Correction
/// records are left out: whether one is billed as usage or as a correction line depends on whether the month it
/// corrects is closed at the time of the run, so the run reads them (few, through their own index) then.
/// An account part the usage does not name is stored as "" (a key column cannot be null).
/// </summary>
public sealed class UsageMonthTotal : ICustomerOwned
{
    private UsageMonthTotal()
    {
    }

    public Period Period { get; private set; }

    public Guid CustomerId { get; private set; }

    public string ServiceCode { get; private set; } = "";

    public string Ansvar { get; private set; } = "";

    public string Verksamhet { get; private set; } = "";

    public string Projekt { get; private set; } = "";

    public string Aktivitet { get; private set; } = "";

    /// <summary>The sum of the records' quantities × 1000.</summary>
    public long QuantityMilli { get; private set; }

    public long UsageCount { get; private set; }
}
