using System.Text;
using Microsoft.EntityFrameworkCore;
using Servicenav.Ledger;
using Servicenav.Ledger.Data;
using Servicenav.Ledger.Domain;
using Servicenav.Ledger.Features;
using Servicenav.Ledger.Sie;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.Integration;

public class LedgerImportTests
{
    /// <summary>A small outcome year: wages on two ansvar, rent, depreciation, internal interest, revenue, balance sheet.</summary>
    public static string SmallSie(decimal rentJanuary = 50_000.10m) => $$"""
        #FLAGGA 0
        #FORMAT PC8
        #SIETYP 4
        #PROGRAM "Testprogram" 1.0
        #FNAMN "Regionservice"
        #RAR 0 20250101 20251231
        #KONTO 1930 "Bank"
        #KONTO 2440 "Leverantörsskulder"
        #KONTO 3051 "Interna intäkter"
        #KONTO 5010 "Lokalhyra"
        #KONTO 5011 "Hyra kontor"
        #KONTO 7010 "Löner månadsavlönade"
        #KONTO 7830 "Avskrivning inventarier"
        #KONTO 8490 "Intern ränta"
        #DIM 1 "Ansvar"
        #OBJEKT 1 "1200" "Område IT"
        #OBJEKT 1 "1300" "Område kundtjänst"
        #VER A 1 20250131 "Löner januari"
        {
        #TRANS 7010 {1 "1200"} 100000.00
        #TRANS 7010 {1 "1300"} 60000.50
        #TRANS 1930 {} -160000.50
        }
        #VER A 2 20250115 "Hyra januari"
        {
        #TRANS 5011 {1 "1200"} {{rentJanuary.ToString(System.Globalization.CultureInfo.InvariantCulture)}}
        #TRANS 2440 {} -{{rentJanuary.ToString(System.Globalization.CultureInfo.InvariantCulture)}}
        }
        #VER B 1 20251231 "Avskrivning och ränta"
        {
        #TRANS 7830 {1 "1200"} 12345.67
        #TRANS 8490 {1 1200} 2000
        #TRANS 1930 {} -14345.67
        }
        #VER C 1 20250228 "Interndebitering"
        {
        #TRANS 3051 {1 "1200"} -250000.00
        #TRANS 1930 {} 250000.00
        }
        """;

    private static ImportLedger Sie(string text, int year = 2025, LedgerKind kind = LedgerKind.Outcome) =>
        new(SieTextEncoding.Pc8.GetBytes(text), LedgerFileFormat.Sie, year, kind, "utfall.se");

    [Theory, AllDatabases]
    public async Task ImportSie_StoresResultLines_AndPoolsSumPerGroupAndAnsvar(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);

        var summary = (await app.Send(Sie(SmallSie()), As.Controller)).ShouldBeOk();

        summary.LineCount.ShouldBe(6);
        summary.CostLineCount.ShouldBe(5);
        summary.SkippedLineCount.ShouldBe(4);
        summary.CostTotal.ShouldBe(Money.Sek(224_346.27m));
        summary.RevenueTotal.ShouldBe(Money.Sek(-250_000m));
        summary.Replaced.ShouldBeFalse();

