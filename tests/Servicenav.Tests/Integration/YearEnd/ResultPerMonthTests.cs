using Servicenav.Costing;
using Servicenav.Costing.Domain;
using Servicenav.Costing.Features;
using Servicenav.Ledger;
using Servicenav.Ledger.Data;
using Servicenav.Ledger.Domain;
using Servicenav.Ledger.Features;
using Servicenav.Ledger.Sie;
using Servicenav.SharedKernel;
using Servicenav.Tests.Costing;
using Servicenav.Tests.Infrastructure;
using Servicenav.YearEnd.Features;

namespace Servicenav.Tests.Integration.YearEnd;

/// <summary>
/// The result month by month with nothing faked: a ledger imported, a costing model calculated on it, and the year-end
/// result reading each service's self-cost in the months the ledger booked it.
/// </summary>
public class ResultPerMonthTests
{
    private const int Year = 2025;

    /// <summary>
    /// <see cref="LedgerImportTests.SmallSie"/>: on ansvar 1200 wages and rent in January, depreciation and interest in
    /// December; on ansvar 1300 wages in January. 1200 is It-leverans (the it area's two services), 1300 Kundtjänst.
    /// </summary>
    private static async Task<TestApp> CalculatedYear(DatabaseKind db)
    {
        var app = await TestApp.Start(db);
        await SmallCatalog.Decide(app);
        (await app.Send(new ImportLedger(SieTextEncoding.Pc8.GetBytes(LedgerImportTests.SmallSie()), LedgerFileFormat.Sie, Year, LedgerKind.Outcome, "utfall.se"), As.Controller)).ShouldBeOk();
        (await app.Send(new CreateCostingModel { Year = Year, Basis = LedgerKind.Outcome }, As.Controller)).ShouldBeOk();
        (await app.Send(new SaveCostingActivity { Year = Year, Code = "IT", Name = "It-leverans", Kind = ActivityKind.Primary }, As.Controller)).ShouldBeOk();
        (await app.Send(new SaveCostingActivity { Year = Year, Code = "KT", Name = "Kundtjänst", Kind = ActivityKind.Primary }, As.Controller)).ShouldBeOk();
        await Driver(app, DriverKind.Resource, "1200", DriverBasis.Shares, "IT:100");
        await Driver(app, DriverKind.Resource, "1300", DriverBasis.Shares, "KT:100");
        await Driver(app, DriverKind.Activity, "IT", DriverBasis.Quantities, $"{SmallCatalog.Workplace}:3,{SmallCatalog.Network}:1");
        await Driver(app, DriverKind.Activity, "KT", DriverBasis.Quantities, $"{SmallCatalog.ServiceDesk}:1");
        (await app.Send(new CalculateCostingModel(Year), As.Controller)).ShouldBeOk();
        return app;
    }

    private static async Task Driver(TestApp app, DriverKind kind, string key, DriverBasis basis, string lines) =>
        (await app.Send(
            new SetCostingDriver
            {
                Year = Year, Kind = kind, Source = kind == DriverKind.Resource ? DriverSource.Ansvar : DriverSource.Activity, SourceKey = key, Basis = basis,
                Unit = basis == DriverBasis.Shares ? "%" : "användare",
                Lines = CostingModelBuilder.Lines(lines).Select(l => new CostingDriverLineDto(l.Item1, l.Item2)).ToList(),
            },
            As.Controller)).ShouldBeOk();

    [Theory, AllDatabases]
    public async Task Self_cost_falls_in_the_months_the_ledger_booked_it_and_each_services_months_sum_to_its_self_cost(DatabaseKind db)
    {
        await using var app = await CalculatedYear(db);

        var (byMonth, yearly) = await app.Query(async d =>
        {
            var reader = new ServiceSelfCostsReader(d, new CostPools(d));
            return (await reader.ByMonthAsync(Year), await reader.ForYearAsync(Year));
        });

        byMonth.ShouldNotBeNull();
        byMonth.BookedAsYearTotals.ShouldBeFalse();
        byMonth.Services.Select(s => s.ServiceCode).ShouldBe(yearly!.Services.Select(s => s.ServiceCode), ignoreOrder: true);
        foreach (var service in byMonth.Services)
        {
            service.Total.ShouldBe(yearly.For(service.ServiceCode)!.Total, service.ServiceCode);
        }

        Money InMonth(int month, params string[] services) =>
            byMonth.Services.Where(s => services.Contains(s.ServiceCode)).Aggregate(Money.Zero, (sum, s) => sum + s.Months[month - 1]);
        InMonth(1, SmallCatalog.Workplace, SmallCatalog.Network).ShouldBe(Money.Sek(150_000.10m));
        InMonth(12, SmallCatalog.Workplace, SmallCatalog.Network).ShouldBe(Money.Sek(14_345.67m));
        InMonth(1, SmallCatalog.ServiceDesk).ShouldBe(Money.Sek(60_000.50m));
        byMonth.Services.SelectMany(s => s.Months.Where((_, i) => i is not (0 or 11))).ShouldAllBe(m => m == Money.Zero);
    }

    [Theory, AllDatabases]
    public async Task The_year_end_result_shows_revenue_less_self_cost_per_month_and_area(DatabaseKind db)
    {
        await using var app = await CalculatedYear(db);

        var result = (await app.Send(new GetYearResult(Year), As.Controller)).ShouldBeOk();

        result.Sources.CostMonths.ShouldBe(12);
        result.Months.Select(m => m.Period).ShouldBe(Period.MonthsOf(Year));
        var it = result.Months.Select(m => m.Areas.Single(a => a.AreaCode == "it")).ToList();
        it[0].Cost.ShouldBe(Money.Sek(150_000.10m));
        it[0].ResultBeforeRefunds.ShouldBe(Money.Sek(-150_000.10m));
        it[11].Cost.ShouldBe(Money.Sek(14_345.67m));
        it.Skip(1).Take(10).ShouldAllBe(m => m.Cost == Money.Zero);
        result.Months[0].Total.Cost.ShouldBe(Money.Sek(210_000.60m));
        result.Areas.Single(a => a.AreaCode == "it").Cost.ShouldBe(Money.Sek(164_345.77m));
        result.Total.Cost.ShouldBe(Money.Sek(224_346.27m));
    }

    [Fact]
    public void A_basis_booked_as_year_totals_is_spread_evenly_and_a_pool_booked_in_one_month_stays_there()
    {
        var yearTotals = PoolMonthShares.From([new CostPoolMonth("50|1", 1, Money.Sek(1200m)), new CostPoolMonth("78|1", 1, Money.Sek(600m))]);
        yearTotals.IsYearTotals.ShouldBeTrue();
        yearTotals.Of("78|1").ShouldAllBe(share => share == 1m / 12);

        var booked = PoolMonthShares.From([new CostPoolMonth("50|1", 1, Money.Sek(600m)), new CostPoolMonth("50|1", 2, Money.Sek(600m)), new CostPoolMonth("78|1", 12, Money.Sek(600m))]);
        booked.IsYearTotals.ShouldBeFalse();
        booked.Of("78|1")[11].ShouldBe(1m);
        booked.Of("50|1").Take(2).ShouldBe([0.5m, 0.5m]);
        booked.Of("no such pool").Sum().ShouldBe(1m, 0.000001m);
    }
}
