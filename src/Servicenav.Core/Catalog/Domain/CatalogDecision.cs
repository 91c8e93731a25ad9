namespace Servicenav.Catalog.Domain;

/// <summary>The committee's decision that made a catalogue version binding.</summary>
public sealed class CatalogDecision
{
    private CatalogDecision()
    {
    }

    public CatalogDecision(string diarienummer, DateOnly decisionDate, string decidedBy, DateOnly effectiveFrom)
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
