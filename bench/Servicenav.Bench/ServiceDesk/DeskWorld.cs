using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Knowledge;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Knowledge;
using Servicenav.SharedKernel;

namespace Servicenav.Bench.ServiceDesk;

/// <summary>A demo user the measurements act as (id and roles as stored, so the use cases see what the web host sees).</summary>
internal sealed record BenchUser(Guid Id, string UserName, string Name, Role Role, Guid? CustomerId)
{
    public UserContext Context => new(Id, UserName, [Role], CustomerId);
}

/// <summary>A contact cases are raised for, with the sign-in it is linked to (demo employees only).</summary>
internal sealed record BenchContact(Guid Id, Guid CustomerId, string Name, string? Email, Guid? UserId);

/// <summary>
/// The service desk around the generated cases, on top of the demo the web host seeded (Stockholm catalogue and
/// customers, demo users, Kundtjänst / It-support / Lön och pension): more resolver groups with every service routed,
/// a few thousand contacts spread over the customers, root causes, and a few hundred published knowledge articles.
/// Groups and articles go through the use cases; contacts are added through EF (the same entity the use case saves).
/// </summary>
internal sealed record DeskWorld(
    IReadOnlyDictionary<string, BenchUser> Users,
    IReadOnlyList<BenchContact> Contacts,
    BenchContact KarolinskaEmployee,
    BenchContact SosEmployee,
    IReadOnlyList<string> ServiceCodes,
    IReadOnlyDictionary<string, Guid> Routes,
    Guid FirstLineGroup,
    Guid ItGroup,
    IReadOnlyList<Guid> RootCauses,
    int Articles)
{
    private static readonly (string Code, string Name)[] ExtraGroups =
    [
        ("ekonomi", "Ekonomiservice"), ("hr", "HR-service"), ("fastighet", "Fastighetsservice"), ("telefoni", "Telefoni och växel"),
        ("natverk", "Nätverk och drift"), ("system", "Systemförvaltning"),
    ];

    private static readonly string[] FirstNames =
        ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sara", "Per", "Lena", "Mikael", "Emma", "Olof", "Ida", "Nils", "Elin", "Jonas", "Sofia", "Ahmed", "Fatima", "Ali", "Leila", "Oskar", "Maja"];

    private static readonly string[] LastNames =
        ["Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg", "Lindqvist", "Berg", "Holm", "Ek", "Sandberg", "Mohammed", "Hassan", "Forsberg", "Sjöberg", "Wallin"];

    public static async Task<DeskWorld> Build(IServiceProvider services, int contactCount, int articleCount)
    {
        await using var scope = services.CreateAsyncScope();
        var system = UserContext.System("bench");
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(system);
        var db = scope.ServiceProvider.GetRequiredService<ServicenavDb>();
        var sender = scope.ServiceProvider.GetRequiredService<Sender>();

        var users = (await db.Users.AsNoTracking().ToListAsync())
            .Where(u => u.UserName is "handlaggare" or "agare" or "bestallare.karolinska" or "medarbetare.karolinska" or "medarbetare.sos")
            .ToDictionary(u => u.UserName, u => new BenchUser(u.Id, u.UserName, u.DisplayName, u.UserName switch
            {
                "handlaggare" => Role.Handlaggare,
                "agare" => Role.Tjansteagare,
                "bestallare.karolinska" => Role.Bestallare,
                _ => Role.Medarbetare,
            }, u.CustomerId));
        var groups = await db.ResolverGroups.AsNoTracking().ToListAsync();
        var firstLine = groups.Single(g => g.IsFirstLine).Id;
        var it = groups.Single(g => g.Code == "it-support").Id;
        foreach (var (code, name) in ExtraGroups.Where(e => groups.All(g => g.Code != e.Code)))
        {
            Unwrap(await sender.Send(new SaveResolverGroup { Code = code, Name = name, OlaResolutionHours = 24 }, system));
        }

        var groupIds = (await db.ResolverGroups.AsNoTracking().ToListAsync()).ToDictionary(g => g.Code, g => g.Id);
        var serviceCodes = await db.CatalogServices.AsNoTracking().Select(s => s.Code).Distinct().OrderBy(c => c).ToListAsync();
        var routes = await db.CaseServiceRoutes.AsNoTracking().ToDictionaryAsync(r => r.ServiceCode, r => r.GroupId);
        var i = 0;
        foreach (var code in serviceCodes.Where(c => !routes.ContainsKey(c)))
        {
            var group = groupIds[ExtraGroups[i++ % ExtraGroups.Length].Code];
            Unwrap(await sender.Send(new RouteService(code, group), system));
            routes[code] = group;
        }

        var rootCauses = await db.RootCauses.AsNoTracking().Select(r => r.Id).ToListAsync();
        var customers = await db.Customers.AsNoTracking().OrderBy(c => c.Name).Select(c => c.Id).ToListAsync();
        var demoContacts = await db.Contacts.AsNoTracking().Where(c => c.UserId != null).ToListAsync();
        var karolinska = demoContacts.Single(c => c.UserId == users["medarbetare.karolinska"].Id);
        var sos = demoContacts.Single(c => c.UserId == users["medarbetare.sos"].Id);

        // Contacts spread over the customers with a skew (a few big hospitals, many small boards).
        var random = new Random(7);
        var existing = await db.Contacts.CountAsync();
        for (var n = existing; n < contactCount; n++)
        {
            var customer = customers[(int)(Math.Pow(random.NextDouble(), 2) * customers.Count)];
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            db.Contacts.Add(new Contact(customer, $"{first} {last}", $"{first}.{last}{n}@region.se".ToLowerInvariant(),
                $"08-{random.Next(100, 999)} {random.Next(100, 999)} {random.Next(10, 99)}", null, null));
        }

        await db.SaveChangesAsync();
        var contacts = await db.Contacts.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new BenchContact(c.Id, c.CustomerId, c.Name, c.Email, c.UserId)).ToListAsync();

        var articles = await db.KnowledgeArticles.CountAsync();
        var author = users["handlaggare"].Context;
        var text = new SwedishText(11);
        for (var a = articles; a < articleCount; a++)
        {
            var linked = new[] { serviceCodes[random.Next(serviceCodes.Count)] };
            var id = Unwrap(await sender.Send(new CreateKnowledgeArticle
            {
                Title = text.Subject(),
                Summary = text.Sentence(8, 16),
                Body = string.Join("\n\n", Enumerable.Range(0, random.Next(3, 8)).Select(_ => text.Sentence(15, 40))),
                Audience = random.Next(5) == 0 ? KnowledgeAudience.AgentsOnly : KnowledgeAudience.Everyone,
                ServiceCodes = linked,
            }, author));
            Unwrap(await sender.Send(new PublishKnowledgeArticle(id), author));
        }

        return new DeskWorld(users, contacts, Of(karolinska), Of(sos), serviceCodes, routes, firstLine, it, rootCauses, articleCount);
    }

    private static BenchContact Of(Contact c) => new(c.Id, c.CustomerId, c.Name, c.Email, c.UserId);

    private static T Unwrap<T>(Result<T> result) =>
        result.IsOk ? result.Value! : throw new InvalidOperationException($"Bench setup refused: {result.Status}");
}
