using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Servicenav.Web.Hosting;

namespace Servicenav.Web.Tests.Infrastructure;

public static class PageExtensions
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Signs in through the real login form, as a person would.</summary>
    public static async Task SignInAsync(this IPage page, string userName, string password = DemoSeeder.Password)
    {
        await page.GotoAsync("/logga-in");
        await page.GetByLabel("Användarnamn").FillAsync(userName);
        await page.GetByLabel("Lösenord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/logga-in", StringComparison.Ordinal));
    }

    /// <summary>Opens a page and waits for the interactive circuit: before that, prerendered buttons ignore clicks.</summary>
    public static async Task GotoInteractiveAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
    }

    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.WaitForSelectorAsync("#app-state[data-interactive=true]", new() { State = WaitForSelectorState.Attached });

    /// <summary>
    /// Picks an option in a MudSelect and waits until the select holds it. A click that lands while the
    /// popover is still opening can be lost on a loaded machine, so the choice is tried again once.
    /// </summary>
    public static async Task ChooseOptionAsync(this IPage page, string combobox, string option)
    {
        var select = page.GetByRole(AriaRole.Combobox, new() { Name = combobox });
        for (var attempt = 1; ; attempt++)
        {
            await select.ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
            try
            {
                await Assertions.Expect(select).ToHaveValueAsync(option, new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 2)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        }
    }

    /// <summary>
    /// Fails with every WCAG 2.1 A/AA violation axe-core finds, each with the elements concerned. Colours are checked as
    /// they settle: CSS transitions are switched off first, or a chip that just changed colour (a billing month closed a
    /// moment ago, blue fading to grey) is measured half-way, in a blend no user reads it in.
    /// </summary>
    public static async Task ShouldHaveNoAxeViolationsAsync(this IPage page)
    {
        await page.AddStyleTagAsync(new() { Content = "*, *::before, *::after { transition: none !important; animation: none !important; }" });
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        var report = string.Join(Environment.NewLine, result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", v.Nodes.Select(n => n.Html))));
        result.Violations.ShouldBeEmpty($"axe-core found violations on {page.Url}:{Environment.NewLine}{report}");
    }
}
