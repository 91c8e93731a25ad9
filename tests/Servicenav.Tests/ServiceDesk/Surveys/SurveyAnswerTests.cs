using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Surveys;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Surveys;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Surveys;

/// <summary>
/// The end-user survey after a contact (Zammad #303): one per case, sent when it is solved, answered once through a
/// link without signing in; a second answer is refused and the first kept, also when two race.
/// </summary>
public class SurveyAnswerTests
{
    [Theory, AllDatabases]
    public async Task A_solved_case_gets_exactly_one_survey_holding_only_the_hash_of_its_token(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var created = await w.RaiseAndSolve(w.KarolinskaEmployee);
        (await w.Send(new ReopenCase(created.Id, "Skrivaren krånglar igen"), w.KarolinskaEmployee)).ShouldBeOk();
        await w.Solve(created);

        var surveys = await w.App.Query(d => d.CaseSurveys.Where(s => s.CaseId == created.Id).ToListAsync());
        var survey = surveys.ShouldHaveSingleItem("solving again after a reopen sends no second survey");
        var token = await w.SurveyToken(created.Id);
        token.Length.ShouldBe(43);
        survey.TokenHash.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token))));
        var stored = await w.App.Query(d => d.CaseSurveys.Select(s => new { s.TokenHash, s.RecipientEmail, s.ServiceCode, s.Comment }).SingleAsync());
        new[] { stored.TokenHash, stored.RecipientEmail, stored.ServiceCode, stored.Comment }.ShouldNotContain(token, "the plain token is never stored on the survey");

        (survey.CustomerId, survey.ServiceCode, survey.GroupId, survey.RecipientEmail).ShouldBe((w.Karolinska.Id, "it_arbetsplats", w.ItGroup, "mia.ks@region.se"));
        survey.Month.ShouldBe(new Period(2026, 3));
        (survey.ExpiresAtUtc - survey.SentAtUtc).ShouldBe(TimeSpan.FromDays(30));
        (await w.App.Query(d => d.CaseEvents.CountAsync(e => e.CaseId == created.Id && e.Kind == CaseEventKind.SurveySent))).ShouldBe(1);
    }

    [Theory, AllDatabases]
    public async Task The_survey_link_is_shown_to_staff_only_so_the_customers_orderer_cannot_answer_for_the_requester(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var created = await w.RaiseAndSolve(w.KarolinskaEmployee);

        (await w.Send(new GetCase(created.Number), w.ItAgent)).ShouldBeOk().Events.ShouldContain(e => e.Kind == CaseEventKind.SurveySent);
        (await w.Send(new GetCase(created.Number), w.KarolinskaEmployee)).ShouldBeOk().Events.ShouldNotContain(e => e.Kind == CaseEventKind.SurveySent);
        (await w.Send(new GetCase(created.Number), w.KarolinskaOrderer)).ShouldBeOk().Events.ShouldNotContain(e => e.Kind == CaseEventKind.SurveySent);
    }

    [Theory, AllDatabases]
    public async Task The_link_is_answered_without_signing_in_and_a_second_answer_is_refused_keeping_the_first(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var created = await w.RaiseAndSolve(w.KarolinskaEmployee, "Dockningsstationen laddar inte");
        var token = await w.SurveyToken(created.Id);

        var open = (await w.Send(new GetSurvey(token), UserContext.Anonymous)).ShouldBeOk();
        (open.CaseNumber, open.Subject, open.State, open.Treatment).ShouldBe((created.Number, "Dockningsstationen laddar inte", SurveyState.Open, (int?)null));

        w.App.Clock.Advance(TimeSpan.FromHours(2));
        var answered = (await w.Answer(token, solved: true, treatment: 5, "  Snabb och vänlig hjälp.  ")).ShouldBeOk();
        (answered.State, answered.Solved, answered.Treatment, answered.Comment).ShouldBe((SurveyState.Answered, (bool?)true, (int?)5, "Snabb och vänlig hjälp."));

        var refused = await Should.ThrowAsync<BusinessRuleException>(() => w.Answer(token, solved: false, treatment: 1, "Ändrar mig"));

        refused.RuleName.ShouldBe(nameof(SurveyIsAnsweredOnlyOnceRule));
        refused.Message.ShouldBe("Enkäten är redan besvarad. Det första svaret gäller och kan inte ändras.");
        var kept = await w.App.Query(d => d.CaseSurveys.SingleAsync());
        (kept.Solved, kept.Treatment, kept.Comment, kept.AnsweredAtUtc).ShouldBe(((bool?)true, (int?)5, "Snabb och vänlig hjälp.", (DateTime?)w.App.Clock.GetUtcNow().UtcDateTime));
        (await w.Send(new GetSurvey(token), UserContext.Anonymous)).ShouldBeOk().State.ShouldBe(SurveyState.Answered);
    }

    [Theory, AllDatabases]
    public async Task Two_answers_racing_on_one_link_keep_exactly_one_and_refuse_the_other(DatabaseKind db)
    {
        RendezvousClock clock = null!;
        await using var w = await ServiceDeskWorld.Start(db, RendezvousClock.Install(c => clock = c));
        var created = await w.RaiseAndSolve(w.KarolinskaEmployee);
        var token = await w.SurveyToken(created.Id);

        clock.Arm();
        // Each on its own thread: SQLite's "async" calls complete synchronously, so one caller would wait for itself.
        var attempts = await Task.WhenAll(new[] { (Solved: true, Treatment: 5), (Solved: false, Treatment: 1) }.Select(a => Task.Run(async () =>
        {
            try
            {
                (await w.Answer(token, a.Solved, a.Treatment, "Svar " + a.Treatment)).ShouldBeOk();
                return (a.Treatment, Accepted: true);
            }
            catch (BusinessRuleException e) when (e.RuleName == nameof(SurveyIsAnsweredOnlyOnceRule))
            {
                return (a.Treatment, Accepted: false);
            }
        })));

        clock.Met.ShouldBeTrue("both answers had read the survey unanswered before either saved");
        var winner = attempts.Where(a => a.Accepted).ShouldHaveSingleItem();
        var kept = await w.App.Query(d => d.CaseSurveys.SingleAsync());
        (kept.Treatment, kept.Comment).ShouldBe(((int?)winner.Treatment, "Svar " + winner.Treatment));
    }

    [Theory, AllDatabases]
    public async Task An_expired_link_is_refused_with_its_last_day_and_an_unknown_one_is_not_found(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var created = await w.RaiseAndSolve(w.KarolinskaEmployee);
        var token = await w.SurveyToken(created.Id);

        w.App.Clock.Advance(TimeSpan.FromDays(30));
        var expired = (await w.Send(new GetSurvey(token), UserContext.Anonymous)).ShouldBeOk();
        expired.State.ShouldBe(SurveyState.Expired);
        expired.CaseNumber.ShouldBe(created.Number);
        var refused = await Should.ThrowAsync<BusinessRuleException>(() => w.Answer(token, solved: true, treatment: 4));
        refused.RuleName.ShouldBe(nameof(SurveyMustNotHaveExpiredRule));
        refused.Message.ShouldBe("Enkäten gick att besvara till och med 2026-04-01 13:00. Nu är den stängd.");
        (await w.App.Query(d => d.CaseSurveys.SingleAsync())).AnsweredAtUtc.ShouldBeNull();

        var unknown = Servicenav.ServiceDesk.Domain.Surveys.SurveyToken.New();
        (await w.Send(new GetSurvey(unknown), UserContext.Anonymous)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Answer(unknown, solved: true, treatment: 4)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new GetSurvey("../../etc/passwd"), UserContext.Anonymous)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new GetSurvey(token.ToUpperInvariant()), UserContext.Anonymous)).Status.ShouldBe(ResultStatus.NotFound, "the token is exact");
    }

    [Theory, AllDatabases]
    public async Task An_answer_without_a_choice_or_with_a_grade_outside_one_to_five_or_too_long_a_comment_is_refused_per_field(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var created = await w.RaiseAndSolve(w.KarolinskaEmployee);
        var token = await w.SurveyToken(created.Id);

        var missing = await Should.ThrowAsync<ValidationFailedException>(() => w.Send(new AnswerSurvey(token, null, null, null), UserContext.Anonymous));
        missing.Errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["solved", "treatment"]);
        var outside = await Should.ThrowAsync<ValidationFailedException>(() => w.Answer(token, true, 6));
        outside.Errors["treatment"].ShouldBe(["Välj ett betyg mellan 1 och 5."]);
        await Should.ThrowAsync<ValidationFailedException>(() => w.Answer(token, true, 0));
        var tooLong = await Should.ThrowAsync<ValidationFailedException>(() => w.Answer(token, true, 3, new string('x', SurveyLimits.CommentLength + 1)));
        tooLong.Errors.Keys.ShouldBe(["comment"]);

        (await w.App.Query(d => d.CaseSurveys.SingleAsync())).AnsweredAtUtc.ShouldBeNull("nothing was kept, so the real answer can still come");
        (await w.Answer(token, false, 3, new string('x', SurveyLimits.CommentLength))).ShouldBeOk();
    }
}
