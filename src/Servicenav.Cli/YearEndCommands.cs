using System.CommandLine;
using Servicenav.SharedKernel;
using Servicenav.YearEnd.Features;

namespace Servicenav.Cli;

/// <summary>Year-end: the result per area, its export, and refund decisions.</summary>
public static class YearEndCommands
{
    public static Command Build()
    {
        var year = new Option<int>("--year") { Description = "Räkenskapsår.", Required = true };

        var perMonth = new Option<bool>("--per-month") { Description = "Visa också varje månad (alla områden)." };
        var show = new Command("show", "Visa årets resultat per område.") { year, perMonth };
        show.SetAction((parse, ct) => Commands.Run(parse, async host =>
        {
            var result = Commands.Ok(await host.Send(new GetYearResult(parse.GetValue(year)), ct));
            var rows = result.Areas.Append(result.Total with { AreaName = "Totalt" });
            if (parse.GetValue(perMonth))
            {
                rows = rows.Concat(result.Months.Select(m => m.Total with { AreaName = m.Period.ToString() }));
            }

            Console.WriteLine($"{"Område / månad",-40} {"Intäkter",16} {"Självkostnad",16} {"Före återb.",16} {"Återbetalt",14} {"Efter återb.",16}");
            foreach (var row in rows)
            {
                Console.WriteLine($"{row.AreaName,-40} {Kr(row.Revenue),16} {Kr(row.Cost),16} {Kr(row.ResultBeforeRefunds),16} {Kr(row.Refunds),14} {Kr(row.ResultAfterRefunds),16}");
            }
        }));

        var format = new Option<ExportFormat>("--format") { Description = "xlsx eller csv.", Required = true };
        var output = new Option<FileInfo?>("--output") { Description = "Fil att skriva (standard: filnamnet i aktuell mapp)." };
        var export = new Command("export", "Exportera årets resultat per område.") { year, format, output };
        export.SetAction((parse, ct) => Commands.Run(parse, async host =>
        {
            var file = Commands.Ok(await host.Send(new ExportYearResult(parse.GetValue(year), parse.GetValue(format)), ct));
            var path = parse.GetValue(output)?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), file.FileName);
            await File.WriteAllBytesAsync(path, file.Content, ct);
            Console.WriteLine($"Skrev {path}");
        }));

        var area = new Option<string>("--area") { Description = "Områdets kod i tjänstekatalogen.", Required = true };
        var amount = new Option<decimal>("--amount") { Description = "Belopp i kronor.", Required = true };
        var diarienummer = new Option<string>("--diarienummer") { Required = true };
        var date = new Option<DateOnly>("--date") { Description = "Beslutsdatum (ÅÅÅÅ-MM-DD).", Required = true };
        var decidedBy = new Option<string>("--decided-by") { Description = "Vem som beslutat (nämnd eller delegat).", Required = true };
        var bookIn = new Option<string>("--book-in") { Description = "Öppen månad som krediteringarna bokförs i (ÅÅÅÅ-MM).", Required = true };
        var refund = new Command("refund", "Besluta en återbetalning och skapa kreditfakturor.") { year, area, amount, diarienummer, date, decidedBy, bookIn };
        refund.SetAction((parse, ct) => Commands.Run(parse, async host =>
        {
            var decided = Commands.Ok(await host.Send(new DecideRefund
            {
                Year = parse.GetValue(year),
                AreaCode = parse.GetRequiredValue(area),
                Amount = parse.GetValue(amount),
                Diarienummer = parse.GetRequiredValue(diarienummer),
                DecisionDate = parse.GetValue(date),
                DecidedBy = parse.GetRequiredValue(decidedBy),
                BookIn = parse.GetRequiredValue(bookIn),
            }, ct));
            Console.WriteLine($"Återbetalning {Kr(decided.Amount)} för {decided.AreaName}: {decided.CreditInvoiceCount} kreditfakturor i {decided.BookIn}.");
        }));

        return new Command("results", "Bokslut: resultat per område och återbetalningar.") { show, export, refund };
    }

    private static string Kr(Money amount) => amount.Kronor.ToString("N0", SwedishCulture.Culture);
}
