using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.Catalog.Domain;
using Servicenav.Customers.Domain;
using Servicenav.Data;
using Servicenav.Usage.Domain;

namespace Servicenav.Bench;

/// <summary>A region larger than Stockholm's report: N customers, M services in 10 areas, every usage cell known.</summary>
internal static class SyntheticRegion
{
    public static async Task<(Guid FirstCustomer, int Cells)> Seed(IServiceProvider services, int customerCount, int serviceCount)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(UserContext.System("bench"));
        var db = scope.ServiceProvider.GetRequiredService<ServicenavDb>();

        var version = CatalogVersion.StartDraft(1, null, null, "bench", DateTime.UtcNow);
        for (var a = 1; a <= 10; a++)
        {
            version.AddArea($"area-{a}", $"Område {a}");
        }

        var codes = new List<string>();
        for (var s = 1; s <= serviceCount; s++)
        {
            var code = $"tjanst-{s:0000}";
            codes.Add(code);
            version.AddService(code, new ServiceContent(
                $"Tjänst {s} {(s % 7 == 0 ? "drift" : "stöd")}", $"area-{(s % 10) + 1}", $"Beskrivning av tjänst {s}.", ["Ingår A", "Ingår B"], ["Ingår inte C"],
                SharingStatus.Koncerngemensam, PriceModel.PerUnit, null, "Tjänsteägare", ServiceLevels.None));
        }

        version.Decide(new CatalogDecision("BENCH 1", new DateOnly(2025, 1, 1), "Bänk", new DateOnly(2025, 1, 1)), null, "bench", DateTime.UtcNow);
        db.CatalogVersions.Add(version);

        var customers = Enumerable.Range(1, customerCount)
            .Select(i => new Customer(new CustomerDetails($"Kund {i:0000}", i, CustomerKind.Namnd, null, 100 + i, null, null)))
            .ToList();
        db.Customers.AddRange(customers);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        // Usage cells in batches so the change tracker stays small.
        var random = new Random(42);
        var cells = 0;
        foreach (var batch in customers.Chunk(50))
        {
            foreach (var customer in batch)
            {
                foreach (var code in codes)
                {
                    var usage = new ServiceUsage(customer.Id, code);
                    usage.Record(random.Next(10) switch { < 7 => UsageStatus.Uses, < 9 => UsageStatus.DoesNotUse, _ => UsageStatus.Unknown }, null, null);
                    db.ServiceUsages.Add(usage);
                    cells++;
                }
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return (customers[0].Id, cells);
    }
}
