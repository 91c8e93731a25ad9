namespace Servicenav.Access;

/// <summary>The user a unit of work runs as. Set once per scope by whoever starts the work (web, CLI, tests).</summary>
public interface ICurrentUser
{
    UserContext User { get; }
}

/// <summary>Scoped holder; starts anonymous so that forgetting to set it fails closed.</summary>
public sealed class CurrentUser : ICurrentUser
{
    public UserContext User { get; private set; } = UserContext.Anonymous;

    public void Set(UserContext user) => User = user;
}
