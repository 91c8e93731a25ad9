using Servicenav.Access;
using Servicenav.Access.Features;
using Servicenav.Customers.Features;
using Servicenav.Imports.StockholmDemo;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Hosting;

/// <summary>
/// Demo mode only: the Region Stockholm dataset, a demo user per role (passwords in the README) and
/// illustrative orderers, units, account strings and one real local contract. Every step goes through the
/// same use cases as the UI (so it is audited) and is skipped when already done, so restarts change nothing.
/// </summary>
public sealed class DemoSeeder(Sender sender, DemoEconomySeeder economy, DemoServiceDeskSeeder serviceDesk, IWebHostEnvironment environment, ILogger<DemoSeeder> logger)
{
    public const string Password = "Servicenav-demo1";

    private static readonly UserContext Seeder = UserContext.System("demo");

    private static readonly string[] ItOwnerTitles =
    [
        "Tjänsteägare kapacitet och drift", "Tjänsteägare nätverk", "Tjänsteägare it-arbetsplats", "Tjänsteägare identitet och behörighet",
        "Tjänsteägare integration", "Tjänsteägare telefoni", "Tjänsteägare kundtjänst",
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var users = await Send(new ListUsers(), ct);
        async Task<Guid> EnsureUser(string userName, string name, Role role, Guid? customerId = null)
        {
            var existing = users.FirstOrDefault(u => u.UserName == userName);
            if (existing is not null)
            {
                return existing.Id;
            }

            var created = await Send(new CreateUser { UserName = userName, DisplayName = name, Email = $"{userName}@demo.servicenav.se", Roles = [role], CustomerId = customerId, Password = Password }, ct);
            return created.Id;
        }

        await EnsureUser("admin", "Ada Andersson", Role.Administrator);
        var owner = await EnsureUser("agare", "Tove Lind", Role.Tjansteagare);
        await EnsureUser("controller", "Carl Berg", Role.Controller);
        var agent = await EnsureUser("handlaggare", "Hanna Svensson", Role.Handlaggare);

        // The demo data is loaded once, into an empty database: what people change afterwards stays changed.
        var customers = await Send(new ListCustomers(), ct);
        if (customers.Count == 0)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "demo-data", "stockholm");
            var report = await Send(new ImportStockholmDemo(folder, ItOwnerTitles.ToDictionary(t => t, _ => owner)), ct);
            logger.LogInformation("Demo data imported: {Report}", report);
            customers = await Send(new ListCustomers(), ct);
        }

        var karolinska = customers.Single(c => c.Name == "Karolinska Universitetssjukhuset");
        var sos = customers.Single(c => c.Name == "Södersjukhuset AB");
        await EnsureUser("bestallare.karolinska", "Karin Ek", Role.Bestallare, karolinska.Id);
        var karolinskaEmployee = await EnsureUser("medarbetare.karolinska", "Kalle Nyström", Role.Medarbetare, karolinska.Id);
        await EnsureUser("bestallare.sos", "Sara Holm", Role.Bestallare, sos.Id);
        var sosEmployee = await EnsureUser("medarbetare.sos", "Sam Wik", Role.Medarbetare, sos.Id);

        foreach (var customer in customers)
        {
            await EnrichCustomer(customer, ct);
        }

        await economy.SeedAsync(ct);
        await serviceDesk.SeedAsync(new DemoPeople(agent, owner, karolinskaEmployee, sosEmployee, karolinska.Id, sos.Id), ct);
        logger.LogInformation("Demo ready in {Environment}: sign in as admin / {Password}", environment.EnvironmentName, Password);
    }

    private async Task EnrichCustomer(CustomerSummaryDto summary, CancellationToken ct)
    {
        var customer = await Send(new GetCustomer(summary.Id), ct);
        if (customer.AccountString is null && customer.Number is { } nr)
        {
            var update = new UpdateCustomer { Id = customer.Id };
            update.CopyFrom(customer);
            update.AccountAnsvar = $"{nr:00}100";
            update.AccountVerksamhet = "7200";
            update.AccountMotpart = $"M{nr:000}";
            await Send(update, ct);
        }

        if (customer.Orderers.Count == 0 && DemoOrderers.TryGetValue(customer.Name, out var orderer))
        {
            await Send(new SaveOrderer { CustomerId = customer.Id, Name = orderer.Name, Email = orderer.Email, Title = orderer.Title, Phone = "08-123 45 00" }, ct);
        }

        if (customer.Units.Count == 0 && DemoUnits.TryGetValue(customer.Name, out var tree))
        {
            foreach (var (parent, children) in tree)
            {
                var withParent = await Send(new SaveOrganisationUnit { CustomerId = customer.Id, Name = parent }, ct);
                var parentId = withParent.Units.First(u => u.Name == parent).Id;
                foreach (var child in children)
                {
                    await Send(new SaveOrganisationUnit { CustomerId = customer.Id, ParentId = parentId, Name = child }, ct);
                }
            }
        }

        if (customer.Contracts.Count == 0 && customer.Name == "Trafiknämnden (Trafikförvaltningen)")
        {
            // Real: the report (8.3.7) says the administrative network waits for existing contracts (to about 2028).
            await Send(new SaveLocalContract
            {
                CustomerId = customer.Id,
                Supplier = "Befintlig nätleverantör (administrativt nät)",
                ServiceCode = "natverk_datakommunikation_lokalt",
                Description = "Trafikförvaltningens administrativa nät ansluts när redan tecknade avtal löper ut (beräknat 2028).",
                EndDate = new DateOnly(2028, 12, 31),
            }, ct);
        }
    }

    private static readonly Dictionary<string, (string Name, string Email, string Title)> DemoOrderers = new()
    {
        ["Karolinska Universitetssjukhuset"] = ("Karin Ek", "bestallare.karolinska@demo.servicenav.se", "Administrativ chef"),
        ["Södersjukhuset AB"] = ("Sara Holm", "bestallare.sos@demo.servicenav.se", "Ekonomichef"),
        ["Stockholms läns sjukvårdsområde (SLSO)"] = ("Sven Lund", "bestallare.slso@demo.servicenav.se", "Controller"),
    };

    private static readonly Dictionary<string, (string Parent, string[] Children)[]> DemoUnits = new()
    {
        ["Karolinska Universitetssjukhuset"] =
        [
            ("Tema Akut", ["Akutmottagning Solna", "Akutmottagning Huddinge"]),
            ("Tema Cancer", ["Bröst-, endokrina tumörer och sarkom", "Övre buk och urologisk cancer"]),
            ("Administrativa enheter", ["Ekonomi", "HR"]),
        ],
        ["Södersjukhuset AB"] =
        [
            ("Akutkliniken", ["Akutmottagningen"]),
            ("Kvinnokliniken", ["Förlossning", "BB"]),
        ],
    };

    private async Task<T> Send<T>(IRequest<Result<T>> request, CancellationToken ct)
    {
        var result = await sender.Send(request, Seeder, ct);
        return result.IsOk ? result.Value! : throw new InvalidOperationException($"Demo seeding step {request.GetType().Name} returned {result.Status}.");
    }
}
