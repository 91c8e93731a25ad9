using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>
/// Problem records and mail to requesters as people use them: the service owner makes a problem of a recurring root
/// cause and gives its workaround to the linked cases; an agent answers a case that came in by e-mail and the answer
/// goes out as mail. Both write data, so each runs on its own app.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProblemBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_service_owner_makes_a_problem_of_a_recurring_cause_and_its_workaround_shows_on_the_linked_cases()
    {
        using var own = DemoAppFixture.StartIsolated();
        var owner = await browser.NewPageAsync(own.BaseUrl);
        await owner.SignInAsync("agare");
        await owner.GotoInteractiveAsync("/problem");
        var recurring = owner.GetByRole(AriaRole.Table, new() { Name = "Återkommande felorsaker" });
        await Assertions.Expect(recurring.GetByRole(AriaRole.Row).Filter(new() { HasText = "Användarfel eller kunskapsbrist" })).ToBeVisibleAsync();
        await Assertions.Expect(owner.GetByRole(AriaRole.Combobox, new() { Name = "Ägande lösargrupp" })).ToHaveValueAsync("It-support");
        await owner.ShouldHaveNoAxeViolationsAsync();

        await owner.GetByRole(AriaRole.Button, new() { Name = "Skapa problem av Användarfel eller kunskapsbrist" }).ClickAsync();

        await owner.WaitForURLAsync(new Regex(@"/problem/PR-\d{4}-\d{4}"));
        await Assertions.Expect(owner.GetByRole(AriaRole.Status)).ToContainTextAsync("kopplade ärenden");
        await Assertions.Expect(owner.GetByTestId("problem-status")).ToHaveTextAsync("Registrerat");
        var linked = owner.GetByRole(AriaRole.Table, new() { Name = "Ärenden kopplade till problemet" }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^KT-") });
        await Assertions.Expect(linked.First).ToBeVisibleAsync();
        (await linked.CountAsync()).ShouldBeGreaterThanOrEqualTo(3, "the recurring cause had at least three cases, all linked in the same step");
        var caseNumber = (await linked.First.TextContentAsync())!.Trim();
        await owner.ShouldHaveNoAxeViolationsAsync();

        await owner.ChooseOptionAsync("Ny status", "Under utredning");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Spara status" }).ClickAsync();
        await Assertions.Expect(owner.GetByTestId("problem-status")).ToHaveTextAsync("Under utredning");
        await owner.ChooseOptionAsync("Ny status", "Känt fel");
        await owner.GetByLabel("Tillfällig lösning (krävs för känt fel)").FillAsync("Logga ut och in igen, välj sedan rätt profil i inloggningsrutan.");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Spara status" }).ClickAsync();
        await Assertions.Expect(owner.GetByTestId("problem-status")).ToHaveTextAsync("Känt fel");
        await Assertions.Expect(owner.GetByTestId("problem-workaround")).ToHaveTextAsync("Logga ut och in igen, välj sedan rätt profil i inloggningsrutan.");
        await owner.ShouldHaveNoAxeViolationsAsync();

        await owner.GotoInteractiveAsync($"/arenden/{caseNumber}");
        await Assertions.Expect(owner.GetByTestId("case-problem")).ToContainTextAsync("Användarfel eller kunskapsbrist (Känt fel)");
        await Assertions.Expect(owner.GetByTestId("case-problem-workaround")).ToHaveTextAsync("Logga ut och in igen, välj sedan rätt profil i inloggningsrutan.");
        await owner.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task An_agent_answers_a_case_that_came_in_by_email_and_the_answer_goes_out_as_mail_without_the_internal_note()
    {
        using var own = DemoAppFixture.StartIsolated(new Dictionary<string, string?>
        {
            ["ServiceDesk:Mail:PollSeconds"] = "1",
            ["ServiceDesk:Mail:Outbound:PollSeconds"] = "1",
        });
        var subject = "Kommer inte åt lönebeskedet " + Guid.NewGuid().ToString("N")[..6];
        DropInboundMail(own.InboundMailFolder, subject, "Hej! Jag får ett felmeddelande när jag öppnar lönebeskedet i självservice. /Kalle");

        var agent = await browser.NewPageAsync(own.BaseUrl);
        await agent.SignInAsync("handlaggare");
        var row = agent.GetByRole(AriaRole.Row).Filter(new() { HasText = subject });
        for (var attempt = 1; ; attempt++)
        {
            await agent.GotoInteractiveAsync("/arenden");
            try
            {
                await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 3_000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 20)
            {
                // The mailbox is read once a second: look at the queue again.
            }
        }

        await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^KT-") }).ClickAsync();
        await agent.WaitForURLAsync(new Regex(@"/arenden/KT-\d{4}-\d{6}"));
        await agent.WaitForInteractiveAsync();
        var caseNumber = new Uri(agent.Url).AbsolutePath.Split('/')[^1];
        await Assertions.Expect(agent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(subject);
        await Assertions.Expect(agent.Locator("dd").Filter(new() { HasTextRegex = new Regex("^E-post$") })).ToBeVisibleAsync();

        const string note = "Internt: kolla om lönesystemet har driftstörning.";
        const string reply = "Hej Kalle! Prova att rensa webbläsarens cache och öppna lönebeskedet igen.";
        await agent.GetByRole(AriaRole.Checkbox, new() { Name = "Intern anteckning" }).CheckAsync();
        await agent.GetByLabel("Intern anteckning (syns inte för anmälaren)").FillAsync(note);
        await agent.GetByRole(AriaRole.Button, new() { Name = "Skicka", Exact = true }).ClickAsync();
        await Assertions.Expect(agent.GetByText(note)).ToBeVisibleAsync();
        await agent.GetByRole(AriaRole.Checkbox, new() { Name = "Intern anteckning" }).UncheckAsync();
        await agent.GetByLabel("Svar till anmälaren").FillAsync(reply);
        await agent.GetByRole(AriaRole.Button, new() { Name = "Skicka", Exact = true }).ClickAsync();
        await Assertions.Expect(agent.GetByText(reply)).ToBeVisibleAsync();
        await agent.ShouldHaveNoAxeViolationsAsync();

        var sent = await WaitForMailAsync(own.OutboundMailFolder, m => m.TextBody?.Contains(reply, StringComparison.Ordinal) == true);

        (sent.Subject ?? "").ShouldContain($"[{caseNumber}]");
        sent.To.Mailboxes.Single().Address.ShouldBe("medarbetare.karolinska@demo.servicenav.se");
        var everything = Directory.GetFiles(own.OutboundMailFolder, "*.eml").Select(f => MimeMessage.Load(f)).ToList();
        everything.ShouldNotContain(m => (m.TextBody ?? "").Contains("lönesystemet har driftstörning", StringComparison.Ordinal), "an internal note never becomes mail");
        everything.Count(m => (m.Subject ?? "").Contains($"[{caseNumber}]", StringComparison.Ordinal)).ShouldBe(2, "the receipt and the reply");

        // Everything went out: the outbox the agent checks for requesters who never got mail says so.
        await agent.GotoInteractiveAsync("/arenden/utkorg");
        await Assertions.Expect(agent.GetByRole(AriaRole.Status)).ToHaveTextAsync("All e-post till anmälare har gått fram.");
        await agent.ShouldHaveNoAxeViolationsAsync();
    }

    /// <summary>Puts an .eml from Kalle (a known contact) in the mailbox's drop folder, written a minute ago so the intake takes it at once.</summary>
    private static void DropInboundMail(string folder, string subject, string text)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Kalle Nyström", "medarbetare.karolinska@demo.servicenav.se"));
        message.To.Add(new MailboxAddress("Kundtjänsten", "kundtjanst@demo.servicenav.se"));
        message.Subject = subject;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("demo.region.se");
        message.Date = DateTimeOffset.UtcNow;
        message.Body = new TextPart("plain") { Text = text };
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "in-" + Guid.NewGuid().ToString("N") + ".eml.tmp");
        message.WriteTo(temporary);
        File.SetLastWriteTimeUtc(temporary, DateTime.UtcNow.AddMinutes(-1)); // past the drop folder's settle time
        File.Move(temporary, Path.ChangeExtension(temporary, null));
    }

    /// <summary>Waits (on the folder's change events, at most a minute) for a mail in the outbound drop folder that matches.</summary>
    private static async Task<MimeMessage> WaitForMailAsync(string folder, Func<MimeMessage, bool> match)
    {
        Directory.CreateDirectory(folder);
        using var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(folder);
        watcher.Created += (_, _) => changed.Release();
        watcher.Renamed += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (true)
        {
            var found = Directory.GetFiles(folder, "*.eml").Select(f => MimeMessage.Load(f)).FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new ShouldAssertException($"No matching mail was written to {folder} within a minute; it holds {Directory.GetFiles(folder).Length} files.");
            }
        }
    }
}
