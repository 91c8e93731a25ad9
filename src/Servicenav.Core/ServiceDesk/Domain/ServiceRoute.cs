namespace Servicenav.ServiceDesk.Domain;

/// <summary>Which resolver group a new case about a catalogue service goes to (changeable on the case afterwards).</summary>
public sealed class ServiceRoute
{
    private ServiceRoute()
    {
    }

    public ServiceRoute(string serviceCode, Guid groupId)
    {
        ServiceCode = serviceCode;
        GroupId = groupId;
    }

    public string ServiceCode { get; private set; } = "";

    public Guid GroupId { get; private set; }

    public void RouteTo(Guid groupId) => GroupId = groupId;
}
