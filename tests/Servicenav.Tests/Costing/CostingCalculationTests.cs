using Servicenav.Costing.Domain;
using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Tests.Costing;

public class CostingCalculationTests
{
    /// <summary>
    /// The worked example: HR = 80 000 + 0.08·DP, DP = 120 000 + 0.20·HR, RM = 40 000 + 0.10·HR + 0.07·DP.
    /// HR gives 20 % to DP and 10 % to RM, DP gives 8 % to HR and 7 % to RM; the rest, and all of RM, goes to the
    /// two primary activities.
    /// </summary>
    private static CostingModelBuilder WorkedExample() => new CostingModelBuilder()
        .Support("HR", "DP", "RM")
        .Primary("P1", "P2")
        .Pool("hr", 80_000m, "HR")
        .Pool("dp", 120_000m, "DP", CostType.Other)
        .Pool("rm", 40_000m, "RM", CostType.Capital)
        .Pool("p1", 100_000m, "P1")
        .Allocate("HR", "DP:20,RM:10,P1:40,P2:30")
        .Allocate("DP", "HR:8,RM:7,P1:50,P2:35")
        .Allocate("RM", "P1:60,P2:40")
        .Serve("P1", "svc-a:3,svc-b:1")
        .Serve("P2", "svc-c:1");

    [Fact]
    public void WorkedReciprocalExample_GivesTheHandCalculatedFullCosts()
    {
        var outcome = WorkedExample().Run();

        decimal Full(string code) => Money.FromOre(outcome.Activities.Single(a => a.ActivityCode == code).TotalOre).Kronor;
        Full("HR").ShouldBe(91_056.91m); // 89 600 / 0.984
        Full("DP").ShouldBe(138_211.38m);
        Full("RM").ShouldBe(58_780.49m);
        Math.Round(Full("HR"), 0, MidpointRounding.AwayFromZero).ShouldBe(91_057m);
        Math.Round(Full("DP"), 0, MidpointRounding.AwayFromZero).ShouldBe(138_211m);

        // The hand figure for RM, 58 781, is 0.51 kr high: 40 000 + 0.10 · 91 056.91 + 0.07 · 138 211.38 = 58 780.49.
        Full("RM").ShouldBe(58_781m, tolerance: 1m);
    }

    [Fact]
    public void WorkedReciprocalExample_ConservesEveryOre()
    {
        var outcome = WorkedExample().Run();

        // All of HR, DP and RM is passed on: the primary activities carry the whole 340 000 kr, and so do the services.
        outcome.Activities.Where(a => a.Kind == ActivityKind.Primary).Sum(a => a.TotalOre).ShouldBe(34_000_000L);
        outcome.ServicesTotalOre.ShouldBe(34_000_000L);
        outcome.PoolsTotalOre.ShouldBe(34_000_000L);

        // P1 = 100 000 + 0.40·HR + 0.50·DP + 0.60·RM (with the solved full costs).
        var p1 = Money.FromOre(outcome.Activities.Single(a => a.ActivityCode == "P1").TotalOre).Kronor;
        p1.ShouldBe(100_000m + (0.40m * 91_056.91m) + (0.50m * 138_211.38m) + (0.60m * 58_780.49m), 0.05m);

        // Each pool's parts in the primary activities add up to the pool.
        foreach (var pool in outcome.Pools)
        {
            outcome.ActivityPools.Where(a => a.PoolKey == pool.Key).Sum(a => a.TotalOre).ShouldBe(pool.Amount.Ore);
        }

        // Cost types flow through: the capital pool (RM) ends as capital in the services.
        outcome.Services.Sum(s => s.CapitalOre).ShouldBe(4_000_000L);
        outcome.Services.Sum(s => s.OtherOre).ShouldBe(12_000_000L);
    }

    [Fact]
    public void SupportLoopWithoutOutflow_IsRefusedNamingTheActivities()
    {
        var model = new CostingModelBuilder()
            .Support("HR", "DP", "LED")
            .Primary("P1")
            .Pool("hr", 1_000m, "HR")
            .Pool("led", 500m, "LED")
            .Allocate("HR", "DP:100")
            .Allocate("DP", "HR:100")
            .Allocate("LED", "P1:1")
            .Serve("P1", "svc:1");

        var refused = Should.Throw<BusinessRuleException>(() => model.Run());

        refused.RuleName.ShouldBe(nameof(CostingModelMustBeCalculableRule));
        refused.Message.ShouldContain("HR, DP");
        refused.Message.ShouldContain("når någon primär aktivitet");
        refused.Message.ShouldNotContain("LED");
    }

