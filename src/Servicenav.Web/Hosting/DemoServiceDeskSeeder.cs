using Servicenav.Access;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Orders;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Reports;
using Servicenav.ServiceDesk.Features.Surveys;
using Servicenav.ServiceDesk.Features.Knowledge;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Hosting;

/// <summary>The people of the demo the customer service needs to know about.</summary>
public sealed record DemoPeople(Guid Agent, Guid Owner, Guid KarolinskaEmployee, Guid SosEmployee, Guid Karolinska, Guid Sodersjukhuset);

/// <summary>
/// Demo mode only: the one way in — a first-line customer service (Hanna, the demo Handläggare) and an IT
/// group (Tove, the IT services' owner), root causes, IT and payroll services routed to their groups, a contact
/// directory of employees with phone numbers, and cases in every state. Runs once, through the use cases.
/// </summary>
public sealed class DemoServiceDeskSeeder(Sender sender, ILogger<DemoServiceDeskSeeder> logger)
{
    private static readonly UserContext Seeder = UserContext.System("demo");

    private static readonly (string Code, string Name)[] RootCauses =
    [
        ("anvandarfel", "Användarfel eller kunskapsbrist"), ("systemfel", "Systemfel"), ("hardvarufel", "Hårdvarufel"),
        ("behorighet", "Behörighet saknas"), ("leverantor", "Fel hos leverantör"), ("bestallning", "Felaktig eller ofullständig beställning"),
        ("dokumentation", "Dokumentation eller lathund saknas"), ("ovrigt", "Övrigt"),
    ];

    private static readonly string[] ItServices =
    [
        "it_arbetsplats", "identitet_behorighet_ad", "identitet_behorighet_ehalsokort", "natverk_datakommunikation_lokalt",
        "natverk_datakommunikation_regionalt", "telefoniplattform", "kapacitet_och_drift", "integrationshantering", "sakerhetsovervakning",
    ];

    private static readonly string[] FirstNames = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sara", "Per", "Lena", "Mikael", "Emma", "Olof", "Ida"];

    private static readonly string[] LastNames = ["Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson"];

    public async Task SeedAsync(DemoPeople people, CancellationToken ct)
    {
        if ((await Send(new ListResolverGroups(), ct)).Count > 0)
        {
            return;
        }

        var firstLine = await Send(new SaveResolverGroup
        {
            Code = "kundtjanst", Name = "Kundtjänst", IsFirstLine = true, OlaResponseHours = 1, MemberUserIds = [people.Agent],
        }, ct);
        var it = await Send(new SaveResolverGroup
        {
            Code = "it-support", Name = "It-support", OlaResolutionHours = 16, MemberUserIds = [people.Owner],
        }, ct);
        var payroll = await Send(new SaveResolverGroup { Code = "lon", Name = "Lön och pension", OlaResolutionHours = 24 }, ct);
        // Tjänstgöringsgrad for closed cases per FTE: the agent works the desk full time, the service owner half of theirs.
        await Send(new SetAgentFte(people.Agent, 1.0m), ct);
        await Send(new SetAgentFte(people.Owner, 0.5m), ct);
        foreach (var code in ItServices)
        {
            await Send(new RouteService(code, it), ct);
        }

        await Send(new RouteService("loneadministration", payroll), ct);
        await Send(new RouteService("pensionsadministration", payroll), ct);
        var causes = new Dictionary<string, Guid>();
        foreach (var (code, name) in RootCauses)
        {
            causes[code] = await Send(new SaveRootCause(code, name), ct);
        }

        await Send(new SaveContact(null, people.Karolinska, "Kalle Nyström", "medarbetare.karolinska@demo.servicenav.se", "08-517 700 01",
            null, "Undersköterska", people.KarolinskaEmployee), ct);
        await Send(new SaveContact(null, people.Sodersjukhuset, "Sam Wik", "medarbetare.sos@demo.servicenav.se", "08-616 100 01", null, "Sjuksköterska",
            people.SosEmployee), ct);
        var directory = new List<Guid>();
        for (var i = 0; i < 60; i++)
        {
            var first = FirstNames[i % FirstNames.Length];
            var last = LastNames[(i / FirstNames.Length + i) % LastNames.Length];
            var customer = i % 2 == 0 ? people.Karolinska : people.Sodersjukhuset;
            var email = $"{first}.{last}{i}@demo.region.se".ToLowerInvariant();
            var phone = string.Create(SwedishCulture.Culture, $"08-{(i % 2 == 0 ? "517" : "616")} {700 + i:000} {10 + i:00}");
            directory.Add(await Send(new SaveContact(null, customer, $"{first} {last}", email, phone, null, null), ct));
        }

        await SeedCases(people, directory, causes, ct);
        await SeedSurveyAnswers(people, directory, causes, ct);
        logger.LogInformation("Demo customer service ready: {Groups} groups, {Contacts} contacts", 3, directory.Count + 2);
        await SeedOrderForms(it, ct);
        await SeedKnowledge(people, ct);
    }

