using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.Ledger;
using Servicenav.Ledger.Demo;
using Servicenav.Ledger.Domain;
using Servicenav.Ledger.Features;
using Servicenav.Ledger.Sie;

namespace Servicenav.Bench;

/// <summary>
/// The ledger import at region scale: a generated outcome year (default 300 000 cost lines, ~2 000 mnkr) written as
/// SIE, read back, imported through <see cref="ImportLedger"/> (COPY / prepared inserts), imported again (replace),
/// and the year's pools summed. Usage: <c>ledger-import [sqlite|postgres] [costLines]</c>.
/// </summary>
public static class LedgerImportBench
{
    public static async Task<string> Run(DatabaseProvider provider, int costLines)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"## Ledger import, {provider}: {costLines:N0} cost lines");
        report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine("| step | time | rows/s |");
        report.AppendLine("|---|---|---|");

        var sw = Stopwatch.StartNew();
        SieDocument? doc = new LedgerGenerator(2025).Outcome(2025, costLines);
        var rows = doc.Vouchers.Sum(v => v.Transactions.Count);
        Row(report, $"generate ({rows:N0} #TRANS rows, {doc.Vouchers.Count:N0} vouchers)", sw, rows);

        sw.Restart();
        var bytes = SieWriter.WriteBytes(doc);
        Row(report, $"write SIE ({bytes.Length / 1024.0 / 1024.0:N1} MB)", sw, rows);

        sw.Restart();
        _ = SieReader.Read(bytes);
        Row(report, "read SIE (tokenize, parse)", sw, rows);

        await using var database = await BenchDatabase.Create(provider);
        var system = UserContext.System("bench");
        doc = null; // the generated year is not the import's memory
        var (imported, importTime, importHeap) = await HeapPeak.Measure(() =>
            database.Sender.Send(new ImportLedger(bytes, LedgerFileFormat.Sie, 2025, LedgerKind.Outcome, "bench.se"), system));
        var first = imported.Value!;
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| ImportLedger into an empty year (read + check + {first.LineCount:N0} lines stored) | {importTime.TotalMilliseconds:N0} ms | {first.LineCount / importTime.TotalSeconds:N0} |");

        sw.Restart();
        var again = (await database.Sender.Send(new ImportLedger(bytes, LedgerFileFormat.Sie, 2025, LedgerKind.Outcome, "bench.se"), system)).Value!;
        Row(report, "ImportLedger again (replaces the year: delete + insert)", sw, again.LineCount);

        var pools = await database.Sender.Send(new GetCostPools(2025, LedgerKind.Outcome), system);
        sw.Restart();
        pools = await database.Sender.Send(new GetCostPools(2025, LedgerKind.Outcome), system);
        Row(report, $"GetCostPools ({pools.Value!.Count:N0} pools, summed in SQL from the pool × month sums stored with the import)", sw, first.CostLineCount);
        await using (var scope = database.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(system);
            var costPools = scope.ServiceProvider.GetRequiredService<ICostPools>();
            await costPools.MonthsOfPoolsAsync(2025, LedgerKind.Outcome);
            sw.Restart();
            var months = await costPools.MonthsOfPoolsAsync(2025, LedgerKind.Outcome);
            Row(report, $"MonthsOfPoolsAsync ({months.Count:N0} pool × month sums stored with the import; the year-end result's month profile)", sw, first.CostLineCount);
        }
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Cost total {first.CostTotal}; pools sum {Servicenav.SharedKernel.Money.FromOre(pools.Value!.Sum(p => p.Amount.Ore))}. Managed heap while importing: peak {importHeap / 1_048_576.0:N0} MB (sampled every 50 ms; the file's {bytes.Length / 1_048_576.0:N0} MB of bytes included), the lines are streamed from the file to the database. Peak working set of the whole benchmark (it generates and reads the year in memory first) {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB.");
        return report.ToString();
    }

    private static void Row(StringBuilder report, string step, Stopwatch sw, int rows) =>
        report.AppendLine(CultureInfo.InvariantCulture, $"| {step} | {sw.Elapsed.TotalMilliseconds:N0} ms | {rows / sw.Elapsed.TotalSeconds:N0} |");
}
