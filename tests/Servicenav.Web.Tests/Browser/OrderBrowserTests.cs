using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>
/// A standard order as people make it: an employee orders an access right on its form, the customer's Beställare approves
/// it, it is granted automatically with a log on the case, and the controller finds its usage row for the month.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OrderBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_employee_orders_an_access_right_the_orderer_approves_it_and_it_is_fulfilled_and_charged()
    {
        using var app = DemoAppFixture.StartIsolated(); // adds usage to the current month: not on the shared demo
        var motivation = "Ny i rehabteamet " + Guid.NewGuid().ToString("N")[..6];

        var employee = await browser.NewPageAsync(app.BaseUrl);
        await employee.SignInAsync("medarbetare.karolinska");
        await employee.GotoInteractiveAsync("/bestall");
        await employee.GetByRole(AriaRole.Link, new() { Name = "Behörighet till system" }).ClickAsync();
        await employee.WaitForURLAsync("**/bestall/identitet_behorighet_ad");
        await employee.WaitForInteractiveAsync();
        await Assertions.Expect(employee.GetByRole(AriaRole.Heading, new() { Name = "Behörighet till system", Level = 1 })).ToBeVisibleAsync();

        // A missing answer is named beside its field.
        await employee.GetByRole(AriaRole.Button, new() { Name = "Skicka beställningen" }).ClickAsync();
        await Assertions.Expect(employee.GetByRole(AriaRole.Alert)).ToContainTextAsync("Rätta");
        await Assertions.Expect(employee.GetByText("Fyll i \"Roll\".")).ToBeVisibleAsync();
        await employee.ShouldHaveNoAxeViolationsAsync();

        await employee.ChooseOptionAsync("System", "Heroma");
        await employee.GetByLabel("Roll").FillAsync("Handläggare");
        await employee.GetByLabel("Motivering").FillAsync(motivation);
        await employee.GetByRole(AriaRole.Button, new() { Name = "Skicka beställningen" }).ClickAsync();

        await employee.WaitForURLAsync(new Regex(@"/arenden/KT-\d{4}-\d{6}"));
        var caseUrl = new Uri(employee.Url).AbsolutePath;
        var number = caseUrl.Split('/')[^1];
        await Assertions.Expect(employee.GetByTestId("case-status")).ToHaveTextAsync("Väntar på beställare");
        await Assertions.Expect(employee.GetByTestId("order-approval")).ToHaveTextAsync("Väntar på godkännande av kundens beställare.");
        await Assertions.Expect(employee.GetByTestId("order-panel").GetByText(motivation)).ToBeVisibleAsync();
        await employee.ShouldHaveNoAxeViolationsAsync();

        var orderer = await browser.NewPageAsync(app.BaseUrl);
        await orderer.SignInAsync("bestallare.karolinska");
        await orderer.GotoInteractiveAsync("/");
        await orderer.GetByRole(AriaRole.Link, new() { Name = "Att godkänna" }).ClickAsync();
        await orderer.WaitForURLAsync("**/bestallningar/att-godkanna");
        await orderer.WaitForInteractiveAsync();
        var pending = orderer.GetByRole(AriaRole.Region, new() { Name = $"{number}: Behörighet till system" });
        await Assertions.Expect(pending.GetByText(motivation)).ToBeVisibleAsync();
        await orderer.ShouldHaveNoAxeViolationsAsync();
        await pending.GetByRole(AriaRole.Button, new() { Name = "Godkänn" }).ClickAsync();
        await Assertions.Expect(orderer.GetByRole(AriaRole.Status).Filter(new() { HasText = number })).ToHaveTextAsync($"{number} är godkänd och levererad.");
        await Assertions.Expect(pending).ToHaveCountAsync(0);

        await employee.GotoInteractiveAsync(caseUrl);
        await Assertions.Expect(employee.GetByTestId("case-status")).ToHaveTextAsync("Löst");
        await Assertions.Expect(employee.GetByTestId("order-approval")).ToContainTextAsync("Godkänd av Karin Ek");
        await Assertions.Expect(employee.GetByTestId("order-fulfilment")).ToContainTextAsync("Levererad");
        var log = employee.GetByTestId("order-log");
        await Assertions.Expect(log).ToContainTextAsync("Registrerat i det lokala registret: Behörighet till system – System: Heroma; Roll: Handläggare, till Kalle Nyström");
        await Assertions.Expect(log).ToContainTextAsync($"källreferens order:{number}");
        await employee.ShouldHaveNoAxeViolationsAsync();

        var period = Regex.Match(await log.InnerTextAsync(), @"för (\d{4}-\d{2}) \(källreferens").Groups[1].Value;
        var controller = await browser.NewPageAsync(app.BaseUrl);
        await controller.SignInAsync("controller");
        await controller.GotoInteractiveAsync("/anvandning/poster");
        await controller.GetByLabel("Period (åååå-mm)").FillAsync(period);
        await controller.GetByLabel("Tjänstekod").FillAsync("identitet_behorighet_ad");
        await controller.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        var row = controller.GetByRole(AriaRole.Table, new() { Name = "Poster", Exact = true }).GetByRole(AriaRole.Row).Filter(new() { HasText = $"order:{number}" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Karolinska Universitetssjukhuset");
        await controller.ShouldHaveNoAxeViolationsAsync();
    }
}
