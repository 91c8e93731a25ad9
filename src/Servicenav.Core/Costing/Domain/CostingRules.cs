using Servicenav.SharedKernel;

namespace Servicenav.Costing.Domain;

// The named rules of a costing model. Each message names what is wrong and where, in Swedish, for the controller.

public sealed class ActivityCodeMustBeUniqueRule(string code, bool taken) : IBusinessRule
{
    public bool IsBroken() => taken;

    public string Message => Format(CostingMessages.ActivityCodeTaken, code);

    private static string Format(string text, params object[] args) => string.Format(SwedishCulture.Culture, text, args);
}

public sealed class ActivityInUseRule(string code, IEnumerable<string> usedBy) : IBusinessRule
{
    private readonly List<string> _usedBy = usedBy.ToList();

    public bool IsBroken() => _usedBy.Count > 0;

    public string Message => string.Format(SwedishCulture.Culture, CostingMessages.ActivityInUse, code, string.Join(", ", _usedBy));
}

public sealed class DriverSourceMatchesKindRule(DriverKind kind, DriverSource source, string sourceKey, ActivityKind? activityKind) : IBusinessRule
{
    public bool IsBroken() => kind switch
    {
        DriverKind.Resource => source == DriverSource.Activity || string.IsNullOrWhiteSpace(sourceKey),
        DriverKind.Support => source != DriverSource.Activity || activityKind != ActivityKind.Support,
        _ => source != DriverSource.Activity || activityKind != ActivityKind.Primary,
    };

    public string Message => kind switch
    {
        DriverKind.Resource => CostingMessages.ResourceDriverNeedsPool,
        DriverKind.Support => string.Format(SwedishCulture.Culture, CostingMessages.SupportDriverNeedsSupportActivity, sourceKey),
        _ => string.Format(SwedishCulture.Culture, CostingMessages.ActivityDriverNeedsPrimaryActivity, sourceKey),
    };
}

public sealed class DriverTargetsMustBeUniqueRule(string driver, IEnumerable<string> targets) : IBusinessRule
{
    private readonly List<string> _twice = targets.GroupBy(t => t, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

    public bool IsBroken() => _twice.Count > 0;

    public string Message => string.Format(SwedishCulture.Culture, CostingMessages.DriverTargetTwice, driver, string.Join(", ", _twice));
}

public sealed class DriverValuesMustBeNonNegativeRule(string driver, IEnumerable<(string Target, decimal Value)> lines) : IBusinessRule
{
    private readonly List<string> _negative = lines.Where(l => l.Value < 0).Select(l => l.Target).ToList();

    public bool IsBroken() => _negative.Count > 0;

    public string Message => string.Format(SwedishCulture.Culture, CostingMessages.DriverValueNegative, driver, string.Join(", ", _negative));
}

public sealed class DriverMustNotBeAllZeroRule(string driver, IEnumerable<decimal> values) : IBusinessRule
{
    public bool IsBroken() => !values.Any(v => v > 0);

    public string Message => string.Format(SwedishCulture.Culture, CostingMessages.DriverAllZero, driver);
}

public sealed class SharesMustSumToHundredRule(string driver, decimal sum) : IBusinessRule
{
    public bool IsBroken() => sum != 100m;

    public string Message => string.Format(SwedishCulture.Culture, CostingMessages.SharesNotHundred, driver, SwedishCulture.Number(sum, 2));
}

public sealed class DriverTargetsMustBeActivitiesRule(string driver, IEnumerable<string> unknown) : IBusinessRule
{
    private readonly List<string> _unknown = unknown.ToList();

    public bool IsBroken() => _unknown.Count > 0;

    public string Message => string.Format(SwedishCulture.Culture, CostingMessages.DriverTargetNotActivity, driver, string.Join(", ", _unknown));
}

public sealed class SupportActivityNotAllocatedToItselfRule(string? supportActivity, IEnumerable<string> targets) : IBusinessRule
{
    public bool IsBroken() => supportActivity is not null && targets.Contains(supportActivity, StringComparer.OrdinalIgnoreCase);

    public string Message => string.Format(SwedishCulture.Culture, CostingMessages.SupportToItself, supportActivity);
}

// Rules checked when the model is calculated.

public sealed class ModelMustHavePrimaryActivitiesRule(int primaryCount) : IBusinessRule
{
    public bool IsBroken() => primaryCount == 0;

    public string Message => CostingMessages.NoPrimaryActivities;
}

public sealed class EveryPoolMustBeAssignedRule(IReadOnlyList<string> unassignedPools) : IBusinessRule
{
    public bool IsBroken() => unassignedPools.Count > 0;

    public string Message => string.Format(SwedishCulture.Culture, CostingMessages.PoolsUnassigned, unassignedPools.Count, Listing(unassignedPools));

    internal static string Listing(IReadOnlyList<string> items) =>
        items.Count <= 20 ? string.Join(", ", items) : string.Join(", ", items.Take(20)) + string.Format(SwedishCulture.Culture, CostingMessages.AndMore, items.Count - 20);
}

public sealed class EverySupportActivityMustBeAllocatedRule(IReadOnlyList<string> withoutDriver) : IBusinessRule
{
    public bool IsBroken() => withoutDriver.Count > 0;

    public string Message => string.Format(SwedishCulture.Culture, CostingMessages.SupportWithoutDriver, string.Join(", ", withoutDriver));
}

public sealed class EveryPrimaryActivityMustReachAServiceRule(IReadOnlyList<string> withoutService) : IBusinessRule
{
    public bool IsBroken() => withoutService.Count > 0;

    public string Message => string.Format(SwedishCulture.Culture, CostingMessages.PrimaryWithoutService, string.Join(", ", withoutService));
}

public sealed class ActivityDriverServicesMustBeInCatalogueRule(IReadOnlyList<string> unknown) : IBusinessRule
{
    public bool IsBroken() => unknown.Count > 0;

    public string Message => string.Format(SwedishCulture.Culture, CostingMessages.UnknownServices, EveryPoolMustBeAssignedRule.Listing(unknown));
}

public sealed class SupportLoopMustHaveOutflowRule(IReadOnlyList<string> closedLoop) : IBusinessRule
{
    public bool IsBroken() => closedLoop.Count > 0;

    public string Message => string.Format(SwedishCulture.Culture, CostingMessages.ClosedSupportLoop, string.Join(", ", closedLoop));
}

public sealed class ReciprocalSystemMustBeSolvableRule(IReadOnlyList<string> nearSingular) : IBusinessRule
{
    public bool IsBroken() => nearSingular.Count > 0;

    public string Message => string.Format(SwedishCulture.Culture, CostingMessages.NearSingular, string.Join(", ", nearSingular));
}
