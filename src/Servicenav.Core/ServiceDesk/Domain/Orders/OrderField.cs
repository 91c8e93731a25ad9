using System.Globalization;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Orders;

/// <summary>What kind of answer a field takes.</summary>
public enum OrderFieldKind
{
    Text,
    MultilineText,
    Number,
    Choice,
    Date,
    YesNo,
}

/// <summary>
/// One field of an order form: its key (how the answer is named in the API and to a fulfilment adapter), the label
/// people read, whether it must be answered, a help text, and per kind: a number's bounds, a choice list's options.
/// </summary>
public sealed record OrderField
{
    public string Key { get; init; } = "";

    public string Label { get; init; } = "";

    public OrderFieldKind Kind { get; init; }

    public bool Required { get; init; }

    public string? HelpText { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public IReadOnlyList<string> Choices { get; init; } = [];
}

/// <summary>
/// One answer as it was given, with the label the form had then (the form may change later). The value is stored in
/// a plain, machine-readable form: numbers with a point ("2.5"), dates ISO ("2026-03-02"), yes/no "true"/"false".
/// </summary>
public sealed record OrderAnswer(string Key, string Label, OrderFieldKind Kind, string? Value)
{
    public const string Yes = "true";

    public const string No = "false";

    /// <summary>The value as a Swedish reader sees it ("Ja", "2,5").</summary>
    public string? Display => Value is null ? null : Kind switch
    {
        OrderFieldKind.YesNo => Value == Yes ? OrderMessages.Yes : OrderMessages.No,
        OrderFieldKind.Number => decimal.Parse(Value, CultureInfo.InvariantCulture).ToString("#,##0.###", SwedishCulture.Culture),
        _ => Value,
    };

    public decimal? Number => Kind == OrderFieldKind.Number && Value is not null ? decimal.Parse(Value, CultureInfo.InvariantCulture) : null;
}
