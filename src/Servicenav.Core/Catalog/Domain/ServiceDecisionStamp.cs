namespace Servicenav.Catalog.Domain;

/// <summary>
/// The decision behind a service's current content: the version in which the service was last changed
/// (or introduced) and that version's decision. Carried over unchanged when a later version leaves the
/// service as it was.
/// </summary>
public sealed class ServiceDecisionStamp
{
    private ServiceDecisionStamp()
    {
    }

    public ServiceDecisionStamp(int versionNumber, CatalogDecision decision)
    {
        VersionNumber = versionNumber;
        Diarienummer = decision.Diarienummer;
        DecisionDate = decision.DecisionDate;
        DecidedBy = decision.DecidedBy;
    }

    public int VersionNumber { get; private set; }

    public string Diarienummer { get; private set; } = "";

    public DateOnly DecisionDate { get; private set; }

    public string DecidedBy { get; private set; } = "";

    public ServiceDecisionStamp Copy() => (ServiceDecisionStamp)MemberwiseClone();
}
