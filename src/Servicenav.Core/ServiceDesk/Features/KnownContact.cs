using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Features;

/// <summary>A contact already in the directory, with the facts a new case needs and, when the lookup took it, the case's sequence number.</summary>
internal sealed class KnownContact
{
    public required Contact Contact { get; init; }

    public string? UnitName { get; init; }

    public bool ServiceNotUsed { get; init; }

    public long? Sequence { get; init; }

    public RequesterFacts ToFacts(int? numberYear) =>
        new(ToRequester(Contact, UnitName), ServiceNotUsed, numberYear is { } year && Sequence is { } sequence ? new CaseNumber(year, sequence) : null);

    public static CaseRequester ToRequester(Contact contact, string? unitName) =>
        new(contact.Id, contact.CustomerId, contact.Name, contact.Email, contact.UserId, contact.UnitId, unitName);
}
