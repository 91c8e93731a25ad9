using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>Attachments on the case page: the employee attaches a file to their own case, the agent sees it and downloads it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseAttachmentBrowserTests(BrowserFixture browser, DemoAppFixture app)
{
    [Fact]
    public async Task An_employee_attaches_a_file_to_their_case_and_the_agent_sees_and_downloads_it()
    {
        var subject = "Skrivaren visar felkod " + Guid.NewGuid().ToString("N")[..6];
        var employee = await browser.NewPageAsync(app.BaseUrl);
        await employee.SignInAsync("medarbetare.karolinska");
        await employee.GotoInteractiveAsync("/arenden/nytt");
        await employee.ChooseOptionAsync("Typ av ärende", "Felanmälan");
        await employee.ChooseOptionAsync("Tjänst", "It-arbetsplats");
        await employee.GetByLabel("Rubrik").FillAsync(subject);
        await employee.GetByLabel("Beskrivning").FillAsync("Felkoden står i bilagan.");
        await employee.GetByRole(AriaRole.Button, new() { Name = "Skicka ärendet" }).ClickAsync();
        await employee.WaitForURLAsync(new Regex(@"/arenden/KT-\d{4}-\d{6}"));
        var caseUrl = new Uri(employee.Url).AbsolutePath;

        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% felkod E-42\n%%EOF\n");
        await employee.GetByLabel("Välj fil att bifoga").SetInputFilesAsync(new FilePayload { Name = "felkod.pdf", MimeType = "application/pdf", Buffer = pdf });
        await Assertions.Expect(employee.GetByRole(AriaRole.Status).Filter(new() { HasText = "”felkod.pdf” är bifogad." })).ToBeVisibleAsync();
        await Assertions.Expect(employee.GetByRole(AriaRole.Link, new() { Name = "Ladda ner felkod.pdf" })).ToBeVisibleAsync();
        await employee.ShouldHaveNoAxeViolationsAsync();

        await employee.GetByLabel("Välj fil att bifoga").SetInputFilesAsync(new FilePayload
        {
            Name = "verktyg.exe", MimeType = "application/octet-stream", Buffer = Encoding.ASCII.GetBytes("MZ"),
        });
        await Assertions.Expect(employee.GetByRole(AriaRole.Alert)).ToContainTextAsync("Filen ”verktyg.exe” togs inte emot");
        await employee.ShouldHaveNoAxeViolationsAsync();

        var agent = await browser.NewPageAsync(app.BaseUrl);
        await agent.SignInAsync("agare");
        await agent.GotoInteractiveAsync(caseUrl);
        var link = agent.GetByRole(AriaRole.Link, new() { Name = "Ladda ner felkod.pdf" });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await Assertions.Expect(agent.GetByTestId("attachment-row")).ToContainTextAsync("Kalle Nyström");
        await agent.ShouldHaveNoAxeViolationsAsync();

        var download = await agent.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        download.SuggestedFilename.ShouldBe("felkod.pdf");
        var saved = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".pdf");
        await download.SaveAsAsync(saved);
        (await File.ReadAllBytesAsync(saved)).ShouldBe(pdf);
        File.Delete(saved);
    }
}