    [Fact]
    public void UnassignedPools_AreRefusedAndListed()
    {
        var model = new CostingModelBuilder().Primary("P1").Pool("a", 10m, "P1").Pool("5010|9999", 7m, "").Serve("P1", "svc:1");

        var refused = Should.Throw<BusinessRuleException>(() => model.Run());

        refused.Message.ShouldContain("1 kostnadspooler saknar resursdrivare");
        refused.Message.ShouldContain("5010|9999");
    }

    [Fact]
    public void PrimaryActivityWithoutServices_AndUnknownServices_AreRefusedTogether()
    {
        var model = new CostingModelBuilder().Primary("P1", "P2").Pool("a", 10m, "P1").Serve("P1", "finns-inte:1");

        var refused = Should.Throw<BusinessRuleException>(() => model.Run(code => code != "finns-inte"));

        refused.Message.ShouldContain("P2 saknar aktivitetsdrivare");
        refused.Message.ShouldContain("finns-inte");
    }

    [Fact]
    public void SharesThatDoNotSumToHundred_AreRefusedWhenSet()
    {
        var builder = new CostingModelBuilder().Primary("P1", "P2");

        var refused = Should.Throw<BusinessRuleException>(() => builder.Model.SetDriver(DriverKind.Resource, DriverSource.Ansvar, "1200", DriverBasis.Shares, "%",
            CostingModelBuilder.Lines("P1:60,P2:30"), DateTime.UtcNow));

        refused.RuleName.ShouldBe(nameof(SharesMustSumToHundredRule));
        refused.Message.ShouldContain("90,00 %");
    }

    [Fact]
    public void NegativeAndAllZeroQuantities_AreRefused()
    {
        var builder = new CostingModelBuilder().Support("HR").Primary("P1", "P2");

        Should.Throw<BusinessRuleException>(() => builder.Allocate("HR", "P1:5,P2:-1")).RuleName.ShouldBe(nameof(DriverValuesMustBeNonNegativeRule));
        Should.Throw<BusinessRuleException>(() => builder.Allocate("HR", "P1:0,P2:0")).RuleName.ShouldBe(nameof(DriverMustNotBeAllZeroRule));
        Should.Throw<BusinessRuleException>(() => builder.Allocate("HR", "HR:1,P1:1")).RuleName.ShouldBe(nameof(SupportActivityNotAllocatedToItselfRule));
    }

    [Fact]
    public void PoolDriver_WinsOverAnsvar_WhichWinsOverAccountGroup()
    {
        var builder = new CostingModelBuilder().Primary("A", "B", "C")
            .Pool("50|1", 100m, "", ansvar: "1", group: "50")
            .Pool("50|2", 200m, "", ansvar: "2", group: "50")
            .Pool("60|2", 400m, "C", ansvar: "2", group: "60")
            .Serve("A", "a:1").Serve("B", "b:1").Serve("C", "c:1");
        builder.Model.SetDriver(DriverKind.Resource, DriverSource.AccountGroup, "50", DriverBasis.Shares, "%", CostingModelBuilder.Lines("A:100"), DateTime.UtcNow);
        builder.Model.SetDriver(DriverKind.Resource, DriverSource.Ansvar, "2", DriverBasis.Shares, "%", CostingModelBuilder.Lines("B:100"), DateTime.UtcNow);

        var outcome = builder.Run();

        outcome.Services.Single(s => s.ServiceCode == "a").TotalOre.ShouldBe(10_000L);
        outcome.Services.Single(s => s.ServiceCode == "b").TotalOre.ShouldBe(20_000L);
        outcome.Services.Single(s => s.ServiceCode == "c").TotalOre.ShouldBe(40_000L);
    }

    [Fact]
    public void LeftoverOre_GoToTheLargestFractions_AndAreShown()
    {
        // 100.00 kr over three equal services: 33.33 each and one öre left, which goes to the first (ties: earlier).
        var outcome = new CostingModelBuilder().Primary("P1").Pool("a", 100m, "P1").Serve("P1", "x:1,y:1,z:1").Run();

        outcome.Services.Select(s => s.TotalOre).ShouldBe([3_334L, 3_333L, 3_333L]);
        outcome.Services.Select(s => s.RemainderOre).ShouldBe([1, 0, 0]);
        outcome.Rounding.ActivityToServiceOre.ShouldBe(1L);
    }

    [Fact]
    public void LargestRemainder_SplitsCreditsLikeCosts()
    {
        LargestRemainder.Split(-100, [1m, 1m, 1m]).ShouldBe([-34L, -33L, -33L]);
        LargestRemainder.Split(10, [0m, 2m, 1m]).ShouldBe([0L, 7L, 3L]);
    }

