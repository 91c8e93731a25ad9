using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain;

/// <summary>
/// A team that works cases (lösargrupp): first-line customer service, second-line IT, the payroll office…
/// Its members see and work its queue; a first-line group (the one way in) sees every case. Its own targets
/// (OLA) start when the group receives a case, so they follow the case from team to team.
/// </summary>
public sealed class ResolverGroup : Entity
{
    private readonly List<ResolverGroupMember> _members = [];

    private ResolverGroup()
    {
    }

    public ResolverGroup(string code, string name, bool isFirstLine, decimal? olaResponseHours, decimal? olaResolutionHours)
    {
        Id = Guid.CreateVersion7();
        Code = code.Trim().ToLowerInvariant();
        IsActive = true;
        Update(name, isFirstLine, olaResponseHours, olaResolutionHours);
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public bool IsFirstLine { get; private set; }

    public decimal? OlaResponseHours { get; private set; }

    public decimal? OlaResolutionHours { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyList<ResolverGroupMember> Members => _members;

    public void Update(string name, bool isFirstLine, decimal? olaResponseHours, decimal? olaResolutionHours)
    {
        CheckRule(new TextMustNotBeEmptyRule(name));
        Name = name.Trim();
        IsFirstLine = isFirstLine;
        OlaResponseHours = olaResponseHours;
        OlaResolutionHours = olaResolutionHours;
    }

    public void SetMembers(IEnumerable<Guid> userIds)
    {
        var wanted = userIds.ToHashSet();
        _members.RemoveAll(m => !wanted.Contains(m.UserId));
        foreach (var id in wanted.Where(id => _members.All(m => m.UserId != id)))
        {
            _members.Add(new ResolverGroupMember(Id, id));
        }
    }

    public void Deactivate() => IsActive = false;
}

public sealed class ResolverGroupMember
{
    private ResolverGroupMember()
    {
    }

    internal ResolverGroupMember(Guid groupId, Guid userId)
    {
        GroupId = groupId;
        UserId = userId;
    }

    public Guid GroupId { get; private set; }

    public Guid UserId { get; private set; }
}
