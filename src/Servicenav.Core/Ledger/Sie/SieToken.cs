namespace Servicenav.Ledger.Sie;

/// <summary>
/// One field of a SIE record: a value (quoted or not, quotes removed) or an object list <c>{1 "100" 6 "P1"}</c>
/// whose items are the values inside the braces.
/// </summary>
public sealed record SieToken(string Value, IReadOnlyList<string>? Items = null)
{
    public bool IsList => Items is not null;

    public override string ToString() => IsList ? "{" + string.Join(' ', Items!) + "}" : Value;
}
