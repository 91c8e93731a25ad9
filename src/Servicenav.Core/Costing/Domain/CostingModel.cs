using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Domain;

/// <summary>
/// The activity-based costing model of one year: activities, resource drivers (pools → activities), support
/// drivers (support → activities, solved reciprocally) and activity drivers (primary activities → services).
/// It stays editable after a calculation; every calculation is kept as a snapshot (<see cref="CostingRun"/>),
/// and an edit marks the model as changed since the latest one.
/// </summary>
public sealed class CostingModel : Entity
{
    private readonly List<CostingActivity> _activities = [];
    private readonly List<CostingDriver> _drivers = [];

    private CostingModel()
    {
    }

    private CostingModel(int year, LedgerKind basis, string createdBy, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        Year = year;
        Basis = basis;
        Status = CostingModelStatus.Draft;
        CreatedBy = createdBy;
        CreatedAtUtc = nowUtc;
        ChangedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    /// <summary>Whether the model spreads the year's budget or its outcome.</summary>
    public LedgerKind Basis { get; private set; }

    public CostingModelStatus Status { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }

    public DateTime? CalculatedAtUtc { get; private set; }

    public IReadOnlyList<CostingActivity> Activities => _activities;

    public IReadOnlyList<CostingDriver> Drivers => _drivers;

    public static CostingModel Create(int year, LedgerKind basis, string createdBy, DateTime nowUtc) => new(year, basis, createdBy, nowUtc);

    public CostingActivity? FindActivity(string code) =>
        _activities.FirstOrDefault(a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase));

    public CostingDriver? FindDriver(DriverKind kind, DriverSource source, string sourceKey) =>
        _drivers.FirstOrDefault(d => d.Kind == kind && d.Source == source && string.Equals(d.SourceKey, sourceKey, StringComparison.OrdinalIgnoreCase));

    public CostingDriver? DriverOf(CostingActivity activity) =>
        FindDriver(activity.Kind == ActivityKind.Support ? DriverKind.Support : DriverKind.Activity, DriverSource.Activity, activity.Code);

    public void ChangeBasis(LedgerKind basis, DateTime nowUtc)
    {
        Basis = basis;
        Touch(nowUtc);
    }

    public CostingActivity AddActivity(string code, string name, ActivityKind kind, DateTime nowUtc)
    {
        CheckRule(new ActivityCodeMustBeUniqueRule(code, FindActivity(code) is not null));
        var activity = new CostingActivity(code.Trim(), name.Trim(), kind, _activities.Count == 0 ? 1 : _activities.Max(a => a.SortOrder) + 1);
        _activities.Add(activity);
        Touch(nowUtc);
        return activity;
    }

    public void ChangeActivity(string code, string name, ActivityKind kind, DateTime nowUtc)
    {
        var activity = RequireActivity(code);

        // The activity's own driver belongs to its old kind (support → activities, primary → services): it no longer applies.
        if (activity.Kind != kind && DriverOf(activity) is { } own)
        {
            _drivers.Remove(own);
        }

        activity.Change(name.Trim(), kind);
        Touch(nowUtc);
    }

    public void RemoveActivity(string code, DateTime nowUtc)
    {
        var activity = RequireActivity(code);
        CheckRule(new ActivityInUseRule(activity.Code, _drivers.Where(d => d.Kind != DriverKind.Activity && d.Targets(activity.Code)).Select(d => DriverLabel(d.Kind, d.Source, d.SourceKey))));
        if (DriverOf(activity) is { } own)
        {
            _drivers.Remove(own);
        }

        _activities.Remove(activity);
        Touch(nowUtc);
    }

    /// <summary>
    /// Sets (creates or replaces) a driver. Rules: values are non-negative and not all zero; shares sum to 100 %;
    /// each target is named once; targets of resource and support drivers are activities of the model (a support
    /// activity is not allocated to itself); a support/activity driver belongs to a support/primary activity.
    /// Service codes of activity drivers are checked against the catalogue when the model is calculated.
    /// </summary>
    public CostingDriver SetDriver(DriverKind kind, DriverSource source, string sourceKey, DriverBasis basis, string unit, IReadOnlyList<(string Target, decimal Value)> lines, DateTime nowUtc)
    {
        sourceKey = sourceKey.Trim();
        var label = DriverLabel(kind, source, sourceKey);
        CheckRule(new DriverSourceMatchesKindRule(kind, source, sourceKey, FindActivity(sourceKey)?.Kind));
        var trimmed = lines.Select(l => (Target: l.Target.Trim(), Value: decimal.Round(l.Value, 6))).ToList();
        CheckRule(new DriverTargetsMustBeUniqueRule(label, trimmed.Select(l => l.Target)));
        CheckRule(new DriverValuesMustBeNonNegativeRule(label, trimmed));
        CheckRule(new DriverMustNotBeAllZeroRule(label, trimmed.Select(l => l.Value)));
        if (basis == DriverBasis.Shares)
        {
            CheckRule(new SharesMustSumToHundredRule(label, trimmed.Sum(l => l.Value)));
        }

        if (kind != DriverKind.Activity)
        {
            CheckRule(new DriverTargetsMustBeActivitiesRule(label, trimmed.Select(l => l.Target).Where(t => FindActivity(t) is null)));
            CheckRule(new SupportActivityNotAllocatedToItselfRule(kind == DriverKind.Support ? sourceKey : null, trimmed.Select(l => l.Target)));
        }

        var canonicalTargets = trimmed.Select(l => (kind == DriverKind.Activity ? l.Target : FindActivity(l.Target)!.Code, l.Value)).ToList();
        var canonicalSource = source == DriverSource.Activity ? FindActivity(sourceKey)!.Code : sourceKey;
        var driver = FindDriver(kind, source, canonicalSource);
        if (driver is null)
        {
            driver = new CostingDriver(kind, source, canonicalSource, basis, unit.Trim());
            _drivers.Add(driver);
        }

        driver.Replace(basis, basis == DriverBasis.Shares ? "%" : unit.Trim(), canonicalTargets);
        Touch(nowUtc);
        return driver;
    }

    public void RemoveDriver(Guid driverId, DateTime nowUtc)
    {
        var driver = _drivers.FirstOrDefault(d => d.Id == driverId);
        if (driver is not null)
        {
            _drivers.Remove(driver);
            Touch(nowUtc);
        }
    }

    /// <summary>Records that a calculation of the model as it is now was stored.</summary>
    public void MarkCalculated(DateTime nowUtc)
    {
        Status = CostingModelStatus.Calculated;
        CalculatedAtUtc = nowUtc;
    }

    /// <summary>Human label of a driver for messages: "pool 5010|1200", "ansvar 1200", "aktivitet HR".</summary>
    public static string DriverLabel(DriverKind kind, DriverSource source, string sourceKey) =>
        string.Format(SwedishCulture.Culture, CostingMessages.DriverLabel, CostingEnumText.Of(kind), CostingEnumText.Of(source).ToLower(SwedishCulture.Culture), sourceKey);

    private CostingActivity RequireActivity(string code) =>
        FindActivity(code) ?? throw new ValidationFailedException("code", string.Format(SwedishCulture.Culture, CostingMessages.ActivityNotFound, code));

    private void Touch(DateTime nowUtc)
    {
        Status = CostingModelStatus.Draft;
        ChangedAtUtc = nowUtc;
    }
}
