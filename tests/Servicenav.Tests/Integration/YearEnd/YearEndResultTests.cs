using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Servicenav.Billing;
using Servicenav.Catalog.Features;
using Servicenav.Costing;
using Servicenav.YearEnd.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;
using Servicenav.Tests.Unit;

namespace Servicenav.Tests.Integration.YearEnd;

/// <summary>Örebro's 2020 year end, replayed through Servicenav: charges and self-costs in, refunds decided and issued.</summary>
public class YearEndResultTests
{
    private const decimal Mnkr = 1_000_000m;

    [Theory, AllDatabases]
    public async Task Orebro_2020_refunds_take_the_result_from_127_0_to_29_8_mnkr_and_credit_customers_pro_rata(DatabaseKind db)
    {
        var (app, economy, customers) = await OrebroYear(db);
        await using var _ = app;

        var before = (await app.Send(new GetYearResult(2020), As.Controller)).ShouldBeOk();
        before.Total.ResultBeforeRefunds.ShouldBe(Money.Sek(127.0m * Mnkr));

        foreach (var (code, mnkr) in new[] { ("omr3", 38.0m), ("omr1", 49.2m), ("omr6", 6.0m), ("omr5", 4.0m) })
        {
            (await app.Send(Refund(code, mnkr), As.Controller)).ShouldBeOk();
        }

        var after = (await app.Send(new GetYearResult(2020), As.Controller)).ShouldBeOk();
        after.Total.Refunds.ShouldBe(Money.Sek(97.2m * Mnkr));
        after.Total.ResultAfterRefunds.ShouldBe(Money.Sek(29.8m * Mnkr));
        after.Refunds.Count.ShouldBe(4);
        foreach (var area in OrebroAreas.Read())
        {
            after.Areas.Single(a => a.AreaCode == area.Code).DeviationFromBudget.ShouldBe(Money.Sek(area.Deviation * Mnkr), area.Name);
        }

        var it = economy.Issued.Single(i => i.AreaName == "Område IT");
        it.BookIn.ShouldBe(new Period(2020, 12));
        it.Shares.Sum(s => s.Amount.Ore).ShouldBe(Money.Sek(38.0m * Mnkr).Ore);
        it.Shares.Single(s => s.CustomerId == customers[0]).Amount.ShouldBe(Money.Sek(38.0m * Mnkr * 0.7m));
        after.Refunds.Single(r => r.AreaCode == "omr3").CreditInvoiceCount.ShouldBe(3);
    }

    [Theory, AllDatabases]
    public async Task A_second_refund_cannot_take_more_than_is_left_of_the_area_result(DatabaseKind db)
    {
        var (app, economy, _) = await OrebroYear(db);
        await using var __ = app;
        (await app.Send(Refund("omr5", 4.0m), As.Controller)).ShouldBeOk();

        var refused = await Should.ThrowAsync<BusinessRuleException>(() => app.Send(Refund("omr5", 0.4m), As.Controller));

        refused.Message.ShouldContain("Område kundtjänst");
        economy.Issued.Count.ShouldBe(1);
        (await app.Query(d => d.RefundDecisions.CountAsync())).ShouldBe(1);
    }

    [Theory, AllDatabases]
    public async Task When_billing_cannot_issue_the_credits_no_refund_is_recorded(DatabaseKind db)
    {
        var (app, economy, _) = await OrebroYear(db);
        await using var _ = app;
        economy.FailNextIssue = true;

        await Should.ThrowAsync<InvalidOperationException>(() => app.Send(Refund("omr3", 38.0m), As.Controller));

        (await app.Query(d => d.RefundDecisions.CountAsync())).ShouldBe(0);
        (await app.Send(new GetYearResult(2020), As.Controller)).ShouldBeOk().Total.Refunds.ShouldBe(Money.Zero);
    }

    [Theory, AllDatabases]
    public async Task The_preview_shows_each_customers_share_without_deciding(DatabaseKind db)
    {
        var (app, economy, customers) = await OrebroYear(db);
        await using var _ = app;

        var preview = (await app.Send(new PreviewRefund(2020, "omr1", 49.2m * Mnkr), As.Controller)).ShouldBeOk();

        preview.Shares.Select(s => s.CustomerName).ShouldBe(["Regionstyrelsen", "Hälso- och sjukvårdsnämnden", "Länstrafiken"]);
        preview.Shares.Sum(s => s.Amount.Ore).ShouldBe(Money.Sek(49.2m * Mnkr).Ore);
        economy.Issued.ShouldBeEmpty();
        (await app.Query(d => d.RefundDecisions.CountAsync())).ShouldBe(0);
    }

