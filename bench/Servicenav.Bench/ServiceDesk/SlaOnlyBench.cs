using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Bench.ServiceDesk;

/// <summary>
/// The SLA recompute alone against a kept database: the open cases' clocks are emptied first (their warning and breach
/// events removed, the table vacuumed), so the first run writes every open case as after a catalogue decision, and the
/// second finds nothing new. Usage: … -- servicedesk-sla &lt;postgres connection string&gt;
/// </summary>
internal static class SlaOnlyBench
{
    public static async Task Run(string connectionString)
    {
        await using var services = KeptDatabase.Services(connectionString);
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(UserContext.System("bench"));
            var db = scope.ServiceProvider.GetRequiredService<ServicenavDb>();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await db.Database.ExecuteSqlRawAsync(
                """
                DELETE FROM "CaseEvents" WHERE "Kind" IN ('SlaWarning', 'SlaBreached');
                UPDATE "CaseClocks" AS k SET "ResponseDueUtc" = NULL, "ResolutionDueUtc" = NULL, "GroupDueUtc" = NULL, "GroupSla" = NULL,
                    "WarnedClocks" = 0, "BreachedClocks" = 0 FROM "Cases" AS c WHERE c."Id" = k."CaseId" AND c."Status" NOT IN ('Solved', 'Closed');
                """);
            await db.Database.ExecuteSqlRawAsync("""VACUUM ANALYZE "CaseClocks", "CaseEvents" """);
        }

        var sender = services.GetRequiredService<Sender>();
        foreach (var label in new[] { "first run", "nothing new" })
        {
            var result = (await sender.Send(new RecomputeSla(), UserContext.System("bench"))).Value!;
            Console.WriteLine($"SLA {label}: {result.OpenCases:N0} open, {result.Changed:N0} changed, {result.Warnings:N0} warnings, "
                + $"{result.Breaches:N0} breaches in {result.Elapsed.TotalSeconds:N1} s");
        }
    }
}
