using System.CommandLine;
using Servicenav.Access;
using Servicenav.Access.Features;
using Servicenav.Catalog.Features;
using Servicenav.Customers.Features;
using Servicenav.Imports.StockholmDemo;
using Servicenav.SharedKernel;

namespace Servicenav.Cli;

/// <summary>The commands. Each one calls the same use case the web calls; none holds logic of its own.</summary>
public static class Commands
{
    private static readonly Option<string?> Provider = new("--provider") { Description = "Sqlite eller Postgres (annars Database:Provider)." };
    private static readonly Option<string?> Connection = new("--connection") { Description = "Anslutningssträng (annars ConnectionStrings:Servicenav)." };

    public static RootCommand Build()
    {
        var root = new RootCommand("Servicenav – batchjobb: databas, import, export, användare.");
        Provider.Recursive = true;
        Connection.Recursive = true;
        root.Options.Add(Provider);
        root.Options.Add(Connection);
        root.Subcommands.Add(Db());
        root.Subcommands.Add(Import());
        root.Subcommands.Add(Export());
        root.Subcommands.Add(Users());
        root.Subcommands.Add(YearEndCommands.Build());
        root.Subcommands.Add(ServiceDeskCommands.Build());
        root.Subcommands.Add(PricingCommands.Build(Run));
        root.Subcommands.Add(UsageCommands.Build());
        root.Subcommands.Add(LedgerCommands.Build());
        root.Subcommands.Add(CostingCommands.Build());
        root.Subcommands.Add(BillingCommands.Build());
        return root;
    }

    private static Command Db()
    {
        var migrate = new Command("migrate", "Skapa eller uppdatera databasen till senaste migrering.");
        migrate.SetAction((parse, ct) => Run(parse, async host =>
        {
            await host.MigrateAsync(ct);
            Console.WriteLine($"Databasen är migrerad ({host.Database}).");
        }));
        return new Command("db", "Databasen.") { migrate };
    }

    private static Command Import()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Mappen med stockholm_*.csv." };
        var stockholm = new Command("stockholm-demo", "Importera Region Stockholms tjänster, kunder och nuläge användande.") { folder };
        stockholm.SetAction((parse, ct) => Run(parse, async host =>
        {
            var report = Ok(await host.Send(new ImportStockholmDemo(parse.GetRequiredValue(folder).FullName), ct));
            Console.WriteLine(report.ChangedAnything
                ? $"Importerat: {report.CustomersAdded} nya och {report.CustomersUpdated} ändrade kunder, {report.ServicesAdded} nya och {report.ServicesChanged} ändrade tjänster"
                  + (report.CatalogVersion is { } v ? $" (katalogversion {v}{(report.CatalogDecided ? ", beslutad" : ", utkast att besluta")})" : "")
                  + $", {report.UsageCellsChanged} ändrade celler i användningsmatrisen."
                : "Inget att ändra: databasen har redan dessa uppgifter.");
        }));
        return new Command("import", "Importera data.") { stockholm };
    }

    private static Command Export()
    {
        var format = new Option<ExportFormat>("--format") { Description = "xlsx eller csv.", Required = true };
        var output = new Option<FileInfo?>("--output") { Description = "Fil att skriva (standard: filnamnet i aktuell mapp)." };
        var version = new Option<int?>("--version") { Description = "Katalogversion (standard: gällande)." };
        var catalog = new Command("catalog", "Exportera tjänstekatalogen (förteckningen).") { format, output, version };
        catalog.SetAction((parse, ct) => Run(parse, async host =>
        {
            var file = Ok(await host.Send(new ExportCatalog(parse.GetValue(format), parse.GetValue(version)), ct));
            var path = parse.GetValue(output)?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), file.FileName);
            await File.WriteAllBytesAsync(path, file.Content, ct);
            Console.WriteLine($"Skrev {path}");
        }));
        return new Command("export", "Exportera data.") { catalog };
    }

    private static Command Users()
    {
        var userName = new Option<string>("--username") { Description = "Användarnamn.", Required = true };
        var name = new Option<string>("--name") { Description = "Namn som visas.", Required = true };
        var email = new Option<string?>("--email") { Description = "E-post (koppling till regionens inloggning)." };
        var roles = new Option<Role[]>("--role") { Description = "Roll, kan anges flera gånger: " + string.Join(", ", Enum.GetNames<Role>()), Required = true, AllowMultipleArgumentsPerToken = true };
        var customer = new Option<string?>("--customer") { Description = "Kundens namn, för Bestallare och Medarbetare." };
        var password = new Option<string?>("--password") { Description = "Lösenord (minst 10 tecken). Utelämna för användare som loggar in via regionens IdP." };
        var create = new Command("create", "Skapa en användare.") { userName, name, email, roles, customer, password };
        create.SetAction((parse, ct) => Run(parse, async host =>
        {
            Guid? customerId = null;
            if (parse.GetValue(customer) is { } customerName)
            {
                var match = Ok(await host.Send(new ListCustomers(), ct))
                    .FirstOrDefault(c => string.Equals(c.Name, customerName, StringComparison.CurrentCultureIgnoreCase));
                customerId = match?.Id ?? throw new ValidationFailedException("customer", $"Ingen kund heter \"{customerName}\".");
            }

            var user = Ok(await host.Send(new CreateUser
            {
                UserName = parse.GetRequiredValue(userName),
                DisplayName = parse.GetRequiredValue(name),
                Email = parse.GetValue(email),
                Roles = [.. parse.GetRequiredValue(roles)],
                CustomerId = customerId,
                Password = parse.GetValue(password),
            }, ct));
            Console.WriteLine($"Skapade {user.UserName} ({string.Join(", ", user.Roles.Select(EnumText.Of))}{(user.CustomerName is null ? "" : ", " + user.CustomerName)}).");
        }));
        var list = new Command("list", "Lista användare.");
        list.SetAction((parse, ct) => Run(parse, async host =>
        {
            foreach (var u in Ok(await host.Send(new ListUsers(), ct)))
            {
                Console.WriteLine($"{u.UserName,-28} {u.DisplayName,-24} {string.Join(",", u.Roles),-24} {u.CustomerName}{(u.IsActive ? "" : " (inaktiv)")}");
            }
        }));
        return new Command("users", "Användare.") { create, list };
    }

    /// <summary>Runs a command with the host; turns refusals into readable messages and exit code 2.</summary>
    internal static async Task<int> Run(ParseResult parse, Func<CliHost, Task> action)
    {
        try
        {
            await using var host = CliHost.Create(parse.GetValue(Provider), parse.GetValue(Connection));
            await action(host);
            return 0;
        }
        catch (ImportRejectedException e)
        {
            await Console.Error.WriteLineAsync($"Importen avvisades, inget har sparats ({e.Errors.Count} fel):");
            foreach (var error in e.Errors)
            {
                await Console.Error.WriteLineAsync("  " + error);
            }

            return 2;
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                await Console.Error.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
            }

            return 2;
        }
        catch (BusinessRuleException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }

    internal static T Ok<T>(Result<T> result) =>
        result.IsOk ? result.Value! : throw new InvalidOperationException($"Use case answered {result.Status}.");
}
