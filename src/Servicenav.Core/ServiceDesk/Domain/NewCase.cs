namespace Servicenav.ServiceDesk.Domain;

/// <summary>Who asks and where they sit: the requester's customer and unit come with them to every case.</summary>
public sealed record CaseRequester(Guid ContactId, Guid CustomerId, string Name, string? Email, Guid? UserId, Guid? UnitId, string? UnitName);

/// <summary>Everything a case is opened with, whichever channel it came by.</summary>
public sealed record NewCase(
    CaseType Type,
    string Subject,
    string Description,
    string? ServiceCode,
    CaseRequester Requester,
    CaseChannel Channel,
    Impact Impact,
    Urgency Urgency,
    Guid GroupId,
    bool ServiceNotUsedByCustomer);
