using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Servicenav.Billing;
using Servicenav.Billing.Domain;
using Servicenav.Billing.Features;
using Servicenav.Ledger.Sie;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;
using static Servicenav.Tests.Infrastructure.BillingWorld;

namespace Servicenav.Tests.Integration;

/// <summary>The ledger export, the customer's view of its invoices, refunds and what results read back.</summary>
public class BillingExportAndViewTests
{
    private static readonly Guid RefundDecision = Guid.Parse("0192f0c1-0000-7000-8000-0000000000aa");

    private static RefundIssue Refund(BillingWorld world, Period bookIn) => new(
        RefundDecision, 2026, bookIn, "Område IT", "Överskott 2026",
        [new RefundShare(world.Karolinska, Money.Sek(1_000m)), new RefundShare(world.Sodersjukhuset, Money.Sek(250.50m))]);

    private static Task<IReadOnlyList<Guid>> IssueRefund(BillingWorld world, RefundIssue issue) =>
        world.App.Query(db => new RefundInvoicing(db, world.App.Clock).IssueAsync(issue));

    [Theory, AllDatabases]
    public async Task SieExport_OneBalancedVoucherPerInvoice_MatchingTheInvoicesAndReadBack(DatabaseKind db)
    {
        var world = await BillingRunTests.MarchWithUsage(db);
        await using var _ = world.App;
        await world.App.Send(new RunBilling(March), As.Controller);
        await IssueRefund(world, Refund(world, March));
        var invoices = (await world.App.Send(new ListInvoices(March), As.Controller)).ShouldBeOk();

        var file = (await world.App.Send(new ExportLedger(March, LedgerExportFormat.Sie), As.Controller)).ShouldBeOk();

        file.FileName.ShouldBe("internfakturor-2026-03.si");
        Encoding.ASCII.GetString(file.Content).ShouldContain("#FORMAT PC8");
        file.Content.ShouldContain((byte)0x94); // "ö" in code page 437 (Södersjukhuset), not UTF-8
        var sie = SieReader.Read(file.Content);
        sie.Vouchers.Count.ShouldBe(invoices.Count);
        sie.Vouchers.ShouldAllBe(v => v.Balance == 0m);
        var settings = new LedgerExportSettings();
        var costs = sie.Vouchers.Select(v => v.Transactions.Where(t => t.Account == settings.CustomerCostAccount).Sum(t => t.Amount)).Order().ToList();
        costs.ShouldBe(invoices.Select(i => i.Total).Order().ToList());
        sie.Vouchers.Sum(v => v.Transactions.Where(t => t.Account == settings.RevenueAccount).Sum(t => t.Amount)).ShouldBe(-invoices.Sum(i => i.Total));
        var karolinska = sie.Vouchers.Single(v => v.Text.Contains("Internfaktura", StringComparison.Ordinal) && v.Text.Contains("Karolinska", StringComparison.Ordinal));
        karolinska.Date.ShouldBe(new DateOnly(2026, 3, 31));
        var revenue = karolinska.Transactions.Single(t => t.Account == "3510");
        revenue.ObjectId(1).ShouldBe("9000");
        revenue.ObjectId(21).ShouldBe("KS");
        var cost = karolinska.Transactions.Where(t => t.Account == "6590").ToList();
        cost.Single(t => t.ObjectId(1) == "4199").Amount.ShouldBe(256.50m); // the usage's own ansvar
        cost.Single(t => t.ObjectId(1) == "4100").Amount.ShouldBe(10_000m + 1_282.50m + 92.63m);
        cost.ShouldAllBe(t => t.ObjectId(20) == "310" && t.ObjectId(21) == "SERV");
        sie.Vouchers.Single(v => v.Text.Contains("Återbetalning", StringComparison.Ordinal) && v.Text.Contains("Södersjukhuset", StringComparison.Ordinal))
            .Transactions.Single(t => t.Account == "6590").Amount.ShouldBe(-250.50m);
    }