        var pools = (await app.Send(new GetCostPools(2025, LedgerKind.Outcome), As.Controller)).ShouldBeOk();
        pools.Select(p => (p.Key, p.AccountGroupName, p.CostType, p.Amount.Kronor, p.LineCount)).ShouldBe([
            ("501|1200", "Lokalhyra", CostType.Other, 50_000.10m, 1),
            ("701|1200", "Löner månadsavlönade", CostType.Personnel, 100_000m, 1),
            ("701|1300", "Löner månadsavlönade", CostType.Personnel, 60_000.50m, 1),
            ("783|1200", "Avskrivning inventarier", CostType.Capital, 12_345.67m, 1),
            ("849|1200", "Intern ränta", CostType.Capital, 2_000m, 1),
        ]);
        (await app.Send(new GetCostPools(2025, LedgerKind.Budget), As.Controller)).ShouldBeOk().ShouldBeEmpty();
    }

    [Theory, AllDatabases]
    public async Task PoolMonths_SumEachPoolPerMonthOfTheLinesDates(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        (await app.Send(Sie(SmallSie()), As.Controller)).ShouldBeOk();

        var months = await app.Query(d => new CostPools(d).MonthsOfPoolsAsync(2025, LedgerKind.Outcome));

        months.ShouldBe([
            new CostPoolMonth("501|1200", 1, Money.Sek(50_000.10m)),
            new CostPoolMonth("701|1200", 1, Money.Sek(100_000m)),
            new CostPoolMonth("701|1300", 1, Money.Sek(60_000.50m)),
            new CostPoolMonth("783|1200", 12, Money.Sek(12_345.67m)),
            new CostPoolMonth("849|1200", 12, Money.Sek(2_000m)),
        ]);
        (await app.Query(d => new CostPools(d).MonthsOfPoolsAsync(2025, LedgerKind.Budget))).ShouldBeEmpty();
    }

    [Theory, AllDatabases]
    public async Task PoolLines_DrillDownToTheLedgerLines(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        (await app.Send(Sie(SmallSie()), As.Controller)).ShouldBeOk();

        var lines = (await app.Send(new GetCostPoolLines(2025, LedgerKind.Outcome, "501|1200"), As.Controller)).ShouldBeOk();

        var line = lines.ShouldHaveSingleItem();
        line.ShouldBe(new LedgerLine(new DateOnly(2025, 1, 15), "5011", "Hyra kontor", "1200", "A 2", "Hyra januari", Money.Sek(50_000.10m)));
        (await app.Send(new GetCostPoolLines(2025, LedgerKind.Outcome, "501|9999"), As.Controller)).Status.ShouldBe(ResultStatus.NotFound);
    }

    [Theory, AllDatabases]
    public async Task ImportAgain_ReplacesTheYearAndKind_AndAuditsBoth(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        (await app.Send(Sie(SmallSie()), As.Controller)).ShouldBeOk();
        (await app.Send(Sie(SmallSie(), kind: LedgerKind.Budget), As.Controller)).ShouldBeOk();

        var second = (await app.Send(Sie(SmallSie(rentJanuary: 70_000m)), As.Admin)).ShouldBeOk();

        second.Replaced.ShouldBeTrue();
        var pools = (await app.Send(new GetCostPools(2025, LedgerKind.Outcome), As.Controller)).ShouldBeOk();
        pools.Single(p => p.Key == "501|1200").Amount.ShouldBe(Money.Sek(70_000m));
        pools.Sum(p => p.LineCount).ShouldBe(5);
        (await app.Send(new GetCostPools(2025, LedgerKind.Budget), As.Controller)).ShouldBeOk().Single(p => p.Key == "501|1200").Amount.ShouldBe(Money.Sek(50_000.10m));
        var imports = (await app.Send(new ListLedgerImports(), As.Controller)).ShouldBeOk();
        imports.Select(i => (i.Year, i.Kind, i.ImportedBy)).ShouldBe([(2025, LedgerKind.Budget, As.Controller.UserName), (2025, LedgerKind.Outcome, As.Admin.UserName)]);
        (await app.Query(d => d.LedgerRows.CountAsync())).ShouldBe(12);
        // The per-month sums the pools are read from are replaced with their import too: 5 pool months per import.
        (await app.Query(d => d.LedgerPoolMonths.CountAsync())).ShouldBe(10);
        var audit = await app.Query(d => d.AuditEntries.Where(a => a.EntityType == nameof(LedgerImport)).OrderBy(a => a.AtUtc).ToListAsync());
        // Each import is added, then given its counts once its lines are written (they are streamed, not counted first).
        audit.Select(a => a.Action).ShouldBe(["Added", "Modified", "Added", "Modified", "Deleted", "Added", "Modified"], ignoreOrder: true);
        audit.Where(a => a.Action == "Modified").ShouldAllBe(a => a.After!.Contains("\"CostLineCount\":5"));
    }

    [Theory, AllDatabases]
    public async Task BadLine_RefusesTheWholeFile_AndKeepsThePreviousImport(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        (await app.Send(Sie(SmallSie()), As.Controller)).ShouldBeOk();
        var bad = SmallSie(rentJanuary: 1m).Replace("#TRANS 7010 {1 \"1300\"} 60000.50", "#TRANS 7010 {1 \"1300\"} 60000,50", StringComparison.Ordinal)
            .Replace("#VER B 1 20251231", "#VER B 1 20260105", StringComparison.Ordinal);

        var error = await Should.ThrowAsync<ImportRejectedException>(() => app.Send(Sie(bad), As.Controller));

        // Every bad line of the file, read to its end: the unreadable amount (its voucher is then not checked for
        // balance: a row is missing from it) and the rows dated outside the year.
        error.Errors.Select(e => (e.Line, e.Reason)).ShouldBe([
            (21, "#TRANS: fältet belopp ska vara ett belopp med punkt som decimaltecken, inte \"60000,50\"."),
            (31, "datumet 2026-01-05 ligger utanför år 2025."),
            (32, "datumet 2026-01-05 ligger utanför år 2025."),
        ]);
        var pools = (await app.Send(new GetCostPools(2025, LedgerKind.Outcome), As.Controller)).ShouldBeOk();
        pools.Single(p => p.Key == "501|1200").Amount.ShouldBe(Money.Sek(50_000.10m));
        (await app.Query(d => d.LedgerImports.CountAsync())).ShouldBe(1);
    }

    [Theory, AllDatabases]
    public async Task DatesOutsideTheYear_AndUnbalancedVouchers_AreRefusedWithTheirLines(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var text = SmallSie().Replace("#VER B 1 20251231", "#VER B 1 20260105", StringComparison.Ordinal);

        var error = await Should.ThrowAsync<ImportRejectedException>(() => app.Send(Sie(text), As.Controller));
        error.Errors.Select(e => e.Line).ShouldBe([31, 32]);
        error.Errors[0].Reason.ShouldBe("datumet 2026-01-05 ligger utanför år 2025.");

        var unbalanced = SmallSie().Replace("#TRANS 1930 {} -14345.67", "#TRANS 1930 {} -14345.76", StringComparison.Ordinal);
        error = await Should.ThrowAsync<ImportRejectedException>(() => app.Send(Sie(unbalanced), As.Controller));
        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe("utfall.se rad 29: verifikation B 1 balanserar inte: summan av raderna är \u22120,09 kr, ska vara 0.");
        (await app.Query(d => d.LedgerRows.CountAsync())).ShouldBe(0);
    }

    [Theory, AllDatabases]
    public async Task ImportCsv_WithSwedishDecimalComma(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        const string csv = "datum;konto;kontonamn;ansvar;verksamhet;belopp;text\r\n"
            + "2025-03-31;5120;El;1200;100;12 345,67;Vattenfall mars\r\n"
            + "2025-03-31;5120;El;1200;100;-345,67;Kreditnota\r\n"
            + "2025-03-31;7510;Arbetsgivaravgifter;1300;100;31420;\r\n"
            + "2025-03-31;1930;Bank;;;-43420;\r\n";

        var summary = (await app.Send(new ImportLedger(Encoding.UTF8.GetBytes(csv), LedgerFileFormat.Csv, 2025, LedgerKind.Outcome, "huvudbok.csv"), As.Controller)).ShouldBeOk();

        summary.CostTotal.ShouldBe(Money.Sek(43_420m));
        var pools = (await app.Send(new GetCostPools(2025, LedgerKind.Outcome), As.Controller)).ShouldBeOk();
        pools.Select(p => (p.Key, p.AccountGroupName, p.CostType, p.Amount.Kronor, p.LineCount)).ShouldBe([
            ("512|1200", "El", CostType.Other, 12_000m, 2),
            ("751|1300", "Arbetsgivaravgifter", CostType.Personnel, 31_420m, 1),
        ]);
    }

    [Theory, AllDatabases]
    public async Task ImportCsv_BadRows_AreNamedByRowAndField(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        const string csv = "datum;konto;belopp;ansvar\n2025-13-01;5120;10,00;1\n2025-01-01;51x0;1.5;1\n2025-01-01;5120;1,005;1\n";

        var error = await Should.ThrowAsync<ImportRejectedException>(() =>
            app.Send(new ImportLedger(Encoding.UTF8.GetBytes(csv), LedgerFileFormat.Csv, 2025, LedgerKind.Outcome, "fel.csv"), As.Controller));

        error.Errors.Select(e => e.ToString()).ShouldBe([
            "fel.csv rad 2, kolumn datum: \"2025-13-01\" är inte ett datum (ÅÅÅÅ-MM-DD).",
            "fel.csv rad 3, kolumn belopp: \"1.5\" är inte ett belopp (decimalkomma, t.ex. -1 234,50).",
            "fel.csv rad 4, kolumn belopp: \"1,005\" har fler än två decimaler.",
        ]);
    }

    [Theory, AllDatabases]
    public async Task OnlyCostingManage_MayImport_AndCostingRead_MayRead(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var customer = (await app.Send(A.Customer(), As.Controller)).ShouldBeOk();

        (await app.Send(Sie(SmallSie()), As.Bestallare(customer.Id))).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(Sie(SmallSie()), As.Tjansteagare(Guid.NewGuid()))).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(Sie(SmallSie()), As.Controller)).ShouldBeOk();

        (await app.Send(new GetCostPools(2025, LedgerKind.Outcome), As.Bestallare(customer.Id))).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new ListLedgerImports(), As.Bestallare(customer.Id))).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new GetCostPoolLines(2025, LedgerKind.Outcome, "501|1200"), As.Handlaggare)).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new GetCostPools(2025, LedgerKind.Outcome), As.Tjansteagare(Guid.NewGuid()))).ShouldBeOk().Count.ShouldBe(5);
    }

    [Theory, AllDatabases]
    public async Task TwoImportsOfTheSameYearAtOnce_LeaveExactlyOneWholeImport(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        (await app.Send(Sie(SmallSie()), As.Controller)).ShouldBeOk();

        async Task<LedgerImportSummary?> Attempt(decimal rent)
        {
            try
            {
                return (await app.Send(Sie(SmallSie(rentJanuary: rent)), As.Controller)).ShouldBeOk();
            }
            catch (BusinessRuleException e)
            {
                e.Message.ShouldBe("En annan import av utfall för år 2025 sparades samtidigt. Uppdatera sidan och försök igen om den här filen ska gälla.");
                return null;
            }
        }

        var results = await Task.WhenAll(Attempt(1_000m), Attempt(2_000m));

        results.Count(r => r is not null).ShouldBeGreaterThanOrEqualTo(1);
        (await app.Query(d => d.LedgerImports.CountAsync())).ShouldBe(1);
        var stored = await app.Query(d => d.LedgerImports.SingleAsync());
        var pools = (await app.Send(new GetCostPools(2025, LedgerKind.Outcome), As.Controller)).ShouldBeOk();
        pools.Sum(p => p.Amount.Ore).ShouldBe(stored.CostTotal.Ore);
        pools.Sum(p => p.LineCount).ShouldBe(5);
    }

    [Theory, AllDatabases]
    public async Task ManyLines_PoolSumsAreExactToTheOre(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var random = new Random(7);
        var text = new StringBuilder("#FLAGGA 0\n#SIETYP 4\n#RAR 0 20250101 20251231\n#DIM 1 Kostnadsställe\n");
        long expectedOre = 0;
        for (var v = 0; v < 2_000; v++)
        {
            text.Append("#VER A ").Append(v).Append(" 20250601 \"\"\n{\n");
            long voucherOre = 0;
            for (var r = 0; r < 10; r++)
            {
                var ore = random.NextInt64(1, 10_000_000);
                voucherOre += ore;
                text.Append("#TRANS 5460 {1 \"").Append(r % 3).Append("\"} ").Append((ore / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            }

            expectedOre += voucherOre;
            text.Append("#TRANS 2440 {} -").Append((voucherOre / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).Append("\n}\n");
        }

        (await app.Send(Sie(text.ToString()), As.Controller)).ShouldBeOk().CostTotal.Ore.ShouldBe(expectedOre);

        var pools = (await app.Send(new GetCostPools(2025, LedgerKind.Outcome), As.Controller)).ShouldBeOk();
        pools.Count.ShouldBe(3);
        pools.Sum(p => p.Amount.Ore).ShouldBe(expectedOre);
        pools.Sum(p => p.LineCount).ShouldBe(20_000);
        pools.ShouldAllBe(p => p.AccountGroupName == "Förbrukningsmaterial");
    }
}

public class LedgerDemoTests
{
    [Theory, AllDatabases]
    public async Task DemoLedger_ImportsThroughTheSieImport(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);

        var outcome = (await app.Send(new ImportDemoLedger(2025, CostLines: 20_000), Servicenav.Access.UserContext.System("demo"))).ShouldBeOk();
        var budget = (await app.Send(new ImportDemoLedger(2025, LedgerKind.Budget), Servicenav.Access.UserContext.System("demo"))).ShouldBeOk();

        outcome.CostLineCount.ShouldBeInRange(19_000, 21_000);
        outcome.RevenueTotal.Kronor.ShouldBeLessThan(-1_900_000_000m);
        budget.CostLineCount.ShouldBe(33 * 12 * 40);
        var pools = (await app.Send(new GetCostPools(2025, LedgerKind.Outcome), As.Controller)).ShouldBeOk();
        pools.Sum(p => p.Amount.Ore).ShouldBe(outcome.CostTotal.Ore);
        pools.Select(p => p.Ansvar).Distinct().Count().ShouldBe(40);
        pools.Where(p => p.CostType == CostType.Capital).Select(p => p.AccountGroup).Distinct().ShouldBe(["782", "783", "841", "849"], ignoreOrder: true);
    }
}
