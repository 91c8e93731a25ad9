namespace Servicenav.ServiceDesk.Domain;

/// <summary>Swedish names of the case's enums, from the module's resources (so English can follow).</summary>
public static class CaseStatusText
{
    public static string Name(CaseStatus status) => ServiceDeskMessages.ResourceManager.GetString("Status_" + status, ServiceDeskMessages.Culture) ?? status.ToString();

    public static string Name(CaseType type) => ServiceDeskMessages.ResourceManager.GetString("Type_" + type, ServiceDeskMessages.Culture) ?? type.ToString();

    public static string Name(CaseChannel channel) => ServiceDeskMessages.ResourceManager.GetString("Channel_" + channel, ServiceDeskMessages.Culture) ?? channel.ToString();

    public static string Name(CaseSlaClock clock) => ServiceDeskMessages.ResourceManager.GetString("Clock_" + clock, ServiceDeskMessages.Culture) ?? clock.ToString();

    public static string Name(Sla.SlaStatus status) => ServiceDeskMessages.ResourceManager.GetString("Sla_" + status, ServiceDeskMessages.Culture) ?? status.ToString();

    public static string Name(CaseEventKind kind) => ServiceDeskMessages.ResourceManager.GetString("Event_" + kind, ServiceDeskMessages.Culture)
        ?? AttachmentMessages.ResourceManager.GetString("Event_" + kind, AttachmentMessages.Culture)
        ?? kind.ToString();
}
