using System.CommandLine;
using Servicenav.Billing.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Cli;

/// <summary>servicenav usage import &lt;file.csv&gt;.</summary>
public static class UsageCommands
{
    public static Command Build()
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV-fil med användningsposter (semikolon, decimalkomma)." };
        var import = new Command("import", "Importera användningsposter; hela filen godtas eller avvisas, redan lagrade källreferenser hoppas över.") { file };
        import.SetAction((parse, ct) => Commands.Run(parse, async host =>
        {
            var path = parse.GetRequiredValue(file);
            await using var content = path.OpenRead();
            Report(Commands.Ok(await host.Send(new ImportUsageCsv(path.Name, content), ct)), path.Name);
        }));

        return new Command("usage", "Användningsposter för internfakturering.") { import };
    }

    private static void Report(UsageImportResult result, string source)
    {
        if (!result.Accepted)
        {
            // Printed by Commands.Run as "Importen avvisades, inget har sparats" with every row, exit code 2.
            var errors = result.Errors.Select(e => new ImportError(source, e.Row, e.Field.Length == 0 ? null : e.Field, e.Reason)).ToList();
            if (result.ErrorCount > errors.Count)
            {
                errors.Add(new ImportError(source, 0, null, $"… och {SwedishCulture.Integer(result.ErrorCount - errors.Count)} fel till."));
            }

            throw new ImportRejectedException(errors);
        }

        Console.WriteLine($"Godtaget: {SwedishCulture.Integer(result.RowsAccepted)} nya poster, {SwedishCulture.Integer(result.RowsSkipped)} redan lagrade hoppades över (batch {result.BatchId}).");
        foreach (var total in result.Totals)
        {
            Console.WriteLine($"  {total.Period}: {SwedishCulture.Integer(total.Rows)} rader, summa antal {SwedishCulture.Number(total.Quantity, 3)}");
        }
    }
}
