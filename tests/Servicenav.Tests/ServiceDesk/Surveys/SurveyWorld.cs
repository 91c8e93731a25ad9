using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Surveys;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Surveys;

/// <summary>The survey steps on top of <see cref="ServiceDeskWorld"/>: solve a case, read its link as the agent would, answer it.</summary>
public static class SurveyWorld
{
    public static async Task<CaseCreated> RaiseAndSolve(this ServiceDeskWorld w, UserContext requester, string subject = "Skrivaren skriver inte ut",
        string service = "it_arbetsplats")
    {
        var created = await w.Raise(requester, subject, service);
        await w.Solve(created);
        return created;
    }

    /// <summary>Solved by an agent of the group the case is in (IT cases go to It-support, the rest to first line).</summary>
    public static async Task Solve(this ServiceDeskWorld w, CaseCreated created)
    {
        var agent = created.GroupName == "It-support" ? w.ItAgent : w.FirstLineAgent;
        (await w.Send(new SolveCase(created.Id, w.UserError, "Åtgärdat."), agent)).ShouldBeOk();
    }

    /// <summary>
    /// The token of the case's survey link, from the staff-only history note the default notifier writes (the test
    /// hook: with e-mail it would be in the sent message).
    /// </summary>
    public static async Task<string> SurveyToken(this ServiceDeskWorld w, Guid caseId)
    {
        var link = await w.App.Query(d => d.CaseEvents.Where(e => e.CaseId == caseId && e.Kind == CaseEventKind.SurveySent)
            .Select(e => e.ToValue).SingleAsync());
        link.ShouldNotBeNull().ShouldStartWith(SurveyLinks.Prefix);
        return link[SurveyLinks.Prefix.Length..];
    }

    public static Task<SharedKernel.Result<SurveyView>> Answer(this ServiceDeskWorld w, string token, bool solved, int treatment, string? comment = null) =>
        w.Send(new AnswerSurvey(token, solved, treatment, comment), UserContext.Anonymous);

    public static async Task AnswerCase(this ServiceDeskWorld w, CaseCreated created, bool solved, int treatment, string? comment = null) =>
        (await w.Answer(await w.SurveyToken(created.Id), solved, treatment, comment)).ShouldBeOk();
}
