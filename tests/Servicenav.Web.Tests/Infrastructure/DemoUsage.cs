using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Servicenav.Web.Hosting;

namespace Servicenav.Web.Tests.Infrastructure;

/// <summary>
/// Usage CSV files as a sending system would write them, built from what the demo app itself answers (through the
/// signed-in page's API): its customers and the metered services of the price list in force for a month.
/// </summary>
public static class DemoUsage
{
    public const string Header = "kund;tjanst;period;antal;enhet;kallreferens";

    /// <summary>The demo's last billed month: billed, still open.</summary>
    public static readonly string BilledOpenMonth = Month(DemoEconomySeeder.LastBilledMonth);

    /// <summary>The month after it: open, no usage yet.</summary>
    public static readonly string NextOpenMonth = Month(DemoEconomySeeder.LastBilledMonth + 1);

    public static string Month(int month) => string.Create(CultureInfo.InvariantCulture, $"{DemoEconomySeeder.Year}-{month:00}");

    public sealed record MeteredService(string Code, string Unit);

    /// <summary>A customer as a file names it: by customer number (its id when it has none).</summary>
    public sealed record Customer(Guid Id, string Name, string Key);

    /// <summary>The per-unit and hourly services of the price list in force on the month's first day, with their units.</summary>
    public static async Task<IReadOnlyList<MeteredService>> MeteredServicesAsync(IPage page, string period)
    {
        var list = await GetJsonAsync(page, $"/api/pricing/price-lists/current?date={period}-01");
        var services = list.GetProperty("services").EnumerateArray()
            .Where(s => s.GetProperty("model").GetString() is "PerUnit" or "Hourly" && s.GetProperty("unit").ValueKind == JsonValueKind.String)
            .Select(s => new MeteredService(s.GetProperty("code").GetString()!, s.GetProperty("unit").GetString()!))
            .ToList();
        services.Count.ShouldBeGreaterThan(1, "the demo's price list should have metered services");
        return services;
    }

    public static async Task<IReadOnlyList<Customer>> CustomersAsync(IPage page)
    {
        var customers = await GetJsonAsync(page, "/api/customers");
        return [.. customers.EnumerateArray().Select(c => new Customer(
            c.GetProperty("id").GetGuid(),
            c.GetProperty("name").GetString()!,
            c.GetProperty("number") is { ValueKind: JsonValueKind.Number } number
                ? number.GetInt32().ToString(CultureInfo.InvariantCulture)
                : c.GetProperty("id").GetGuid().ToString()))];
    }

    /// <summary>The number of usage rows stored for a month, as the API counts them for the signed-in user.</summary>
    public static async Task<int> RowCountAsync(IPage page, string period) =>
        (await GetJsonAsync(page, $"/api/usage/records?period={period}&take=0")).GetProperty("rowCount").GetInt32();

    /// <summary>A semicolon-separated UTF-8 file with the Swedish header and the given lines.</summary>
    public static FilePayload Csv(string name, params string[] lines) => new()
    {
        Name = name,
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. lines]) + "\n"),
    };

    public static async Task<JsonElement> GetJsonAsync(IPage page, string url)
    {
        var response = await page.APIRequest.GetAsync(url);
        response.Status.ShouldBe(200, $"GET {url}");
        return (await response.JsonAsync())!.Value;
    }
}
