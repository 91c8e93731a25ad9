namespace Servicenav.Pricing.Domain;

public enum PriceListStatus
{
    Draft,
    Decided,
}

/// <summary>Where a service's self-cost came from: the year's costing model, or entered by hand.</summary>
public enum SelfCostSource
{
    Costing,
    Manual,
}

/// <summary>The committee's decision that made a price list binding.</summary>
public sealed class PriceListDecision
{
    private PriceListDecision()
    {
    }

    public PriceListDecision(string diarienummer, DateOnly decisionDate, string decidedBy, DateOnly effectiveFrom)
    {
        Diarienummer = diarienummer.Trim();
        DecisionDate = decisionDate;
        DecidedBy = decidedBy.Trim();
        EffectiveFrom = effectiveFrom;
    }

    public string Diarienummer { get; private set; } = "";

    public DateOnly DecisionDate { get; private set; }

    public string DecidedBy { get; private set; } = "";

    public DateOnly EffectiveFrom { get; private set; }
}
