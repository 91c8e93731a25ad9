using Servicenav.ServiceDesk.Features.Knowledge;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Knowledge;

/// <summary>"Did this solve it?" on both databases: once per person and version, counted per version and in total.</summary>
public class KnowledgeFeedbackTests
{
    [Theory, AllDatabases]
    public async Task Each_person_answers_once_per_version_and_the_counts_follow(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var id = await w.Write("Byt lösenord", "Öppna självservice.");

        var first = (await w.Send(new GiveKnowledgeFeedback(id, Solved: true), w.KarolinskaEmployee)).ShouldBeOk();
        (first.Solved, first.NotSolved, first.MyAnswer).ShouldBe((1, 0, (bool?)true));
        (await w.Send(new GiveKnowledgeFeedback(id, Solved: false, "Hittar inte menyn"), w.SosEmployee)).ShouldBeOk().NotSolved.ShouldBe(1);
        (await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new GiveKnowledgeFeedback(id, Solved: false), w.KarolinskaEmployee)))
            .Message.ShouldContain("redan svarat");

        var seen = (await w.Send(new GetKnowledgeArticle(id), w.KarolinskaEmployee)).ShouldBeOk();
        (seen.Feedback.Solved, seen.Feedback.NotSolved, seen.Feedback.MyAnswer, seen.Abilities.CanGiveFeedback).ShouldBe((1, 1, (bool?)true, false));
        seen.Comments.ShouldBeEmpty("comments are for the editors");
        var editor = (await w.Send(new GetKnowledgeArticle(id), w.ItAgent)).ShouldBeOk();
        editor.Comments.ShouldHaveSingleItem().ShouldSatisfyAllConditions(c => c.Comment.ShouldBe("Hittar inte menyn"), c => c.Solved.ShouldBeFalse());

        (await w.Edit(id, "Byt lösenord", "Öppna självservice och välj Säkerhet.")).ShouldBeOk();
        (await w.Send(new PublishKnowledgeArticle(id), w.ItAgent)).ShouldBeOk();

        var again = (await w.Send(new GiveKnowledgeFeedback(id, Solved: true), w.KarolinskaEmployee)).ShouldBeOk();
        (again.Solved, again.NotSolved, again.TotalSolved, again.TotalNotSolved).ShouldBe((1, 0, 2, 1), "a new version is answered anew");
        var history = (await w.Send(new GetKnowledgeArticle(id), w.KarolinskaEmployee)).ShouldBeOk().Versions;
        history.Select(v => (v.Number, v.Solved, v.NotSolved)).ShouldBe([(2, 1, 0), (1, 1, 1)]);
    }

    [Theory, AllDatabases]
    public async Task Feedback_needs_a_published_article_and_a_signed_in_person(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var draft = await w.Write("Utkast", "Text.", publish: false);

        (await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new GiveKnowledgeFeedback(draft, true), w.ItAgent)))
            .Message.ShouldContain("publicerad");
        (await w.Send(new GiveKnowledgeFeedback(draft, true), w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new GiveKnowledgeFeedback(draft, true), Access.UserContext.System())).Status.ShouldBe(ResultStatus.Forbidden);
    }
}
