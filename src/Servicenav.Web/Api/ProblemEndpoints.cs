using Servicenav.ServiceDesk.Domain.Problems;
using Servicenav.ServiceDesk.Features.Problems;

namespace Servicenav.Web.Api;

/// <summary>Problem records (problem) for staff: list, recurring root causes, one problem, its flow and follow-up, linking cases.</summary>
public static class ProblemEndpoints
{
    public static void MapProblemEndpoints(this IEndpointRouteBuilder app)
    {
        var problems = app.MapGroup("/api/servicedesk/problems").WithTags("Problem");
        problems.MapGet("/", (ProblemStateFilter? state, Guid? ownerGroupId, Guid? rootCauseId, string? search, HttpContext http) =>
                http.RunHttp(new ListProblems(state ?? ProblemStateFilter.Open, ownerGroupId, rootCauseId, search)))
            .WithSummary("Problem (öppna, avslutade eller alla), per ägande lösargrupp, felorsak eller text. Endast personal.");
        problems.MapGet("/recurring-causes", (int? minimumCases, int? windowDays, HttpContext http) =>
                http.RunHttp(new ListRecurringCauses(minimumCases ?? ProblemLimits.DefaultMinimumCases, windowDays ?? ProblemLimits.DefaultWindowDays)))
            .WithSummary("Återkommande felorsaker: minst N ärenden (3) de senaste M dagarna (90) utan öppet problem.");
        problems.MapPost("/", (CreateProblem body, HttpContext http) => http.RunHttp(body, p => Results.Created($"/api/servicedesk/problems/{p.Number}", p)))
            .WithSummary("Registrera ett problem; med linkRecurringCases kopplas felorsakens ärenden i fönstret direkt.");
        problems.MapGet("/{key}", (string key, HttpContext http) => http.RunHttp(new GetProblem(key)))
            .WithSummary("Ett problem per id eller nummer (PR-2026-0001) med kopplade ärenden du får se, åtgärder och historik.");
        problems.MapPost("/{id:guid}/status", (Guid id, ProblemStatusBody body, HttpContext http) => http.RunHttp(new ChangeProblemStatus(id, body.Status, body.Workaround)))
            .WithSummary("Flytta problemet: registrerat → under utredning → känt fel (med tillfällig lösning) → löst → stängt. Otillåtna steg ger 409.");
        problems.MapPost("/{id:guid}/follow-up", (Guid id, FollowUpBody body, HttpContext http) => http.RunHttp(new FollowUpProblem(id, body.Note, body.NextFollowUpOn)))
            .WithSummary("Daterad uppföljningsanteckning och nästa uppföljningsdatum.");
        problems.MapPost("/{id:guid}/actions", (Guid id, ActionBody body, HttpContext http) => http.RunHttp(new AddProblemAction(id, body.Text, body.Responsible, body.DueOn)))
            .WithSummary("Lägg till en åtgärd med ansvarig och sista dag.");
        problems.MapPost("/{id:guid}/actions/{actionId:guid}/done", (Guid id, Guid actionId, HttpContext http) => http.RunHttp(new CompleteProblemAction(id, actionId)))
            .WithSummary("Markera en åtgärd som klar.");
        problems.MapGet("/for-case/{caseId:guid}", (Guid caseId, HttpContext http) => http.RunHttp(new GetCaseProblem(caseId)))
            .WithSummary("Problemet ett ärende är kopplat till (med tillfällig lösning) och öppna problem att koppla till.");
        problems.MapPost("/for-case/{caseId:guid}", (Guid caseId, LinkBody body, HttpContext http) => http.RunHttp(new LinkCaseToProblem(caseId, body.Problem)))
            .WithSummary("Koppla ett ärende du får se till ett problem (id eller nummer). Syns i båda historikerna.");
    }

    public sealed record ProblemStatusBody(ProblemStatus Status, string? Workaround);

    public sealed record FollowUpBody(string Note, DateOnly? NextFollowUpOn);

    public sealed record ActionBody(string Text, string Responsible, DateOnly? DueOn);

    public sealed record LinkBody(string Problem);
}
