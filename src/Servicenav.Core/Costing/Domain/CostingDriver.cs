namespace Servicenav.Costing.Domain;

/// <summary>
/// A distribution key. A resource driver spreads a pool (or all pools of an ansvar / account group) over
/// activities; a support driver spreads a support activity over other activities; an activity driver spreads a
/// primary activity over services. Lines hold a target (activity code or service code) and a value: a percent
/// share (<see cref="DriverBasis.Shares"/>) or a quantity such as FTEs, m², hours, cases, users or meals.
/// </summary>
public sealed class CostingDriver
{
    private readonly List<CostingDriverLine> _lines = [];

    private CostingDriver()
    {
    }

    internal CostingDriver(DriverKind kind, DriverSource source, string sourceKey, DriverBasis basis, string unit)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        Source = source;
        SourceKey = sourceKey;
        Basis = basis;
        Unit = unit;
    }

    public Guid Id { get; private set; }

    public Guid CostingModelId { get; private set; }

    public DriverKind Kind { get; private set; }

    public DriverSource Source { get; private set; }

    /// <summary>The pool key, ansvar, account group or activity code the driver distributes.</summary>
    public string SourceKey { get; private set; } = "";

    public DriverBasis Basis { get; private set; }

    /// <summary>What the quantities count ("årsarbetare", "m²", "ärenden"); "%" for shares.</summary>
    public string Unit { get; private set; } = "";

    public IReadOnlyList<CostingDriverLine> Lines => _lines;

    public decimal Total => _lines.Sum(l => l.Value);

    /// <summary>
    /// The lines in one fixed order (by target), whatever order the database returns them in: ties in the
    /// largest-remainder rule go to the earlier line, so a recalculation of an unchanged model gives the same öre.
    /// </summary>
    public IReadOnlyList<CostingDriverLine> OrderedLines => _lines.OrderBy(l => l.Target, StringComparer.Ordinal).ToList();

    /// <summary>Each target's share of the whole (0–1), in line order.</summary>
    public IEnumerable<(string Target, decimal Weight)> Weights => _lines.Select(l => (l.Target, l.Value));

    internal void Replace(DriverBasis basis, string unit, IEnumerable<(string Target, decimal Value)> lines)
    {
        Basis = basis;
        Unit = unit;
        _lines.Clear();
        _lines.AddRange(lines.Select(l => new CostingDriverLine(l.Target, l.Value)));
    }

    internal bool Targets(string code) => _lines.Any(l => string.Equals(l.Target, code, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One target of a driver and its share or quantity.</summary>
public sealed class CostingDriverLine
{
    private CostingDriverLine()
    {
    }

    internal CostingDriverLine(string target, decimal value)
    {
        Id = Guid.CreateVersion7();
        Target = target;
        Value = value;
    }

    public Guid Id { get; private set; }

    public Guid CostingDriverId { get; private set; }

    public string Target { get; private set; } = "";

    /// <summary>Percent (shares) or quantity; at most six decimals.</summary>
    public decimal Value { get; private set; }
}
