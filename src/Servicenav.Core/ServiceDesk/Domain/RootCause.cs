namespace Servicenav.ServiceDesk.Domain;

/// <summary>A root cause (felorsak) from the maintained list, chosen when a case is solved; the basis of "top causes".</summary>
public sealed class RootCause
{
    private RootCause()
    {
    }

    public RootCause(string code, string name)
    {
        Id = Guid.CreateVersion7();
        Code = code.Trim().ToLowerInvariant();
        Name = name.Trim();
        IsActive = true;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public bool IsActive { get; private set; }

    public void Rename(string name) => Name = name.Trim();

    public void Retire() => IsActive = false;
}