    [Theory, AllDatabases]
    public async Task CsvExport_SameBookingsSummingToZero(DatabaseKind db)
    {
        var world = await BillingRunTests.MarchWithUsage(db);
        await using var _ = world.App;
        await world.App.Send(new RunBilling(March), As.Controller);

        var file = (await world.App.Send(new ExportLedger(March, LedgerExportFormat.Csv), As.Controller)).ShouldBeOk();

        var rows = Encoding.UTF8.GetString(file.Content).TrimStart('\uFEFF').Split("\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(r => r.TrimEnd('\r').Split(';')).ToList();
        rows.Count.ShouldBe(5); // Karolinska: two cost rows + revenue; Södersjukhuset: cost + revenue
        rows.Sum(r => decimal.Parse(r[8], SwedishCulture.Culture)).ShouldBe(0m);
        rows.Where(r => r[2] == "3510").Sum(r => decimal.Parse(r[8], SwedishCulture.Culture)).ShouldBe(-(10_000m + 1_282.50m + 256.50m + 92.63m + 2_671m));
        (await world.App.Send(new ExportLedger(March, LedgerExportFormat.Csv), As.Bestallare(world.Karolinska))).Status.ShouldBe(ResultStatus.Forbidden);
    }

    [Theory, AllDatabases]
    public async Task Bestallare_SeesOnlyOwnInvoices_AndDrillsDownToUsagePriceListAndBuildUp(DatabaseKind db)
    {
        var world = await BillingRunTests.MarchWithUsage(db);
        await using var _ = world.App;
        await world.App.Send(new RunBilling(March), As.Controller);
        var bestallare = As.Bestallare(world.Karolinska);
        var all = (await world.App.Send(new ListInvoices(), As.Controller)).ShouldBeOk();
        var other = all.Single(i => i.CustomerId == world.Sodersjukhuset);

        var own = (await world.App.Send(new ListInvoices(), bestallare)).ShouldBeOk();

        own.ShouldHaveSingleItem().CustomerId.ShouldBe(world.Karolinska);
        (await world.App.Send(new ListInvoices(CustomerId: world.Sodersjukhuset), bestallare)).ShouldBeOk().ShouldBeEmpty();
        (await world.App.Send(new GetInvoice(other.Id), bestallare)).Status.ShouldBe(ResultStatus.NotFound);
        var otherLine = (await world.App.Send(new GetInvoice(other.Id), As.Controller)).ShouldBeOk().Lines.First(l => l.Kind == InvoiceLineKind.Usage);
        (await world.App.Send(new GetInvoiceLineUsage(otherLine.Id), bestallare)).Status.ShouldBe(ResultStatus.NotFound);

        var invoice = (await world.App.Send(new GetInvoice(own[0].Id), bestallare)).ShouldBeOk();
        invoice.Ansvar.ShouldBe("4100");
        var meals = invoice.Lines.Single(l => l.ServiceCode == Meals && l.Ansvar is null);
        meals.PriceListId.ShouldBe(PriceListId);
        meals.PriceListVersion.ShouldBe(1);
        meals.Diarienummer.ShouldBe("FSN 2025-0101");
        meals.PriceBuildUpUrl.ShouldBe("/kalkyl/2026/tjanst/kost-lunch");
        var usage = (await world.App.Send(new GetInvoiceLineUsage(meals.Id), bestallare)).ShouldBeOk();
        usage.TotalRows.ShouldBe(2);
        usage.Rows.Sum(r => r.Quantity).ShouldBe(meals.Quantity);
        usage.Rows.ShouldAllBe(r => r.Period == "2026-03" && r.ServiceCode == Meals && r.Ansvar == null);
        (await world.App.Send(new ListInvoices(), As.Medarbetare(world.Karolinska))).Status.ShouldBe(ResultStatus.Forbidden);
    }

    [Theory, AllDatabases]
    public async Task Bestallare_ExcelExport_HoldsOwnInvoicesLinesAndUsageOnly(DatabaseKind db)
    {
        var world = await BillingRunTests.MarchWithUsage(db);
        await using var _ = world.App;
        await world.App.Send(new RunBilling(March), As.Controller);

        var file = (await world.App.Send(new ExportInvoices(), As.Bestallare(world.Karolinska))).ShouldBeOk();

        using var workbook = new XLWorkbook(new MemoryStream(file.Content));
        workbook.Worksheet("Fakturor").RowsUsed().Count().ShouldBe(2);
        workbook.Worksheet("Fakturor").Cell(2, 3).GetString().ShouldBe("Karolinska Universitetssjukhuset");
        workbook.Worksheet("Fakturarader").RowsUsed().Count().ShouldBe(1 + 4);
        workbook.Worksheet("Användning").RowsUsed().Count().ShouldBe(1 + 4); // Karolinska's four March records
    }

    [Theory, AllDatabases]
    public async Task Refund_IssuedOncePerDecision_AsCreditInvoicesThatARerunKeeps_AndNotInChargedRevenue(DatabaseKind db)
    {
        var world = await BillingRunTests.MarchWithUsage(db);
        await using var _ = world.App;
        await world.App.Send(new RunBilling(March), As.Controller);

        var ids = await IssueRefund(world, Refund(world, April));
        var again = await Should.ThrowAsync<BusinessRuleException>(() => IssueRefund(world, Refund(world, April)));
        await world.App.Send(new RunBilling(April), As.Controller);

        ids.Count.ShouldBe(2);
        again.RuleName.ShouldBe(nameof(RefundIssuedOnceRule));
        var refunds = await world.App.Query(db => db.Invoices.Where(i => i.Kind == InvoiceKind.Refund).ToListAsync());
        refunds.Select(i => i.Id).ShouldBe(ids, ignoreOrder: true);
        refunds.Single(i => i.CustomerId == world.Sodersjukhuset).Total.ShouldBe(Money.Sek(-250.50m));
        refunds.ShouldAllBe(i => i.Period == April && i.RefundDecisionId == RefundDecision);

        var charged = await world.App.Query(db => new ChargedRevenue(db).ForYearAsync(2026));
        charged.Where(c => c.Period == March).Sum(c => c.Amount.Kronor).ShouldBe(10_000m + 1_282.50m + 256.50m + 92.63m + 2_671m);
        charged.Where(c => c.Period == April && c.CustomerId == world.Karolinska && c.ServiceCode == Meals).ShouldHaveSingleItem().Amount.ShouldBe(Money.Sek(8_550m));
        charged.Sum(c => c.Amount.Kronor).ShouldBe(10_000m + 1_282.50m + 256.50m + 92.63m + 2_671m + 8_550m + 12_500m);
    }

    [Theory, AllDatabases]
    public async Task Refund_IntoAClosedMonth_IsRefused(DatabaseKind db)
    {
        var world = await BillingRunTests.MarchWithUsage(db);
        await using var _ = world.App;
        await world.App.Send(new RunBilling(March), As.Controller);
        await world.App.Send(new CloseBillingPeriod(March), As.Controller);

        (await Should.ThrowAsync<BusinessRuleException>(() => IssueRefund(world, Refund(world, March)))).RuleName.ShouldBe(nameof(ClosedPeriodIsLockedRule));
        (await world.App.Query(db => db.Invoices.CountAsync(i => i.Kind == InvoiceKind.Refund))).ShouldBe(0);
    }
}
