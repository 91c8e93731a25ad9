using Servicenav.ServiceDesk.Domain.Knowledge;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Knowledge;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Knowledge;

/// <summary>
/// Swedish full-text search on both databases (PostgreSQL's <c>swedish</c> stemming, SQLite's FTS5 with prefix
/// terms): inflected forms find each other, the audience and the case visibility are never widened by the index.
/// </summary>
public class KnowledgeSearchTests
{
    [Theory, AllDatabases]
    public async Task Swedish_words_find_their_other_forms_in_titles_and_texts(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        await w.Write("Skrivaren skriver inte ut", "Kontrollera att skrivaren är påslagen och att pappret inte har fastnat.");
        await w.Write("Byt lösenord", "Öppna självservice och välj Byt lösenord.");
        await w.Write("Koppla in dockningsstation", "Anslut datorn med USB-C.");

        (await w.SearchTitles("skrivare", w.KarolinskaEmployee)).ShouldBe(["Skrivaren skriver inte ut"]);
        (await w.SearchTitles("lösenord", w.KarolinskaEmployee)).ShouldBe(["Byt lösenord"]);
        (await w.SearchTitles("Lösenordet", w.KarolinskaEmployee)).ShouldBe(["Byt lösenord"]);
        (await w.SearchTitles("dockningsstationen", w.KarolinskaEmployee)).ShouldBe(["Koppla in dockningsstation"]);
        (await w.SearchTitles("papper fastnat", w.KarolinskaEmployee)).ShouldBe(["Skrivaren skriver inte ut"], "a word of the body counts");
        (await w.SearchTitles("skrivare lösenord", w.KarolinskaEmployee)).ShouldBeEmpty("a search wants every word");
        (await w.SearchTitles("inte och \"; DROP TABLE", w.KarolinskaEmployee)).ShouldBeEmpty("stop words and punctuation match nothing");
        (await w.SearchTitles("sjukskrivning", w.KarolinskaEmployee)).ShouldBeEmpty();
    }

    [Theory, AllDatabases]
    public async Task The_best_match_comes_first_and_a_suggestion_needs_only_one_word(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        await w.Write("Felsökning av nätverk", "Om skrivaren inte svarar kan nätverket vara nere.");
        await w.Write("Skrivaren skriver inte ut", "Kontrollera att den är påslagen.");
        await w.Write("Byt lösenord", "Öppna självservice.");

        (await w.SearchTitles("skrivaren", w.ItAgent)).ShouldBe(["Skrivaren skriver inte ut", "Felsökning av nätverk"], "title before body");
        (await w.SuggestedTitles("Min skrivare på avdelning 12 krånglar", w.KarolinskaEmployee))
            .ShouldBe(["Skrivaren skriver inte ut", "Felsökning av nätverk"]);
        (await w.SuggestedTitles("Har glömt lösen", w.KarolinskaEmployee)).ShouldBe(["Byt lösenord"], "the word being typed is a prefix");
        (await w.SuggestedTitles("", w.KarolinskaEmployee)).ShouldBeEmpty();
    }

    [Theory, AllDatabases]
    public async Task A_suggestion_prefers_the_chosen_services_articles_and_without_words_lists_them(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        await w.Write("Byt lösenord i journalsystemet", "Lösenordet byts i journalen.");
        await w.Write("Byt lösenord på datorn", "Tryck Ctrl+Alt+Del.", services: ["it_arbetsplats"]);

        (await w.SuggestedTitles("lösenord", w.KarolinskaEmployee, "it_arbetsplats"))
            .ShouldBe(["Byt lösenord på datorn", "Byt lösenord i journalsystemet"]);
        (await w.SuggestedTitles("", w.KarolinskaEmployee, "it_arbetsplats")).ShouldBe(["Byt lösenord på datorn"]);
        var row = (await w.Send(new ListKnowledgeArticles("it_arbetsplats"), w.KarolinskaEmployee)).ShouldBeOk().ShouldHaveSingleItem();
        row.Services.ShouldBe([new KnowledgeServiceRef("it_arbetsplats", "It-arbetsplats")]);
    }

