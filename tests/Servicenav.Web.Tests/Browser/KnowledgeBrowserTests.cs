using Microsoft.Playwright;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>The knowledge base as people use it: a suggestion while writing a case, reading the article, answering that it helped.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KnowledgeBrowserTests(BrowserFixture browser, DemoAppFixture app)
{
    [Fact]
    public async Task An_employee_typing_a_case_gets_a_suggested_article_opens_it_and_answers_that_it_solved_the_problem()
    {
        var employee = await browser.NewPageAsync(app.BaseUrl);
        await employee.SignInAsync("medarbetare.karolinska");
        await employee.GotoInteractiveAsync("/arenden/nytt");

        await employee.GetByLabel("Rubrik").PressSequentiallyAsync("Skrivaren på avdelningen skriver inte");
        var suggestions = employee.GetByTestId("knowledge-suggestions");
        var suggested = suggestions.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Skrivaren skriver inte ut") });
        await Assertions.Expect(suggested).ToBeVisibleAsync();
        await Assertions.Expect(suggestions.GetByText("Felsökning skrivarkö")).ToHaveCountAsync(0);
        await employee.ShouldHaveNoAxeViolationsAsync();

        var article = await employee.Context.RunAndWaitForPageAsync(() => suggested.ClickAsync());
        await article.WaitForInteractiveAsync();
        await Assertions.Expect(article.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Skrivaren skriver inte ut");
        await Assertions.Expect(article.GetByTestId("article-body").GetByRole(AriaRole.Heading, new() { Name = "Prova först" })).ToBeVisibleAsync();
        await article.ShouldHaveNoAxeViolationsAsync();
        await article.GetByRole(AriaRole.Button, new() { Name = "Ja, det löste mitt problem" }).ClickAsync();

        await Assertions.Expect(article.GetByRole(AriaRole.Status).Filter(new() { HasText = "Tack för ditt svar!" })).ToBeVisibleAsync();
        await Assertions.Expect(article.GetByTestId("feedback-counts")).ToHaveTextAsync("1 har svarat ja och 0 nej för den här versionen.");
        await Assertions.Expect(article.GetByRole(AriaRole.Button, new() { Name = "Ja, det löste mitt problem" })).ToHaveCountAsync(0);
        await article.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task The_search_page_finds_articles_for_an_employee_and_cases_too_for_an_agent()
    {
        var employee = await browser.NewPageAsync(app.BaseUrl);
        await employee.SignInAsync("medarbetare.karolinska");
        await employee.GotoInteractiveAsync("/kunskap");
        await Assertions.Expect(employee.GetByRole(AriaRole.Link, new() { Name = "Byta lösenord" })).ToBeVisibleAsync();
        await Assertions.Expect(employee.GetByRole(AriaRole.Link, new() { Name = "Felsökning skrivarkö" })).ToHaveCountAsync(0);
        await employee.ShouldHaveNoAxeViolationsAsync();

        await employee.GetByLabel("Sök i kunskapsbanken").FillAsync("lösenordet");
        await employee.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();
        await employee.WaitForURLAsync(url => url.Contains("q=l", StringComparison.Ordinal));
        await Assertions.Expect(employee.GetByRole(AriaRole.Link, new() { Name = "Byta lösenord" })).ToBeVisibleAsync();
        await Assertions.Expect(employee.GetByRole(AriaRole.Heading, new() { Name = "Ärenden" })).ToHaveCountAsync(0);
        await employee.ShouldHaveNoAxeViolationsAsync();

        var agent = await browser.NewPageAsync(app.BaseUrl);
        await agent.SignInAsync("handlaggare");
        await agent.GotoInteractiveAsync("/kunskap?q=skrivaren");
        await Assertions.Expect(agent.GetByRole(AriaRole.Link, new() { Name = "Felsökning skrivarkö" })).ToBeVisibleAsync();
        await Assertions.Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Ärenden" })).ToBeVisibleAsync();
        await Assertions.Expect(agent.GetByRole(AriaRole.Row).Filter(new() { HasText = "Skrivaren på avdelning 12 skriver inte ut" })).ToBeVisibleAsync();
        await agent.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task An_agent_sees_knowledge_suggestions_on_the_case_page()
    {
        var agent = await browser.NewPageAsync(app.BaseUrl);
        await agent.SignInAsync("handlaggare");
        await agent.GotoInteractiveAsync("/kunskap?q=skrivaren");
        await agent.GetByRole(AriaRole.Row).Filter(new() { HasText = "Skrivaren på avdelning 12 skriver inte ut" }).GetByRole(AriaRole.Link).ClickAsync();

        var panel = agent.GetByTestId("knowledge-case-suggestions");
        await Assertions.Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Förslag från kunskapsbanken" })).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByRole(AriaRole.Link, new() { Name = "Skrivaren skriver inte ut" })).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByRole(AriaRole.Link, new() { Name = "Felsökning skrivarkö" })).ToBeVisibleAsync();
        await agent.ShouldHaveNoAxeViolationsAsync();
    }
}