    [Theory, AllDatabases]
    public async Task Budgets_per_area_give_the_deviation(DatabaseKind db)
    {
        var (app, _, _) = await OrebroYear(db);
        await using var _ = app;

        (await app.Send(new SetAreaBudget(2020, "omr3", 340m * Mnkr, 338m * Mnkr), As.Controller)).ShouldBeOk();
        (await app.Send(new SetAreaBudget(2020, "omr3", 340m * Mnkr, 337m * Mnkr), As.Controller)).ShouldBeOk();

        var it = (await app.Send(new GetYearResult(2020), As.Controller)).ShouldBeOk().Areas.Single(a => a.AreaCode == "omr3");
        it.BudgetResult.ShouldBe(Money.Sek(3m * Mnkr));
        it.DeviationFromBudget.ShouldBe(it.ResultAfterRefunds - Money.Sek(3m * Mnkr));
    }

    [Theory, AllDatabases]
    public async Task Each_month_sets_what_was_charged_against_the_self_cost_booked_in_it_and_the_year_is_the_sum_of_its_months(DatabaseKind db)
    {
        var (app, economy, _) = await OrebroYear(db);
        await using var _ = app;
        // December carries depreciation and year-end accruals: 13 of the year's 24 parts.
        economy.CostProfile = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 13];
        (await app.Send(new SetAreaBudget(2020, "omr3", 340m * Mnkr, 337m * Mnkr), As.Controller)).ShouldBeOk();
        (await app.Send(Refund("omr5", 4.0m), As.Controller)).ShouldBeOk();

        var result = (await app.Send(new GetYearResult(2020), As.Controller)).ShouldBeOk();

        result.Months.Select(m => m.Period).ShouldBe(Period.MonthsOf(2020));
        var itCost = OrebroAreas.Read().Single(a => a.Code == "omr3").BeforeRefunds().Cost;
        var it = result.Months.Select(m => m.Areas.Single(a => a.AreaCode == "omr3")).ToList();
        Math.Abs(it[11].Cost.Ore - (itCost.Ore * 13 / 24)).ShouldBeLessThanOrEqualTo(1);
        Math.Abs(it[0].Cost.Ore - (itCost.Ore / 24)).ShouldBeLessThanOrEqualTo(1);
        it[0].Revenue.ShouldBe(economy.Charges.Where(c => c.Period.Month == 1 && c.ServiceCode == "omr3-tjanst").Aggregate(Money.Zero, (s, c) => s + c.Amount));
        it[11].ResultBeforeRefunds.ShouldBeLessThan(Money.Zero);
        it.ShouldAllBe(m => m.BudgetResult == Money.Sek(250_000m));
        result.Months.Select(m => m.Areas.Single(a => a.AreaCode == "omr5").Refunds).ShouldBe([.. Enumerable.Repeat(Money.Zero, 11), Money.Sek(4.0m * Mnkr)]);

