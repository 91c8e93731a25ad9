using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Features;

namespace Servicenav.Web.Components.Pages.ServiceDesk;

/// <summary>What a person fills in for a new case, in the portal or while on the phone.</summary>
public sealed class CaseDraft
{
    public CaseType Type { get; set; } = CaseType.Question;

    public string? ServiceCode { get; set; }

    public string? Subject { get; set; }

    public string? Description { get; set; }

    public Impact Impact { get; set; } = Impact.Low;

    public Urgency Urgency { get; set; } = Urgency.Medium;

    public CreateCase ToRequest(CaseChannel channel, Guid? contactId = null) => new()
    {
        Type = Type, ServiceCode = ServiceCode, Subject = Subject ?? "", Description = Description ?? "", Impact = Impact, Urgency = Urgency,
        Channel = channel, ContactId = contactId,
    };
}