    [Fact]
    public void RandomModels_ConserveTheOre_AndBuildUpsSumToTheSelfCost()
    {
        for (var seed = 1; seed <= 150; seed++)
        {
            var random = new Random(seed);
            var builder = RandomModel(random);
            var outcome = builder.Run();

            outcome.ServicesTotalOre.ShouldBe(outcome.PoolsTotalOre, $"seed {seed}");
            foreach (var pool in outcome.Pools)
            {
                outcome.ActivityPools.Where(a => a.PoolKey == pool.Key).Sum(a => a.TotalOre).ShouldBe(pool.Amount.Ore, $"seed {seed}, pool {pool.Key}");
                outcome.ActivityPools.Where(a => a.PoolKey == pool.Key).Sum(a => a.DirectOre).ShouldBe(pool.Amount.Ore, $"seed {seed}, pool {pool.Key} direct");
            }

            var poolTypes = outcome.Pools.ToDictionary(p => p.Key, p => p.CostType);
            foreach (var row in outcome.Services)
            {
                var stored = new CostingRunServiceActivity
                {
                    ServiceCode = row.ServiceCode, ActivityCode = row.ActivityCode, PersonnelOre = row.PersonnelOre, OtherOre = row.OtherOre, CapitalOre = row.CapitalOre,
                };
                var pools = outcome.ActivityPools.Where(a => a.ActivityCode == row.ActivityCode)
                    .Select(a => new CostingRunActivityPool { ActivityCode = a.ActivityCode, PoolKey = a.PoolKey, DirectOre = a.DirectOre, TotalOre = a.TotalOre }).ToList();
                var shares = ServiceBuildUp.SplitOverPools(stored, pools, poolTypes);
                shares.Sum(s => s.AmountOre).ShouldBe(row.TotalOre, $"seed {seed}, {row.ServiceCode}/{row.ActivityCode}");
                foreach (var type in Enum.GetValues<CostType>())
                {
                    shares.Where(s => s.CostType == type).Sum(s => s.AmountOre).ShouldBe(type switch
                    {
                        CostType.Personnel => row.PersonnelOre,
                        CostType.Other => row.OtherOre,
                        _ => row.CapitalOre,
                    });
                }
            }
        }
    }

    private static CostingModelBuilder RandomModel(Random random)
    {
        var supports = Enumerable.Range(1, random.Next(0, 7)).Select(i => "S" + i).ToArray();
        var primaries = Enumerable.Range(1, random.Next(1, 6)).Select(i => "P" + i).ToArray();
        var builder = new CostingModelBuilder().Support(supports).Primary(primaries);
        var all = supports.Concat(primaries).ToArray();
        for (var p = 0; p < random.Next(1, 30); p++)
        {
            var targets = all.OrderBy(_ => random.Next()).Take(random.Next(1, all.Length + 1)).ToList();
            var shares = Shares(random, targets.Count);
            var kronor = random.Next(-50_000, 5_000_000) + (random.Next(0, 100) / 100m);
            builder.Pool("pool" + p, kronor, string.Join(',', targets.Select((t, i) => $"{t}:{shares[i]}")), (CostType)random.Next(0, 3));
        }

        foreach (var s in supports)
        {
            // Every support activity sends something to a primary one, so no closed loop; the rest goes anywhere.
            var targets = all.Where(t => t != s).OrderBy(_ => random.Next()).Take(random.Next(1, all.Length)).ToList();
            if (!targets.Any(t => t.StartsWith('P')))
            {
                targets.Add(primaries[random.Next(primaries.Length)]);
            }

            builder.Allocate(s, string.Join(',', targets.Select(t => $"{t}:{random.Next(1, 1000)}.{random.Next(0, 1000)}")));
        }

        foreach (var p in primaries)
        {
            builder.Serve(p, string.Join(',', Enumerable.Range(0, random.Next(1, 12)).Select(i => $"svc{random.Next(0, 40)}-{p}{i}:{random.Next(0, 500)}.{random.Next(1, 10)}")));
        }

        return builder;
    }

    private static decimal[] Shares(Random random, int count)
    {
        var raw = Enumerable.Range(0, count).Select(_ => random.Next(1, 100)).ToArray();
        var total = raw.Sum();
        var shares = raw.Select(r => Math.Round(100m * r / total, 3)).ToArray();
        shares[^1] = 100m - shares[..^1].Sum();
        return shares;
    }

    [Fact]
    public void TheOrderOfDriverLines_DoesNotMoveAnOre()
    {
        // The database may return a driver's lines in any order; ties in the remainder rule must not depend on it.
        var forward = new CostingModelBuilder().Primary("P1").Pool("a", 100m, "P1").Serve("P1", "x:1,y:1,z:1").Run();
        var backward = new CostingModelBuilder().Primary("P1").Pool("a", 100m, "P1").Serve("P1", "z:1,y:1,x:1").Run();

        backward.Services.OrderBy(s => s.ServiceCode).Select(s => (s.ServiceCode, s.TotalOre))
            .ShouldBe(forward.Services.OrderBy(s => s.ServiceCode).Select(s => (s.ServiceCode, s.TotalOre)));
    }
}
