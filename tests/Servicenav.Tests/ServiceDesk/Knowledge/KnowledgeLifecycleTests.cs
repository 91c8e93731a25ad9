using Servicenav.ServiceDesk.Domain.Knowledge;
using Servicenav.ServiceDesk.Features.Knowledge;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Knowledge;

/// <summary>An article's life through the use cases on both databases: draft, publish, new version, retire; who may do what.</summary>
public class KnowledgeLifecycleTests
{
    [Theory, AllDatabases]
    public async Task A_draft_is_seen_only_by_editors_until_it_is_published(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var id = await w.Write("Byta lösenord", "Gå till **självservice** och välj *Byt lösenord*.", publish: false);

        (await w.Send(new GetKnowledgeArticle(id), w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new ListKnowledgeArticles(), w.KarolinskaEmployee)).ShouldBeOk().ShouldBeEmpty();
        (await w.SearchTitles("lösenord", w.KarolinskaEmployee)).ShouldBeEmpty();
        var draft = (await w.Send(new GetKnowledgeArticle(id), w.ItAgent)).ShouldBeOk();
        (draft.Status, draft.Shown.State, draft.Abilities.CanPublish, draft.Abilities.CanRetire)
            .ShouldBe((KnowledgeArticleStatus.Draft, KnowledgeVersionState.Draft, true, false));

        (await w.Send(new PublishKnowledgeArticle(id), w.ItAgent)).ShouldBeOk();

        var read = (await w.Send(new GetKnowledgeArticle(id), w.KarolinskaEmployee)).ShouldBeOk();
        read.Shown.Html.ShouldContain("<strong>självservice</strong>");
        read.Abilities.ShouldBe(new KnowledgeArticleAbilities(CanEdit: false, CanPublish: false, CanRetire: false, CanGiveFeedback: true));
    }

    [Theory, AllDatabases]
    public async Task Editing_a_published_article_makes_a_new_draft_and_readers_keep_the_published_version_until_it_is_published(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var id = await w.Write("Koppla in dockningsstation", "Sätt i USB-C-kabeln.");

        (await w.Edit(id, "Koppla in dockningsstation", "Sätt i USB-C-kabeln och starta om datorn.")).ShouldBeOk();

        var reader = (await w.Send(new GetKnowledgeArticle(id), w.KarolinskaEmployee)).ShouldBeOk();
        (reader.Shown.Number, reader.Shown.Body).ShouldBe((1, "Sätt i USB-C-kabeln."));
        reader.Versions.Select(v => v.Number).ShouldBe([1], "a reader's history has no drafts");
        var editor = (await w.Send(new GetKnowledgeArticle(id), w.ItAgent)).ShouldBeOk();
        (editor.PublishedVersion, editor.DraftVersion).ShouldBe((1, 2));
        (await w.Send(new GetKnowledgeArticle(id, Version: 2), w.ItAgent)).ShouldBeOk().Shown.Body.ShouldContain("starta om");
        (await w.Send(new GetKnowledgeArticle(id, Version: 2), w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.NotFound);

        (await w.Edit(id, "Koppla in dockningsstationen", "Sätt i USB-C-kabeln och starta om datorn.")).ShouldBeOk();
        (await w.Send(new PublishKnowledgeArticle(id), w.ItAgent)).ShouldBeOk();

        var after = (await w.Send(new GetKnowledgeArticle(id), w.KarolinskaEmployee)).ShouldBeOk();
        (after.Shown.Number, after.Shown.Title).ShouldBe((2, "Koppla in dockningsstationen"), "the second edit changed the same draft");
        after.Versions.Select(v => (v.Number, v.State)).ShouldBe([(2, KnowledgeVersionState.Published), (1, KnowledgeVersionState.Superseded)]);
        var earlier = (await w.Send(new GetKnowledgeArticle(id, Version: 1), w.KarolinskaEmployee)).ShouldBeOk();
        (earlier.Shown.State, earlier.Shown.Body, earlier.Abilities.CanGiveFeedback).ShouldBe((KnowledgeVersionState.Superseded, "Sätt i USB-C-kabeln.", false));
    }

    [Theory, AllDatabases]
    public async Task Publish_needs_a_draft_and_only_a_published_article_is_retired_after_which_nobody_but_editors_finds_it(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var draft = await w.Write("Beställa mobiltelefon", "Beställ i e-handeln.", publish: false);
        (await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new RetireKnowledgeArticle(draft), w.ItAgent)))
            .Message.ShouldContain("Bara en publicerad artikel");
        var id = await w.Write("Ansöka om semester i självservice", "Välj Frånvaro och sedan Semester.");

        (await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new PublishKnowledgeArticle(id), w.ItAgent)))
            .Message.ShouldContain("inget utkast");
        (await w.Send(new RetireKnowledgeArticle(id), w.ItAgent)).ShouldBeOk();

        (await w.Send(new GetKnowledgeArticle(id), w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.SearchTitles("semester", w.KarolinskaEmployee)).ShouldBeEmpty();
        (await w.SearchTitles("semester", w.ItAgent)).ShouldBeEmpty("search is for published articles, also for editors");
        (await w.Send(new ListKnowledgeArticles(Status: KnowledgeArticleStatus.Retired), w.ItAgent)).ShouldBeOk()
            .Select(a => a.Title).ShouldBe(["Ansöka om semester i självservice"]);
        (await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new RetireKnowledgeArticle(id), w.ItAgent))).Message.ShouldContain("redan");

        (await w.Edit(id, "Ansöka om semester i självservice", "Välj Frånvaro, Semester och skicka.")).ShouldBeOk();
        (await w.Send(new PublishKnowledgeArticle(id), w.ItAgent)).ShouldBeOk();
        (await w.SearchTitles("semester", w.KarolinskaEmployee)).ShouldBe(["Ansöka om semester i självservice"], "republished after an edit");
    }

    [Theory, AllDatabases]
    public async Task Only_editors_write_publish_and_retire_and_services_must_be_in_the_catalogue(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var id = await w.Write("Byta lösenord", "Text.");

        (await w.Send(new CreateKnowledgeArticle { Title = "X", Body = "Y" }, w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.Forbidden);
        (await w.Send(new CreateKnowledgeArticle { Title = "X", Body = "Y" }, w.KarolinskaOrderer)).Status.ShouldBe(ResultStatus.Forbidden);
        (await w.Send(new EditKnowledgeArticle { Id = id, Title = "X", Body = "Y" }, w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.Forbidden);
        (await w.Send(new RetireKnowledgeArticle(id), w.SosEmployee)).Status.ShouldBe(ResultStatus.Forbidden);
        (await w.Send(new PublishKnowledgeArticle(Guid.NewGuid()), w.ItAgent)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new CreateKnowledgeArticle { Title = "X", Body = "Y" }, As.Admin)).Status.ShouldBe(ResultStatus.Ok);

        var unknown = await Should.ThrowAsync<ValidationFailedException>(() => w.Write("Fel tjänst", "Text.", services: ["finns_inte"]));
        unknown.Errors["serviceCodes"].ShouldHaveSingleItem().ShouldContain("finns_inte");
        var empty = await Should.ThrowAsync<ValidationFailedException>(() => w.Send(new CreateKnowledgeArticle { Title = " ", Body = "" }, w.ItAgent));
        empty.Errors.Keys.ShouldBe(["title", "body"], ignoreOrder: true);
    }
}
