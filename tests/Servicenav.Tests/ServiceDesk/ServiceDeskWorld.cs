using Servicenav.Access;
using Servicenav.Access.Features;
using Servicenav.Customers.Features;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Features;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk;

/// <summary>
/// The Stockholm demo with a customer service: a first-line group (kundtjänst) and an IT group with real users as
/// members, root causes, IT services routed to the IT group, and employees of two customers who raise cases.
/// </summary>
public sealed class ServiceDeskWorld : IAsyncDisposable
{
    private ServiceDeskWorld(TestApp app) => App = app;

    public TestApp App { get; }

    public CustomerSummaryDto Karolinska { get; private set; } = null!;

    public CustomerSummaryDto Sodersjukhuset { get; private set; } = null!;

    public UserContext FirstLineAgent { get; private set; } = null!;

    public UserContext ItAgent { get; private set; } = null!;

    /// <summary>An agent in no group: sees no queue.</summary>
    public UserContext LoneAgent { get; private set; } = null!;

    public UserContext KarolinskaEmployee { get; private set; } = null!;

    public UserContext KarolinskaColleague { get; private set; } = null!;

    public UserContext KarolinskaOrderer { get; private set; } = null!;

    public UserContext SosEmployee { get; private set; } = null!;

    public UserContext SosOrderer { get; private set; } = null!;

    public Guid FirstLineGroup { get; private set; }

    public Guid ItGroup { get; private set; }

    public Guid UserError { get; private set; }

    public Guid CallerContact { get; private set; }

    /// <param name="configure">Replaces registrations, e.g. another module's contract with a fake (see <see cref="TestApp.Start"/>).</param>
    public static async Task<ServiceDeskWorld> Start(DatabaseKind kind, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null)
    {
        var app = await TestApp.Start(kind, configure: configure);
        await app.ImportStockholm();
        var world = new ServiceDeskWorld(app);
        await world.Seed();
        return world;
    }

    public Task<T> Send<T>(SharedKernel.IRequest<T> request, UserContext user) => App.Send(request, user);

    public async Task<CaseCreated> Raise(UserContext user, string subject = "Skrivaren skriver inte ut", string? service = "it_arbetsplats",
        CaseType type = CaseType.FaultReport) =>
        (await Send(new CreateCase { Type = type, Subject = subject, Description = "Det kommer inget papper.", ServiceCode = service }, user)).ShouldBeOk();

    private async Task Seed()
    {
        var customers = (await Send(new ListCustomers(), As.Handlaggare)).ShouldBeOk();
        Karolinska = customers.Single(c => c.Name == "Karolinska Universitetssjukhuset");
        Sodersjukhuset = customers.Single(c => c.Name == "Södersjukhuset AB");
        FirstLineAgent = await User("kt.karin", "Karin Kundtjänst", Role.Handlaggare, null);
        ItAgent = await User("it.ivar", "Ivar It", Role.Handlaggare, null);
        LoneAgent = await User("ensam.elsa", "Elsa Ensam", Role.Handlaggare, null);
        KarolinskaEmployee = await User("mia.ks", "Mia Medarbetare", Role.Medarbetare, Karolinska.Id);
        KarolinskaColleague = await User("kalle.ks", "Kalle Kollega", Role.Medarbetare, Karolinska.Id);
        KarolinskaOrderer = await User("bea.ks", "Bea Beställare", Role.Bestallare, Karolinska.Id);
        SosEmployee = await User("sam.sos", "Sam Södersjukhuset", Role.Medarbetare, Sodersjukhuset.Id);
        SosOrderer = await User("bo.sos", "Bo Beställare", Role.Bestallare, Sodersjukhuset.Id);

        FirstLineGroup = (await Send(new SaveResolverGroup
        {
            Code = "kundtjanst", Name = "Kundtjänst", IsFirstLine = true, OlaResponseHours = 2, MemberUserIds = [FirstLineAgent.UserId!.Value],
        }, As.Admin)).ShouldBeOk();
        ItGroup = (await Send(new SaveResolverGroup
        {
            Code = "it-support", Name = "It-support", OlaResolutionHours = 16, MemberUserIds = [ItAgent.UserId!.Value],
        }, As.Admin)).ShouldBeOk();
        (await Send(new RouteService("it_arbetsplats", ItGroup), As.Admin)).ShouldBeOk();
        UserError = (await Send(new SaveRootCause("anvandarfel", "Användarfel"), As.Admin)).ShouldBeOk();
        (await Send(new SaveRootCause("systemfel", "Systemfel"), As.Admin)).ShouldBeOk();
        CallerContact = (await Send(new SaveContact(null, Sodersjukhuset.Id, "Siv Telefonsson", "siv.telefonsson@sodersjukhuset.se",
            "08-616 10 00", null, "Undersköterska"), As.Admin)).ShouldBeOk();
    }

    private async Task<UserContext> User(string userName, string name, Role role, Guid? customerId)
    {
        var user = (await Send(new CreateUser
        {
            UserName = userName, DisplayName = name, Email = userName + "@region.se", Roles = [role], CustomerId = customerId,
            Password = "Servicenav-test1",
        }, As.Admin)).ShouldBeOk();
        return new UserContext(user.Id, user.UserName, [role], customerId);
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
