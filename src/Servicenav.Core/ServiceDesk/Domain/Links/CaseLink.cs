using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Links;

/// <summary>
/// One direction of a link between two cases (a follow-up, a duplicate, the same fault seen twice). A link is kept as
/// two rows, one on each case, so each case lists its links with the customer scope of its own customer; which of the
/// linked cases a reader is shown is decided by who may see them.
/// </summary>
public sealed class CaseLink : ICustomerOwned
{
    private CaseLink()
    {
    }

    private CaseLink(Case from, Case to, CaseActor actor, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        CaseId = from.Id;
        CustomerId = from.CustomerId;
        LinkedCaseId = to.Id;
        CreatedAtUtc = nowUtc;
        CreatedByName = actor.Name;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid LinkedCaseId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string CreatedByName { get; private set; } = "";

    /// <summary>Links two cases both ways, each recording the link in its history.</summary>
    public static (CaseLink, CaseLink) Between(Case one, Case other, CaseActor actor, DateTime nowUtc)
    {
        one.LinkTo(other.Number, actor, nowUtc);
        other.LinkTo(one.Number, actor, nowUtc);
        return (new CaseLink(one, other, actor, nowUtc), new CaseLink(other, one, actor, nowUtc));
    }
}
