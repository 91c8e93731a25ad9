using Servicenav.Ledger;
using Servicenav.Ledger.Demo;
using Servicenav.Ledger.Sie;

namespace Servicenav.Tests.Unit.Ledger;

public class LedgerGeneratorTests
{
    [Fact]
    public void Outcome_IsARegionSizedBalancedLedger_SameForTheSameSeed()
    {
        var doc = new LedgerGenerator(7).Outcome(2025);

        LedgerGenerator.Ansvar.Count.ShouldBe(40);
        var rows = doc.Vouchers.SelectMany(v => v.Transactions).ToList();
        var costs = rows.Where(t => t.Account[0] is >= '4' and <= '8').ToList();
        costs.Count.ShouldBeInRange(299_000, 301_000);
        costs.Sum(t => t.Amount).ShouldBeInRange(1_900_000_000m, 2_020_000_000m);
        costs.Select(t => t.ObjectId(1)).Distinct().Count().ShouldBe(40);
        doc.Vouchers.ShouldAllBe(v => v.Balance == 0m);
        rows.Where(t => t.Account[0] == '7' && t.Account[1] <= '6').Sum(t => t.Amount).ShouldBeInRange(950_000_000m, 1_100_000_000m);

        var again = new LedgerGenerator(7).Outcome(2025);
        again.Vouchers.SelectMany(v => v.Transactions).Take(1000).Select(t => t.Amount).ShouldBe(rows.Take(1000).Select(t => t.Amount));
    }

    [Fact]
    public void Outcome_WrittenAndReadBack_GivesTheSameVouchers()
    {
        var doc = new LedgerGenerator(3).Outcome(2025, costLines: 5_000);

        var back = SieReader.Read(SieWriter.WriteBytes(doc));

        back.Vouchers.Count.ShouldBe(doc.Vouchers.Count);
        back.Vouchers.SelectMany(v => v.Transactions).Select(t => (t.Account, t.Amount, t.ObjectId(1)))
            .ShouldBe(doc.Vouchers.SelectMany(v => v.Transactions).Select(t => (t.Account, t.Amount, t.ObjectId(1))));
        back.Objects[(1, "1110")].ShouldBe("Område IT - Ledning");
    }

    [Fact]
    public void Budget_HasPeriodTotalsEqualToTheirParts()
    {
        var doc = SieReader.Read(SieWriter.WriteBytes(new LedgerGenerator(3).Budget(2026)));

        var entries = SieLedgerEntries.From(doc, LedgerKind.Budget, 2026, "budget.se");

        entries.Count.ShouldBe(33 * 12 * 40);
        entries.ShouldAllBe(e => e.Ansvar.Length == 4);
        entries.Sum(e => e.AmountOre).ShouldBe(doc.PeriodBudgets.Where(b => b.IsTotal).Sum(b => (long)(b.Amount * 100)));
    }
}