    /// <summary>
    /// Two standard orders: an access right to a system (approved by the customer's Beställare, granted automatically into
    /// the local register, 1 per order) and accessories for the IT workplace (no approval, a task for It-support, charged
    /// per piece ordered). Both services are priced per unit ("st") in the demo's price list, so the billing run prices them.
    /// </summary>
    private async Task SeedOrderForms(Guid itGroup, CancellationToken ct)
    {
        await Send(new SaveOrderForm
        {
            ServiceCode = "identitet_behorighet_ad",
            Title = "Behörighet till system",
            Intro = "Beställ behörighet till ett av regionens system. Din organisations beställare godkänner, sedan läggs behörigheten upp direkt.",
            Fields =
            [
                new OrderField
                {
                    Key = "system", Label = "System", Kind = OrderFieldKind.Choice, Required = true,
                    Choices = ["TakeCare", "Heroma", "Raindance", "Diariet", "Intranätet (publicering)"],
                },
                new OrderField { Key = "roll", Label = "Roll", Kind = OrderFieldKind.Text, Required = true, HelpText = "Till exempel läsbehörighet, handläggare eller administratör." },
                new OrderField { Key = "motivering", Label = "Motivering", Kind = OrderFieldKind.MultilineText, Required = true, HelpText = "Varför behöver du behörigheten i ditt arbete?" },
            ],
            QuantityRule = OrderQuantityRule.FixedPerOrder,
            FixedQuantity = 1,
            UsageUnit = "st",
            Approval = OrderApproval.CustomerOrderer,
            Fulfilment = OrderFulfilmentKind.Automatic,
            AdapterName = "lokalt-register",
        }, ct);
        await Send(new SaveOrderForm
        {
            ServiceCode = "it_arbetsplats",
            Title = "Tillbehör till it-arbetsplatsen",
            Intro = "Headset, dockningsstation, extra skärm eller tangentbord och mus. It-support lämnar ut tillbehören; de debiteras per styck.",
            Fields =
            [
                new OrderField
                {
                    Key = "tillbehor", Label = "Tillbehör", Kind = OrderFieldKind.Choice, Required = true,
                    Choices = ["Headset", "Dockningsstation", "Extra skärm", "Tangentbord och mus"],
                },
                new OrderField { Key = "antal", Label = "Antal", Kind = OrderFieldKind.Number, Required = true, Min = 1, Max = 20 },
                new OrderField { Key = "leveransadress", Label = "Leveransadress", Kind = OrderFieldKind.Text, Required = true, HelpText = "Avdelning, hus och rum." },
                new OrderField { Key = "senast", Label = "Behövs senast", Kind = OrderFieldKind.Date },
            ],
            QuantityRule = OrderQuantityRule.FromField,
            QuantityFieldKey = "antal",
            UsageUnit = "st",
            Approval = OrderApproval.None,
            Fulfilment = OrderFulfilmentKind.Tasks,
            Tasks = [new OrderTaskTemplate(itGroup, "Plocka tillbehören ur förrådet och lämna ut dem på leveransadressen.")],
        }, ct);
    }

    private async Task SeedCases(DemoPeople people, List<Guid> directory, Dictionary<string, Guid> causes, CancellationToken ct)
    {
        var agent = new UserContext(people.Agent, "handlaggare", [Role.Handlaggare], null);
        var owner = new UserContext(people.Owner, "agare", [Role.Tjansteagare], null);
        var employee = new UserContext(people.KarolinskaEmployee, "medarbetare.karolinska", [Role.Medarbetare], people.Karolinska);

        var printer = await Send(new CreateCase
        {
            Type = CaseType.FaultReport, Subject = "Skrivaren på avdelning 12 skriver inte ut", ServiceCode = "it_arbetsplats",
            Description = "Skrivaren i korridoren visar \"Papper fastnat\" men det finns inget papper i den.", Urgency = Urgency.High,
        }, employee, ct);
        await Send(new AddCaseMessage(printer.Id, "Tack! Vilket nummer står på skrivarens etikett?", NextStatus: CaseStatus.WaitingForRequester), owner, ct);
        await Send(new CreateCase
        {
            Type = CaseType.Question, Subject = "Hur lägger jag in semester i självservice?", ServiceCode = "loneadministration",
            Description = "Jag hittar inte var man ansöker om semester för sommaren.",
        }, employee, ct);

        string[] subjects =
        [
            "Kommer inte åt journalsystemet", "Nytt SITHS-kort behövs", "Fel OB-ersättning i mars", "Beställa ny dator till nyanställd",
            "Wifi fungerar inte i konferensrummet", "Lösenordet har gått ut", "Fråga om faktura från Regionservice", "Telefonen ringer inte in",
            "Behörighet till ekonomisystemet", "Skärmen flimrar",
        ];
        string[] services =
        [
            "identitet_behorighet_ad", "identitet_behorighet_ehalsokort", "loneadministration", "it_arbetsplats", "natverk_datakommunikation_lokalt",
            "identitet_behorighet_ad", "sammanhallen_kundtjanst", "telefoniplattform", "systemstod_ekonomi_lokal", "it_arbetsplats",
        ];
        for (var i = 0; i < subjects.Length; i++)
        {
            var created = await Send(new CreateCase
            {
                Type = i == 3 ? CaseType.Order : CaseType.FaultReport, Subject = subjects[i], Description = "Registrerat av kundtjänsten i telefon.",
                ServiceCode = services[i], Channel = i % 3 == 0 ? CaseChannel.Email : CaseChannel.Phone, ContactId = directory[i * 5],
                Impact = i % 4 == 0 ? Impact.Medium : Impact.Low,
            }, agent, ct);
            if (i % 3 == 1)
            {
                await Send(new SolveCase(created.Id, causes[i % 2 == 0 ? "behorighet" : "anvandarfel"], "Åtgärdat och bekräftat med anmälaren."), agent, ct);
            }
        }

    }

