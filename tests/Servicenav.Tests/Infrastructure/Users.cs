using Servicenav.Access;

namespace Servicenav.Tests.Infrastructure;

/// <summary>The people a test acts as. Each has a user id, as a signed-in user does.</summary>
public static class As
{
    public static UserContext Admin { get; } = new(Guid.NewGuid(), "admin.anna", [Role.Administrator], null);

    public static UserContext Controller { get; } = new(Guid.NewGuid(), "controller.carl", [Role.Controller], null);

    public static UserContext Handlaggare { get; } = new(Guid.NewGuid(), "handlaggare.hanna", [Role.Handlaggare], null);

    public static UserContext Tjansteagare(Guid userId, string userName = "agare.olle") => new(userId, userName, [Role.Tjansteagare], null);

    public static UserContext Bestallare(Guid customerId, string userName = "bestallare.bea") => new(Guid.NewGuid(), userName, [Role.Bestallare], customerId);

    public static UserContext Medarbetare(Guid customerId) => new(Guid.NewGuid(), "medarbetare.mia", [Role.Medarbetare], customerId);
}
