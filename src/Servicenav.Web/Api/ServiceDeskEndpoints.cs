using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Notifications;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Api;

/// <summary>
/// One way in: cases from every channel (portal, phone, other systems through this API), their work flow, the
/// caller lookup, and the service desk's lists. A case outside the caller's view is 404 on every route.
/// </summary>
public static class ServiceDeskEndpoints
{
    public static void MapServiceDeskEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Ärenden");
        cases.MapGet("/", (CaseListView? view, CaseStateFilter? state, Guid? groupId, Guid? customerId, string? search, int? page, int? pageSize,
                HttpContext http) =>
            http.RunHttp(new ListCases(view ?? CaseListView.All, state ?? CaseStateFilter.Open, groupId, customerId, search, page ?? 1, pageSize ?? 50)))
            .WithSummary("Ärenden som den inloggade får se: egna (medarbetare), kundens (beställare), gruppernas kö (handläggare). Sök på ärendenummer eller text.");
        cases.MapGet("/export", (ExportFormat? format, CaseListView? view, CaseStateFilter? state, Guid? groupId, Guid? customerId, string? search,
                HttpContext http) =>
            http.RunHttp(new ExportCases(format ?? ExportFormat.Xlsx, view ?? CaseListView.All, state ?? CaseStateFilter.Open, groupId, customerId, search),
                ApiResults.File))
            .WithSummary("Ärendelistan som Excel eller CSV med samma vy och filter som listan, och bara ärenden du får se. Högst 100 000 rader.");
        cases.MapPost("/", (CreateCase body, HttpContext http) => http.RunHttp(body, c => Results.Created($"/api/cases/{c.Id}", c)))
            .WithSummary("Skapa ett ärende. Medarbetare för sig själv; handläggare och system för en kontakt (contactId) eller ny kontakt (newContact), med kanal.");
        cases.MapGet("/{key}", (string key, HttpContext http) => http.RunHttp(new GetCase(key)))
            .WithSummary("Ett ärende med historik, per id eller nummer (KT-2026-000123). 404 om du inte får se det.");
        cases.MapGet("/{id:guid}/sla", (Guid id, HttpContext http) => http.RunHttp(new GetCaseSla(id)))
            .WithSummary("Ärendets SLA- och OLA-klockor just nu: mål, läge, förfallotid och tidslinje (beställarsidan ser bara SLA).");
        cases.MapPost("/{id:guid}/messages", (Guid id, CaseMessageBody body, HttpContext http) =>
                http.RunHttp(new AddCaseMessage(id, body.Text, body.Internal, body.NextStatus)))
            .WithSummary("Svar eller intern anteckning (handläggare), meddelande (beställarsidan). Valfri ny status.");
        cases.MapPost("/{id:guid}/status", (Guid id, CaseStatusBody body, HttpContext http) => http.RunHttp(new ChangeCaseStatus(id, body.Status)))
            .WithSummary("Flytta ärendet i flödet. Otillåtna steg ger 409 med skälet.");
        cases.MapPost("/{id:guid}/solve", (Guid id, SolveBody body, HttpContext http) => http.RunHttp(new SolveCase(id, body.RootCauseId, body.Solution)))
            .WithSummary("Lös ärendet med lösning och felorsak.");
        cases.MapPost("/{id:guid}/reopen", (Guid id, ReopenBody body, HttpContext http) => http.RunHttp(new ReopenCase(id, body.Reason)))
            .WithSummary("Öppna ett löst ärende igen inom återöppningsfönstret.");
        cases.MapPost("/{id:guid}/close", (Guid id, HttpContext http) => http.RunHttp(new CloseCase(id)))
            .WithSummary("Bekräfta att ett löst ärende är löst; ärendet stängs.");
        cases.MapPost("/{id:guid}/assign", (Guid id, AssignBody body, HttpContext http) => http.RunHttp(new AssignCase(id, body.GroupId, body.AssigneeUserId)))
            .WithSummary("Lämna ärendet till en lösargrupp och eventuellt en handläggare i den.");
        cases.MapPost("/{id:guid}/classify", (Guid id, ClassifyBody body, HttpContext http) =>
                http.RunHttp(new ClassifyCase(id, body.ServiceCode, body.Impact, body.Urgency)))
            .WithSummary("Sätt tjänst samt påverkan och brådska (ger prioritet).");

        var desk = app.MapGroup("/api/servicedesk").WithTags("Kundtjänst");
        desk.MapGet("/contacts", (string query, HttpContext http) => http.RunHttp(new FindContacts(query)))
            .WithSummary("Slå upp en person på telefonnummer, e-post eller namn (handläggare).");
        desk.MapPost("/contacts", (SaveContact body, HttpContext http) => http.RunHttp(body))
            .WithSummary("Lägg till eller ändra en person i kontaktkatalogen.");
        desk.MapGet("/mail", (bool? includeHandled, HttpContext http) => http.RunHttp(new ListInboundMail(includeHandled ?? false)))
            .WithSummary("E-post som väntar på en handläggare: okänd avsändare, oläsbart, någon annan än anmälaren som svarar på ett ärende.");
        desk.MapPost("/mail/{id:guid}/triage", (Guid id, TriageBody body, HttpContext http) => http.RunHttp(new TriageMail(id, body.ContactId, body.DismissReason)))
            .WithSummary("Skapa ett ärende för en kontakt av meddelandet (contactId), eller lägg det åt sidan med ett skäl.");
        desk.MapGet("/outbox", (bool? includePending, HttpContext http) => http.RunHttp(new ListOutboundMail(includePending ?? false)))
            .WithSummary("E-post till anmälare som inte gått fram (eller med includePending allt som inte skickats än), för ärenden du får arbeta med.");
        desk.MapPost("/outbox/{id:guid}/retry", (Guid id, HttpContext http) => http.RunHttp(new RetryOutboundMail(id)))
            .WithSummary("Skicka ett misslyckat e-postmeddelande till anmälaren igen.");
        desk.MapGet("/groups", (HttpContext http, CancellationToken _) => http.RunHttp(new ListResolverGroups()))
            .WithSummary("Lösargrupper med medlemmar.");
        desk.MapPost("/groups", (SaveResolverGroup body, HttpContext http) => http.RunHttp(body))
            .WithSummary("Skapa eller ändra en lösargrupp (namn, första linjen, OLA-mål, medlemmar).");
        desk.MapGet("/root-causes", (HttpContext http, CancellationToken _) => http.RunHttp(new ListRootCauses()))
            .WithSummary("Felorsaker att välja när ärenden löses.");
        desk.MapPost("/root-causes", (SaveRootCause body, HttpContext http) => http.RunHttp(body))
            .WithSummary("Lägg till, byt namn på eller avveckla en felorsak.");
        desk.MapPut("/routes/{serviceCode}", (string serviceCode, RouteBody body, HttpContext http) => http.RunHttp(new RouteService(serviceCode, body.GroupId)))
            .WithSummary("Vilken lösargrupp nya ärenden om tjänsten går till.");
    }

    public sealed record CaseMessageBody(string Text, bool Internal = false, CaseStatus? NextStatus = null);

    public sealed record CaseStatusBody(CaseStatus Status);

    public sealed record SolveBody(Guid? RootCauseId, string? Solution);

    public sealed record ReopenBody(string Reason);

    public sealed record AssignBody(Guid GroupId, Guid? AssigneeUserId);

    public sealed record ClassifyBody(string? ServiceCode, Impact Impact, Urgency Urgency);

    public sealed record RouteBody(Guid GroupId);

    public sealed record TriageBody(Guid? ContactId, string? DismissReason);
}
