namespace Servicenav.SharedKernel;

/// <summary>
/// An amount in Swedish kronor, exact to the öre. Rounding to öre happens here and nowhere else
/// (half away from zero, as Swedish invoices round). Stored as whole öre so SQLite can sum it exactly.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(MoneyJsonConverter))]
public readonly record struct Money : IComparable<Money>
{
    private Money(decimal kronor) => Kronor = kronor;

    public decimal Kronor { get; }

    public long Ore => (long)(Kronor * 100m);

    public static Money Zero => default;

    public static Money Sek(decimal kronor) => new(Math.Round(kronor, 2, MidpointRounding.AwayFromZero));

    public static Money FromOre(long ore) => new(ore / 100m);

    /// <summary>The sum of the amounts (zero for none).</summary>
    public static Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(Zero, (sum, amount) => sum + amount);

    public static Money operator +(Money a, Money b) => new(a.Kronor + b.Kronor);

    public static Money operator -(Money a, Money b) => new(a.Kronor - b.Kronor);

    public static Money operator -(Money a) => new(-a.Kronor);

    public static bool operator <(Money a, Money b) => a.Kronor < b.Kronor;

    public static bool operator >(Money a, Money b) => a.Kronor > b.Kronor;

    public static bool operator <=(Money a, Money b) => a.Kronor <= b.Kronor;

    public static bool operator >=(Money a, Money b) => a.Kronor >= b.Kronor;

    public Money Times(decimal factor) => Sek(Kronor * factor);

    public int CompareTo(Money other) => Kronor.CompareTo(other.Kronor);

    /// <summary>"1 234,50 kr".</summary>
    public override string ToString() => Kronor.ToString("N2", SwedishCulture.Culture) + "\u00a0kr";
}
