using Servicenav.Billing;
using Servicenav.Costing;
using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Tests.Integration.YearEnd;

/// <summary>
/// Stands in for the billing and costing modules' contracts in results tests: what was charged, what the
/// services cost, and the refund credits billing was asked to issue.
/// </summary>
public sealed class FakeEconomy : IChargedRevenue, IServiceSelfCosts, IRefundInvoicing
{
    public List<ChargedAmount> Charges { get; } = [];

    public List<ServiceSelfCost> SelfCosts { get; } = [];

    public List<RefundIssue> Issued { get; } = [];

    public bool FailNextIssue { get; set; }

    public Task<IReadOnlyList<ChargedAmount>> ForYearAsync(int year, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ChargedAmount>>(Charges.Where(c => c.Period.Year == year).ToList());

    Task<ServiceSelfCosts?> IServiceSelfCosts.ForYearAsync(int year, CancellationToken cancellationToken) =>
        Task.FromResult<ServiceSelfCosts?>(SelfCosts.Count == 0 ? null : new ServiceSelfCosts(year, Guid.Empty, LedgerKind.Outcome, DateTime.UtcNow, SelfCosts));

    /// <summary>How the self-costs fall over the months (January first); evenly unless a test says otherwise.</summary>
    public decimal[] CostProfile { get; set; } = new decimal[MonthSplit.Months];

    Task<ServiceCostsByMonth?> IServiceSelfCosts.ByMonthAsync(int year, CancellationToken cancellationToken) =>
        Task.FromResult<ServiceCostsByMonth?>(SelfCosts.Count == 0 ? null : new ServiceCostsByMonth(
            LedgerKind.Outcome,
            DateTime.UtcNow,
            false,
            [.. SelfCosts.Select(s => new ServiceCostByMonth(s.ServiceCode, [.. MonthSplit.Split(s.Total.Ore, CostProfile).Select(Money.FromOre)]))]));

    public Task<IReadOnlyList<Guid>> IssueAsync(RefundIssue issue, CancellationToken cancellationToken = default)
    {
        if (FailNextIssue)
        {
            FailNextIssue = false;
            throw new InvalidOperationException("billing is down");
        }

        Issued.Add(issue);
        return Task.FromResult<IReadOnlyList<Guid>>(issue.Shares.Select(_ => Guid.NewGuid()).ToList());
    }

    /// <summary>Spreads a yearly amount over twelve months and customers by weight, exact to the öre.</summary>
    public void Charge(int year, string serviceCode, Money yearly, IReadOnlyList<(Guid Customer, int Weight)> customers)
    {
        var totalWeight = customers.Sum(c => c.Weight);
        var left = yearly.Ore;
        for (var i = 0; i < customers.Count; i++)
        {
            var customerYear = i == customers.Count - 1 ? left : yearly.Ore * customers[i].Weight / totalWeight;
            left -= customerYear;
            for (var month = 1; month <= 12; month++)
            {
                var monthly = month == 12 ? customerYear - (customerYear / 12 * 11) : customerYear / 12;
                Charges.Add(new ChargedAmount(new Period(year, month), customers[i].Customer, serviceCode, Money.FromOre(monthly)));
            }
        }
    }
}
