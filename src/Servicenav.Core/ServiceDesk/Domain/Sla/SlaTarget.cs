namespace Servicenav.ServiceDesk.Domain.Sla;

public enum SlaTargetKind
{
    BusinessHours = 1,
    BusinessDays,
}

/// <summary>How much business time a clock may use: a span of open time (8 h) or a number of business days (2 days).</summary>
public readonly record struct SlaTarget
{
    private SlaTarget(SlaTargetKind kind, TimeSpan businessTime, int businessDays)
    {
        Kind = kind;
        BusinessTime = businessTime;
        BusinessDays = businessDays;
    }

    public SlaTargetKind Kind { get; }

    /// <summary>The open time allowed, for a <see cref="SlaTargetKind.BusinessHours"/> target.</summary>
    public TimeSpan BusinessTime { get; }

    /// <summary>The business days allowed, for a <see cref="SlaTargetKind.BusinessDays"/> target.</summary>
    public int BusinessDays { get; }

    public static SlaTarget OfBusinessTime(TimeSpan businessTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(businessTime, TimeSpan.Zero);
        return new SlaTarget(SlaTargetKind.BusinessHours, businessTime, 0);
    }

    public static SlaTarget Hours(decimal hours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(hours, 0m);
        return OfBusinessTime(TimeSpan.FromTicks((long)decimal.Round(hours * TimeSpan.TicksPerHour)));
    }

    public static SlaTarget Days(int businessDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(businessDays, 0);
        return new SlaTarget(SlaTargetKind.BusinessDays, TimeSpan.Zero, businessDays);
    }

    /// <summary>A catalogue target in (business) hours, such as a priority's resolution hours; null, zero or less means none.</summary>
    public static SlaTarget? FromCatalogueHours(decimal? hours) => hours is > 0m ? Hours(hours.Value) : null;
}