    [Theory, AllDatabases]
    public async Task An_agents_only_article_is_never_shown_to_an_employee_or_orderer(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var id = await w.Write("Felsökning skrivarkö", "Starta om spoolern på skrivarservern.", KnowledgeAudience.AgentsOnly);

        foreach (var reader in new[] { w.KarolinskaEmployee, w.KarolinskaOrderer, w.SosEmployee })
        {
            (await w.SearchTitles("skrivarkö", reader)).ShouldBeEmpty();
            (await w.SuggestedTitles("skrivarkö spooler", reader)).ShouldBeEmpty();
            (await w.Send(new ListKnowledgeArticles(), reader)).ShouldBeOk().ShouldBeEmpty();
            (await w.Send(new GetKnowledgeArticle(id), reader)).Status.ShouldBe(ResultStatus.NotFound);
            (await w.Send(new GetKnowledgeArticle(id, Version: 1), reader)).Status.ShouldBe(ResultStatus.NotFound);
            (await w.Send(new GiveKnowledgeFeedback(id, true), reader)).Status.ShouldBe(ResultStatus.NotFound);
        }

        (await w.SearchTitles("skrivarkö", w.FirstLineAgent)).ShouldBe(["Felsökning skrivarkö"]);
        (await w.SuggestedTitles("skrivarkön står still", w.LoneAgent)).ShouldBe(["Felsökning skrivarkö"], "every agent reads agents-only articles");

        (await w.Edit(id, "Felsökning skrivarkö", "Nu för alla.", KnowledgeAudience.Everyone)).ShouldBeOk();
        (await w.Send(new PublishKnowledgeArticle(id), w.ItAgent)).ShouldBeOk();
        (await w.SearchTitles("skrivarkö", w.KarolinskaEmployee)).ShouldBe(["Felsökning skrivarkö"]);
        (await w.Send(new GetKnowledgeArticle(id, Version: 1), w.KarolinskaEmployee)).Status
            .ShouldBe(ResultStatus.NotFound, "the earlier version was for agents only");
    }

    [Theory, AllDatabases]
    public async Task Case_search_through_the_full_text_index_keeps_to_the_cases_a_person_may_see(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var karolinska = await w.Raise(w.KarolinskaEmployee, "Skrivaren skriver inte ut");
        var colleague = await w.Raise(w.KarolinskaColleague, "Skrivarna på plan 3 står still");
        var sos = await w.Raise(w.SosEmployee, "Skrivaren på akuten skriver inte");
        await w.Raise(w.SosEmployee, "Lösenordet har gått ut");

        async Task<IReadOnlyList<string>> Found(string search, Access.UserContext user) =>
            (await w.Send(new ListCases(CaseListView.All, CaseStateFilter.Any, Search: search), user)).ShouldBeOk().Rows.Select(r => r.Number).Order().ToList();

        (await Found("skrivare", w.KarolinskaEmployee)).ShouldBe([karolinska.Number]);
        (await Found("skrivare", w.KarolinskaOrderer)).ShouldBe([karolinska.Number, colleague.Number]);
        (await Found("skrivare", w.SosOrderer)).ShouldBe([sos.Number]);
        (await Found("skrivare", w.LoneAgent)).ShouldBeEmpty();
        (await Found("skrivare", w.FirstLineAgent)).ShouldBe([karolinska.Number, colleague.Number, sos.Number]);
        (await Found("akuten skrivaren", w.FirstLineAgent)).ShouldBe([sos.Number]);
        (await Found("Mia", w.FirstLineAgent)).ShouldBe([karolinska.Number], "the requester's name is searched too");

        var agent = (await w.Send(new SearchKnowledge("skrivarna plan"), w.FirstLineAgent)).ShouldBeOk();
        agent.Cases!.Select(c => c.Number).ShouldBe([colleague.Number]);
        (await w.Send(new SearchKnowledge(sos.Number), w.FirstLineAgent)).ShouldBeOk().Cases!.ShouldHaveSingleItem().Number.ShouldBe(sos.Number);
        (await w.Send(new SearchKnowledge("skrivare"), w.ItAgent)).ShouldBeOk().Cases!.Select(c => c.Number)
            .ShouldBe([karolinska.Number, colleague.Number, sos.Number], ignoreOrder: true, "all three went to the IT group's queue");
        (await w.Send(new SearchKnowledge("skrivare"), w.LoneAgent)).ShouldBeOk().Cases.ShouldBeEmpty();
        (await w.Send(new SearchKnowledge("skrivare"), w.KarolinskaEmployee)).ShouldBeOk().Cases.ShouldBeNull("employees search articles only");
    }

    [Theory, AllDatabases]
    public async Task An_agents_case_search_finds_whole_words_names_and_a_word_still_being_typed(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var printer = await w.Raise(w.KarolinskaEmployee, "Skrivaren på plan 2 skriver inte");
        var queue = await w.Raise(w.SosEmployee, "Skrivarkön hänger sig");

        async Task<IReadOnlyList<string>> Found(string search) =>
            (await w.Send(new SearchKnowledge(search), w.FirstLineAgent)).ShouldBeOk().Cases!.Select(c => c.Number).Order().ToList();

        (await Found("Mia")).ShouldBe([printer.Number], "the requester's name, word for word");
        (await Found("skrivark")).ShouldBe([queue.Number], "no whole word matches, so the word is taken as a prefix");
        (await Found("skrivare")).ShouldBe(db == DatabaseKind.Postgres ? [printer.Number] : new[] { printer.Number, queue.Number }.Order().ToList(),
            "PostgreSQL prefers the word's own forms when there are any (its index answers those without scanning every word "
            + "that starts so); SQLite's FTS5 takes every word as a prefix");
    }
}
