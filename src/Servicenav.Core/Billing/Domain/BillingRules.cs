using Servicenav.SharedKernel;

namespace Servicenav.Billing.Domain;

public sealed class ClosedPeriodIsLockedRule(Period period, BillingPeriodStatus status) : IBusinessRule
{
    public bool IsBroken() => status == BillingPeriodStatus.Closed;

    public string Message => string.Format(SwedishCulture.Culture, BillingMessages.PeriodClosed, period);
}

public sealed class PeriodAlreadyClosedRule(Period period, BillingPeriodStatus status) : IBusinessRule
{
    public bool IsBroken() => status == BillingPeriodStatus.Closed;

    public string Message => string.Format(SwedishCulture.Culture, BillingMessages.PeriodAlreadyClosed, period);
}

public sealed class CloseRequiresFinalRunRule(Period period, Guid? lastRunId) : IBusinessRule
{
    public bool IsBroken() => lastRunId is null;

    public string Message => string.Format(SwedishCulture.Culture, BillingMessages.CloseNeedsRun, period);
}

/// <summary>Usage records are only ever added, so a changed count means usage the last run did not charge.</summary>
public sealed class CloseRequiresNoNewerUsageRule(Period period, long chargedCount, long countNow) : IBusinessRule
{
    public bool IsBroken() => countNow != chargedCount;

    public string Message => string.Format(SwedishCulture.Culture, BillingMessages.CloseNeedsFreshRun, period, countNow - chargedCount);
}

/// <summary>Two runs (or a run and a close) of one month at once: the second is refused, never queued behind.</summary>
public sealed class OneRunPerPeriodAtATimeRule(Period period) : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => string.Format(SwedishCulture.Culture, BillingMessages.RunInProgress, period);
}

public sealed class PriceListMustBeInForceRule(Period period, bool found) : IBusinessRule
{
    public bool IsBroken() => !found;

    public string Message => string.Format(SwedishCulture.Culture, BillingMessages.NoPriceListInForce, period);
}

/// <summary>Nothing is silently dropped: usage of a service without a unit price stops the run.</summary>
public sealed class UsageMustHaveAPriceRule(Period period, int priceListYear, int priceListVersion, IReadOnlyList<string> unpricedServices) : IBusinessRule
{
    public bool IsBroken() => unpricedServices.Count > 0;

    public string Message => string.Format(
        SwedishCulture.Culture, BillingMessages.UsageWithoutPrice, period, priceListYear, priceListVersion, string.Join(", ", unpricedServices));
}

public sealed class RefundIssuedOnceRule(Guid refundDecisionId, bool alreadyIssued) : IBusinessRule
{
    public bool IsBroken() => alreadyIssued;

    public string Message => string.Format(SwedishCulture.Culture, BillingMessages.RefundAlreadyIssued, refundDecisionId);
}