        var year = result.Areas.Single(a => a.AreaCode == "omr3");
        year.Cost.ShouldBe(itCost);
        year.Revenue.ShouldBe(it.Aggregate(Money.Zero, (s, m) => s + m.Revenue));
        year.BudgetResult.ShouldBe(Money.Sek(3m * Mnkr));
        result.Total.ResultAfterRefunds.ShouldBe(result.Months.Aggregate(Money.Zero, (s, m) => s + m.Total.ResultAfterRefunds));
    }

    [Theory, AllDatabases]
    public async Task The_Excel_export_has_the_areas_and_every_month_per_area_with_the_percentage_unformatted(DatabaseKind db)
    {
        var (app, economy, _) = await OrebroYear(db);
        await using var _ = app;
        economy.CostProfile = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 13];
        var result = (await app.Send(new GetYearResult(2020), As.Controller)).ShouldBeOk();

        var file = (await app.Send(new ExportYearResult(2020, ExportFormat.Xlsx), As.Controller)).ShouldBeOk();

        using var workbook = new XLWorkbook(new MemoryStream(file.Content));
        workbook.Worksheets.Select(w => w.Name).ShouldBe(["Resultat per område", "Resultat per månad"]);
        workbook.Worksheet(1).RowsUsed().Count().ShouldBe(1 + result.Areas.Count + 1);
        var months = workbook.Worksheet(2);
        months.RowsUsed().Count().ShouldBe(1 + (12 * (result.Areas.Count + 1)));
        var decemberTotal = months.RowsUsed().Single(r => r.Cell(1).GetString() == "2020-12" && r.Cell(2).GetString() == "Totalt");
        decemberTotal.Cell(4).GetValue<decimal>().ShouldBe(result.Months[11].Total.Cost.Kronor);
        decemberTotal.Cell(4).Style.NumberFormat.Format.ShouldBe(TableExport.MoneyFormat);
        decemberTotal.Cell(10).Style.NumberFormat.Format.ShouldNotBe(TableExport.MoneyFormat);
        (await app.Send(new ExportYearResult(2020, ExportFormat.Csv), As.Controller)).ShouldBeOk().FileName.ShouldBe("resultat-2020.csv");
    }

    [Theory, AllDatabases]
    public async Task Until_December_is_billed_the_year_holds_the_self_cost_and_budget_of_the_billed_months(DatabaseKind db)
    {
        var (app, economy, _) = await OrebroYear(db);
        await using var _ = app;
        economy.Charges.RemoveAll(c => c.Period.Month > 10);
        economy.CostProfile = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 13];
        (await app.Send(new SetAreaBudget(2020, "omr3", 340m * Mnkr, 337m * Mnkr), As.Controller)).ShouldBeOk();

        var result = (await app.Send(new GetYearResult(2020), As.Controller)).ShouldBeOk();

        result.Sources.CostMonths.ShouldBe(10);
        result.Months.Count.ShouldBe(10);
        var itCost = OrebroAreas.Read().Single(a => a.Code == "omr3").BeforeRefunds().Cost;
        var it = result.Areas.Single(a => a.AreaCode == "omr3");
        Math.Abs(it.Cost.Ore - (itCost.Ore * 10 / 24)).ShouldBeLessThanOrEqualTo(1);
        it.BudgetResult.ShouldBe(Money.Sek(2.5m * Mnkr));
    }

    [Theory, AllDatabases]
    public async Task Customers_neither_see_results_nor_decide_refunds(DatabaseKind db)
    {
        var (app, economy, customers) = await OrebroYear(db);
        await using var _ = app;

        (await app.Send(new GetYearResult(2020), As.Bestallare(customers[0]))).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(Refund("omr3", 1m), As.Bestallare(customers[0]))).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(Refund("omr3", 1m), As.Handlaggare)).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new SetAreaBudget(2020, "omr3", 1m, 1m), As.Handlaggare)).Status.ShouldBe(ResultStatus.Forbidden);
        economy.Issued.ShouldBeEmpty();
    }

    private static DecideRefund Refund(string areaCode, decimal mnkr) => new()
    {
        Year = 2020,
        AreaCode = areaCode,
        Amount = mnkr * Mnkr,
        Diarienummer = "RS 21/00042",
        DecisionDate = new DateOnly(2021, 2, 15),
        DecidedBy = "Regionservicenämnden",
        BookIn = "2020-12",
    };

    /// <summary>
    /// A catalogue with Örebro's seven areas (one service each), three customers charged 70/20/10 % of each area's
    /// revenue before refunds, and self-costs that give each area its 2020 result.
    /// </summary>
    private static async Task<(TestApp App, FakeEconomy Economy, Guid[] Customers)> OrebroYear(DatabaseKind db)
    {
        var economy = new FakeEconomy();
        var app = await TestApp.Start(db, new DateOnly(2021, 2, 1), services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IChargedRevenue>(economy));
            services.Replace(ServiceDescriptor.Singleton<IServiceSelfCosts>(economy));
            services.Replace(ServiceDescriptor.Singleton<IRefundInvoicing>(economy));
        });

        var areas = OrebroAreas.Read();
        var version = (await app.Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();
        foreach (var area in areas)
        {
            (await app.Send(new AddCatalogArea { VersionNumber = version, Code = area.Code, Name = area.Name }, As.Admin)).ShouldBeOk();
            (await app.Send(A.Service(area.Code + "-tjanst", area.Code).Named("Tjänst i " + area.Name).Add(version), As.Admin)).ShouldBeOk();
        }

        (await app.Send(SmallCatalog.Decision(version, "RS 19/00001", new DateOnly(2020, 1, 1)), As.Admin)).ShouldBeOk();

        var customers = new List<Guid>();
        foreach (var name in new[] { "Regionstyrelsen", "Hälso- och sjukvårdsnämnden", "Länstrafiken" })
        {
            customers.Add((await app.Send(A.Customer(name), As.Admin)).ShouldBeOk().Id);
        }

        foreach (var area in areas)
        {
            var before = area.BeforeRefunds();
            economy.Charge(2020, area.Code + "-tjanst", before.Revenue, [(customers[0], 70), (customers[1], 20), (customers[2], 10)]);
            economy.SelfCosts.Add(new ServiceSelfCost(area.Code + "-tjanst", before.Cost, Money.Zero, Money.Zero));
        }

        return (app, economy, customers.ToArray());
    }
}
