using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>One way in as people use it: an employee raises a case in the portal, the IT group answers, the case is solved and closed, and the employee answers the survey.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ServiceDeskBrowserTests(BrowserFixture browser, DemoAppFixture app)
{
    [Fact]
    public async Task An_employee_raises_a_case_the_agent_answers_and_solves_and_the_employee_confirms()
    {
        var subject = "Dockningsstationen laddar inte " + Guid.NewGuid().ToString("N")[..6];
        var employee = await browser.NewPageAsync(app.BaseUrl);
        await employee.SignInAsync("medarbetare.karolinska");
        await employee.GotoInteractiveAsync("/arenden/nytt");
        await employee.ChooseOptionAsync("Typ av ärende", "Felanmälan");
        await employee.ChooseOptionAsync("Tjänst", "It-arbetsplats");
        await employee.GetByLabel("Rubrik").FillAsync(subject);
        await employee.GetByLabel("Beskrivning").FillAsync("Datorn laddar inte när den sitter i dockan.");
        await employee.GetByLabel("Bifoga filer (valfritt)").SetInputFilesAsync(new FilePayload
        {
            Name = "felmeddelande.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% dockan E-17\n%%EOF\n"),
        });
        await Assertions.Expect(employee.GetByRole(AriaRole.List, new() { Name = "Valda filer" })).ToContainTextAsync("felmeddelande.pdf");
        await employee.ShouldHaveNoAxeViolationsAsync();
        await employee.GetByRole(AriaRole.Button, new() { Name = "Skicka ärendet" }).ClickAsync();

        await employee.WaitForURLAsync(new Regex(@"/arenden/KT-\d{4}-\d{6}"));
        var caseUrl = new Uri(employee.Url).AbsolutePath;
        await Assertions.Expect(employee.GetByRole(AriaRole.Link, new() { Name = "Ladda ner felmeddelande.pdf" })).ToBeVisibleAsync();
        await Assertions.Expect(employee.GetByRole(AriaRole.Status).Filter(new() { HasText = "har gått till It-support" })).ToBeVisibleAsync();
        await Assertions.Expect(employee.GetByTestId("case-status")).ToHaveTextAsync("Ny");
        await employee.ShouldHaveNoAxeViolationsAsync();

        var agent = await browser.NewPageAsync(app.BaseUrl);
        await agent.SignInAsync("agare");
        await agent.GotoInteractiveAsync("/arenden");
        await agent.ShouldHaveNoAxeViolationsAsync();
        await agent.GetByRole(AriaRole.Link, new() { Name = caseUrl.Split('/')[^1] }).ClickAsync();
        await Assertions.Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Anmälaren" })).ToBeVisibleAsync();
        await Assertions.Expect(agent.GetByText("Karolinska Universitetssjukhuset").First).ToBeVisibleAsync();
        await agent.GetByLabel("Svar till anmälaren").FillAsync("Vilken modell har dockan?");
        await agent.ChooseOptionAsync("Ny status efter svaret", "Väntar på beställare");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Skicka", Exact = true }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("case-status")).ToHaveTextAsync("Väntar på beställare");
        await Assertions.Expect(agent.GetByTestId("sla-Response")).ToHaveTextAsync("Uppfylld");
        await Assertions.Expect(agent.GetByTestId("sla-Resolution")).ToHaveTextAsync("Pausad");
        await agent.ShouldHaveNoAxeViolationsAsync();

        await employee.GotoInteractiveAsync(caseUrl);
        await Assertions.Expect(employee.GetByText("Vilken modell har dockan?")).ToBeVisibleAsync();
        await employee.GetByLabel("Ditt meddelande").FillAsync("Det är en Dell WD19.");
        await employee.GetByRole(AriaRole.Button, new() { Name = "Skicka", Exact = true }).ClickAsync();
        await Assertions.Expect(employee.GetByTestId("case-status")).ToHaveTextAsync("Pågående");

        await agent.GotoInteractiveAsync(caseUrl);
        await agent.ChooseOptionAsync("Felorsak", "Hårdvarufel");
        await agent.GetByLabel("Lösning").FillAsync("Bytte nätadapter till dockan.");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Lös ärendet" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("case-status")).ToHaveTextAsync("Löst");

        await employee.GotoInteractiveAsync(caseUrl);
        await employee.GetByRole(AriaRole.Button, new() { Name = "Bekräfta att det är löst" }).ClickAsync();
        await Assertions.Expect(employee.GetByTestId("case-status")).ToHaveTextAsync("Stängt");
        await Assertions.Expect(employee.GetByText("Bytte nätadapter till dockan.")).ToBeVisibleAsync();
        await employee.ShouldHaveNoAxeViolationsAsync();

        // After the contact: the survey link the requester was sent (the agent sees it in the staff-only history).
        await agent.GotoInteractiveAsync(caseUrl);
        var sent = agent.GetByText(new Regex("Enkät om kontakten skickad till"));
        await Assertions.Expect(sent).ToBeVisibleAsync();
        var link = SurveyLink().Match(await sent.InnerTextAsync()).Value;
        await employee.GotoAsync(link);
        await employee.GetByRole(AriaRole.Group, new() { Name = "Blev ditt problem löst?" }).GetByLabel("Ja").CheckAsync();
        await employee.GetByLabel("5 – Mycket bra").CheckAsync();
        await employee.GetByRole(AriaRole.Button, new() { Name = "Skicka svaret" }).ClickAsync();
        await Assertions.Expect(employee.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tack för ditt svar!");
    }

    [Fact]
    public async Task An_agent_registers_a_phone_call_after_looking_up_the_caller_by_phone_number()
    {
        var agent = await browser.NewPageAsync(app.BaseUrl);
        await agent.SignInAsync("handlaggare");
        await agent.GotoInteractiveAsync("/arenden/samtal");
        await agent.GetByLabel("Sök uppringare").FillAsync("08-616 100 01");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Välj Sam Wik" }).ClickAsync();
        await Assertions.Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("Sam Wik, Södersjukhuset AB");

        var subject = "Kan inte logga in i Take Care " + Guid.NewGuid().ToString("N")[..6];
        await agent.ChooseOptionAsync("Typ av ärende", "Felanmälan");
        await agent.GetByLabel("Rubrik").FillAsync(subject);
        await agent.GetByLabel("Beskrivning").FillAsync("Ringde från akuten, felmeddelande om utgånget certifikat.");
        await agent.ShouldHaveNoAxeViolationsAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Registrera ärendet" }).ClickAsync();

        await agent.WaitForURLAsync(new Regex(@"/arenden/KT-\d{4}-\d{6}"));
        await Assertions.Expect(agent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(subject);
        await Assertions.Expect(agent.GetByText("Telefon", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Anmälaren" })).ToBeVisibleAsync();
        await agent.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Another_customers_case_page_is_not_found()
    {
        var employee = await browser.NewPageAsync(app.BaseUrl);
        await employee.SignInAsync("medarbetare.karolinska");
        await employee.GotoInteractiveAsync("/arenden");
        var own = await employee.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^KT-") }).First.TextContentAsync();

        var outsider = await browser.NewPageAsync(app.BaseUrl);
        await outsider.SignInAsync("bestallare.sos");
        var response = await outsider.GotoAsync($"/arenden/{own}");

        response!.Status.ShouldBe(404);
        await Assertions.Expect(outsider.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sidan hittades inte");
    }

    [GeneratedRegex(@"/enkat/[A-Za-z0-9_-]+")]
    private static partial Regex SurveyLink();
}