    /// <summary>
    /// The end-user survey: a few more contacts solved over the phone (with the IT cases above this makes
    /// "Användarfel eller kunskapsbrist" a recurring cause in It-support's queue — three cases — for /problem), then answers (through the links, as the
    /// requesters would, without signing in) to every survey but the newest, so /enkater has results and comments.
    /// </summary>
    private async Task SeedSurveyAnswers(DemoPeople people, List<Guid> directory, Dictionary<string, Guid> causes, CancellationToken ct)
    {
        var agent = new UserContext(people.Agent, "handlaggare", [Role.Handlaggare], null);
        (string Subject, string Service, int Contact, string Cause)[] solvedByPhone =
        [
            ("Kommer inte in i Outlook", "it_arbetsplats", 11, "anvandarfel"), ("Fel antal semesterdagar på lönebeskedet", "loneadministration", 12, "systemfel"),
            ("VPN kopplar ner hela tiden", "natverk_datakommunikation_regionalt", 13, "leverantor"), ("Behörighet till personalsystemet", "identitet_behorighet_ad", 14, "behorighet"),
            ("Fråga om tjänstepension", "pensionsadministration", 16, "dokumentation"), ("Dockningsstationen saknas", "it_arbetsplats", 17, "bestallning"),
        ];
        foreach (var (subject, service, contact, cause) in solvedByPhone)
        {
            var created = await Send(new CreateCase
            {
                Type = CaseType.FaultReport, Subject = subject, Description = "Ringde till kundtjänsten.", ServiceCode = service, Channel = CaseChannel.Phone,
                ContactId = directory[contact],
            }, agent, ct);
            await Send(new SolveCase(created.Id, causes[cause], "Åtgärdat under samtalet."), agent, ct);
        }

        (bool Solved, int Treatment, string? Comment)[] answers =
        [
            (true, 5, "Snabb hjälp, tack!"), (true, 4, null), (false, 2, "Fick vänta länge och problemet finns kvar."), (true, 5, null),
            (true, 3, "Bra hjälp, men svårt att komma fram på telefon."), (true, 4, null), (false, 3, null), (true, 5, "Mycket trevligt bemötande."),
        ];
        var solved = await Send(new ListCases(CaseListView.All, CaseStateFilter.Closed, PageSize: 200), ct);
        var answered = 0;
        foreach (var row in solved.Rows.OrderBy(r => r.Number, StringComparer.Ordinal).SkipLast(1))
        {
            var link = (await Send(new GetCase(row.Number), ct)).Events.FirstOrDefault(e => e.Kind == CaseEventKind.SurveySent)?.To;
            if (link is null)
            {
                continue;
            }

            var (isSolved, treatment, comment) = answers[answered++ % answers.Length];
            await Send(new AnswerSurvey(link[SurveyLinks.Prefix.Length..], isSolved, treatment, comment), UserContext.Anonymous, ct);
        }
    }

    /// <summary>The knowledge base: a handful of lathundar written by the IT services' owner, one of them in two versions and one for agents only.</summary>
    private async Task SeedKnowledge(DemoPeople people, CancellationToken ct)
    {
        var owner = new UserContext(people.Owner, "agare", [Role.Tjansteagare], null);
        foreach (var article in DemoKnowledgeArticles.All)
        {
            var id = await Send(new CreateKnowledgeArticle
            {
                Title = article.Title, Summary = article.Summary, Body = article.Body, Audience = article.Audience, ServiceCodes = article.Services,
            }, owner, ct);
            await Send(new PublishKnowledgeArticle(id), owner, ct);
            if (article.Revision is { } revision)
            {
                await Send(new EditKnowledgeArticle
                {
                    Id = id, Title = article.Title, Summary = article.Summary, Body = revision, Audience = article.Audience, ServiceCodes = article.Services,
                }, owner, ct);
                await Send(new PublishKnowledgeArticle(id), owner, ct);
            }
        }

        logger.LogInformation("Demo knowledge base ready: {Articles} articles", DemoKnowledgeArticles.All.Count);
    }

    private async Task<T> Send<T>(IRequest<Result<T>> request, CancellationToken ct) => await Send(request, Seeder, ct);

    private async Task<T> Send<T>(IRequest<Result<T>> request, UserContext user, CancellationToken ct)
    {
        var result = await sender.Send(request, user, ct);
        return result.IsOk ? result.Value! : throw new InvalidOperationException($"Demo seeding step {request.GetType().Name} returned {result.Status}.");
    }
}
