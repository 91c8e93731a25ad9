using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Servicenav.Billing.Features;
using Servicenav.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Servicenav.Tests.Integration;

/// <summary>
/// A million usage rows through the bulk import path, then quantity × price summed in SQL on each database and
/// compared with the exact decimal sum computed while the rows were written: equal to the öre (in fact to the
/// thousandth of an öre), because quantities are whole thousandths and prices whole öre — integers in SQL.
/// SQLite has no decimal type: a REAL column drifted by öre at this size (TOOLCHAIN.md).
/// </summary>
[Trait("Category", "Bulk")]
public class UsageExactSumTests(ITestOutputHelper output)
{
    private const int Rows = 1_000_000;
    private const long WorkplaceOre = 12_345; // 123,45 kr per st
    private const long NetworkOre = 7;        // 0,07 kr per port

    [Theory, AllDatabases]
    public async Task MillionRows_SumToTheExactOre_OnBothDatabases(DatabaseKind db)
    {
        await using var world = await UsageImportWorld.Start(db);
        var file = Path.Combine(Path.GetTempPath(), $"usage-{Guid.NewGuid():N}.csv");
        try
        {
            var expected = WriteFile(file, world);
            var clock = Stopwatch.StartNew();
            await using (var content = File.OpenRead(file))
            {
                var result = (await world.App.Send(new ImportUsageCsv("miljon.csv", content), As.Controller)).ShouldBeOk();
                result.Accepted.ShouldBeTrue(string.Join("\n", result.Errors.Take(5)));
                result.RowsAccepted.ShouldBe(Rows);
            }

            output.WriteLine($"{db}: 1 000 000 rows imported in {clock.Elapsed.TotalSeconds:N1} s");

            // Σ QuantityMilli × price in öre, in SQL: thousandths of an öre, exact integer arithmetic on both databases.
            var totals = await world.App.Query(d => d.UsageRecords
                .GroupBy(u => u.CustomerId)
                .Select(g => new { Customer = g.Key, MilliOre = g.Sum(u => u.QuantityMilli * (u.ServiceCode == SmallCatalog.Workplace ? WorkplaceOre : NetworkOre)) })
                .ToListAsync());

            foreach (var (customer, amount) in expected.Amounts)
            {
                var inSql = totals.Single(t => t.Customer == customer).MilliOre / 100_000m;
                inSql.ShouldBe(amount, $"customer {customer}");
                decimal.Round(inSql, 2, MidpointRounding.AwayFromZero).ShouldBe(decimal.Round(amount, 2, MidpointRounding.AwayFromZero));
            }

            (await world.App.Query(d => d.UsageRecords.SumAsync(u => u.QuantityMilli))).ShouldBe(expected.Quantities);

            // The billing run reads the month's totals the import kept up: the same exact sum, every row counted once.
            (await world.App.Query(d => d.UsageMonthTotals.SumAsync(t => t.QuantityMilli))).ShouldBe(expected.Quantities);
            (await world.App.Query(d => d.UsageMonthTotals.SumAsync(t => t.UsageCount))).ShouldBe(Rows);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Writes the file and returns the exact amounts per customer in kronor (decimal), computed as each row is written.</summary>
    private static Expected WriteFile(string path, UsageImportWorld world)
    {
        var random = new Random(20260301);
        var amounts = new Dictionary<Guid, decimal> { [world.First] = 0m, [world.Second] = 0m };
        long quantities = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine("customer;service;period;quantity;unit;sourceReference");
        for (var i = 0; i < Rows; i++)
        {
            var milli = random.Next(1, 1_000_000); // 0,001 – 999,999
            var quantity = milli / 1000m;
            var (customer, number) = i % 3 == 0 ? (world.First, 1) : (world.Second, 2);
            var workplace = i % 2 == 0;
            amounts[customer] += quantity * (workplace ? WorkplaceOre : NetworkOre) / 100m;
            quantities += milli;
            writer.Write(number.ToString(CultureInfo.InvariantCulture));
            writer.Write(workplace ? ";it-arbetsplats;2026-03;" : ";natverk;2026-03;");
            writer.Write(quantity.ToString("0.###", CultureInfo.GetCultureInfo("sv-SE")));
            writer.Write(workplace ? ";st;" : ";port;");
            writer.Write("rad-");
            writer.WriteLine(i.ToString(CultureInfo.InvariantCulture));
        }

        return new Expected(amounts, quantities);
    }

    private sealed record Expected(Dictionary<Guid, decimal> Amounts, long Quantities);
}
