namespace Servicenav.Audit;

/// <summary>One recorded change: who, when, what, and the values before and after (JSON). Never updated.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(DateTime atUtc, string userName, string action, string entityType, string entityKey, string? before, string? after)
    {
        Id = Guid.CreateVersion7();
        AtUtc = atUtc;
        UserName = userName;
        Action = action;
        EntityType = entityType;
        EntityKey = entityKey;
        Before = before;
        After = after;
    }

    public Guid Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string UserName { get; private set; } = "";

    /// <summary>Added, Modified or Deleted.</summary>
    public string Action { get; private set; } = "";

    public string EntityType { get; private set; } = "";

    public string EntityKey { get; private set; } = "";

    public string? Before { get; private set; }

    public string? After { get; private set; }
}
