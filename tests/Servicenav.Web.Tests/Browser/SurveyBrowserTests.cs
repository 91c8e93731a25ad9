using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Servicenav.Web.Hosting;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>
/// The end-user survey as people meet it: the agent solves an employee's case, the employee opens the link without
/// signing in, answers, and opening it again is refused; the results page shows the figures.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SurveyBrowserTests(BrowserFixture browser, DemoAppFixture app)
{
    private async Task<string> RaiseAsEmployee(string subject)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var login = await http.PostAsJsonAsync("/api/auth/token", new { userName = "medarbetare.karolinska", password = DemoSeeder.Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var created = await http.PostAsJsonAsync("/api/cases", new
        {
            type = "FaultReport", subject, description = "Skärmen blinkar när dockan är ansluten.", serviceCode = "it_arbetsplats",
        });
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
    }

    [Fact]
    public async Task The_requester_answers_the_survey_link_without_signing_in_and_a_second_visit_is_refused()
    {
        var subject = "Skärmen blinkar " + Guid.NewGuid().ToString("N")[..6];
        var number = await RaiseAsEmployee(subject);

        var agent = await browser.NewPageAsync(app.BaseUrl);
        await agent.SignInAsync("agare");
        await agent.GotoInteractiveAsync($"/arenden/{number}");
        await agent.ChooseOptionAsync("Felorsak", "Hårdvarufel");
        await agent.GetByLabel("Lösning").FillAsync("Bytte skärmkabel.");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Lös ärendet" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("case-status")).ToHaveTextAsync("Löst");
        // The test hook: the default notifier writes the link in the staff-only history (with e-mail it goes in the message).
        var note = agent.GetByText(new Regex("Enkät om kontakten skickad till"));
        await Assertions.Expect(note).ToBeVisibleAsync();
        var link = LinkPattern().Match(await note.InnerTextAsync()).Value;
        link.ShouldNotBeEmpty();

        var requester = await browser.NewPageAsync(app.BaseUrl);
        var opened = await requester.GotoAsync(link);
        opened!.Status.ShouldBe(200);
        (await requester.Context.CookiesAsync()).ShouldNotContain(c => c.Name == "servicenav", "nobody signed in");
        await Assertions.Expect(requester.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hur gick din kontakt med kundtjänsten?");
        await Assertions.Expect(requester.GetByText($"Enkäten gäller ärende {number}: {subject}")).ToBeVisibleAsync();
        await requester.ShouldHaveNoAxeViolationsAsync();

        // No cookie is needed: the framework offers an antiforgery cookie, and the answers go without it.
        await requester.Context.ClearCookiesAsync();
        await requester.GetByRole(AriaRole.Button, new() { Name = "Skicka svaret" }).ClickAsync();
        await Assertions.Expect(requester.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Svaret skickades inte. Rätta det som är markerat nedan.");
        await Assertions.Expect(requester.GetByText("Svara ja eller nej på om problemet blev löst.")).ToBeVisibleAsync();
        await requester.ShouldHaveNoAxeViolationsAsync();

        await requester.GetByRole(AriaRole.Group, new() { Name = "Blev ditt problem löst?" }).GetByLabel("Ja").CheckAsync();
        await requester.GetByLabel("4 – Bra").CheckAsync();
        await requester.GetByLabel("Kommentar (frivillig)").FillAsync("Snabbt och vänligt.");
        await requester.Context.ClearCookiesAsync();
        await requester.GetByRole(AriaRole.Button, new() { Name = "Skicka svaret" }).ClickAsync();
        await Assertions.Expect(requester.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tack för ditt svar!");
        await Assertions.Expect(requester.GetByRole(AriaRole.Status)).ToContainTextAsync("Ditt svar är sparat.");
        await requester.ShouldHaveNoAxeViolationsAsync();

        await requester.GotoAsync(link);
        await Assertions.Expect(requester.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Enkäten är redan besvarad");
        (await requester.GetByRole(AriaRole.Button, new() { Name = "Skicka svaret" }).CountAsync()).ShouldBe(0);
        await requester.ShouldHaveNoAxeViolationsAsync();
        await requester.GotoAsync("/enkat/" + new string('x', 43));
        await Assertions.Expect(requester.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Enkäten hittades inte");
    }

    [Fact]
    public async Task The_customers_orderer_sees_its_own_survey_results_with_a_chart_and_tables()
    {
        var orderer = await browser.NewPageAsync(app.BaseUrl);
        await orderer.SignInAsync("bestallare.karolinska");
        await orderer.GotoInteractiveAsync("/enkater");

        await Assertions.Expect(orderer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Enkätresultat");
        await Assertions.Expect(orderer.GetByRole(AriaRole.Heading, new() { Name = "Per tjänst" })).ToBeVisibleAsync();
        await Assertions.Expect(orderer.GetByRole(AriaRole.Heading, new() { Name = "Per kund" })).ToHaveCountAsync(0);
        (await orderer.GetByText("Södersjukhuset AB").CountAsync()).ShouldBe(0, "another customer's results never show");
        await Assertions.Expect(orderer.Locator(".mud-chart svg").First).ToBeVisibleAsync();
        await orderer.ShouldHaveNoAxeViolationsAsync();

        var staff = await browser.NewPageAsync(app.BaseUrl);
        await staff.SignInAsync("controller");
        await staff.GotoInteractiveAsync("/enkater");
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Per kund" })).ToBeVisibleAsync();
        await staff.ChooseOptionAsync("Kund", "Södersjukhuset AB");
        await Assertions.Expect(staff.Locator("#by-customer + div tbody th")).ToHaveTextAsync(["Södersjukhuset AB"]);
        await staff.ShouldHaveNoAxeViolationsAsync();
    }

    [GeneratedRegex("/enkat/[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();
}
