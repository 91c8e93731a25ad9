using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.ServiceDesk.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Bench.ServiceDesk;

/// <summary>
/// CreateCase through the sender in this process (no HTTP, no sign-in), one after another and then from 8 tasks,
/// against a kept database: what the use case itself costs. Usage: … -- servicedesk-create &lt;postgres connection string&gt;
/// </summary>
internal static class CreateOnlyBench
{
    public static async Task Run(string connectionString)
    {
        await using var services = KeptDatabase.Services(connectionString);
        var sender = services.GetRequiredService<Sender>();
        var employee = await KeptDatabase.UserAsync(services, "medarbetare.karolinska", Role.Medarbetare);

        async Task Create(int i) =>
            (await sender.Send(new CreateCase { Subject = $"Skrivaren {i}", Description = "Det kommer inget papper ur skrivaren på avdelningen.", ServiceCode = "it_arbetsplats" }, employee))
            .Value!.ToString();

        for (var i = 0; i < 200; i++)
        {
            await Create(i);
        }

        foreach (var parallel in new[] { 1, 8 })
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            const int each = 500;
            await Task.WhenAll(Enumerable.Range(0, parallel).Select(p => Task.Run(async () =>
            {
                for (var i = 0; i < each; i++)
                {
                    await Create(i);
                }
            })));
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var count = parallel * each;
            Console.WriteLine($"{parallel} at a time: {count / sw.Elapsed.TotalSeconds:N0} cases/s, {used.TotalMilliseconds / count:N2} ms CPU in this process per case");
        }
    }
}
