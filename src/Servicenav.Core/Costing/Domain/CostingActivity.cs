namespace Servicenav.Costing.Domain;

/// <summary>An activity of a costing model (e.g. "Lönehantering", or the support activity "HR").</summary>
public sealed class CostingActivity
{
    private CostingActivity()
    {
    }

    internal CostingActivity(string code, string name, ActivityKind kind, int sortOrder)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        Name = name;
        Kind = kind;
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; }

    public Guid CostingModelId { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public ActivityKind Kind { get; private set; }

    public int SortOrder { get; private set; }

    internal void Change(string name, ActivityKind kind)
    {
        Name = name;
        Kind = kind;
    }
}
