using System.Globalization;
using Servicenav.Billing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

/// <summary>The fields of a usage row by their canonical (JSON, CSV) names; errors name the field this way.</summary>
public static class UsageFields
{
    public const string Customer = "customer";
    public const string Service = "service";
    public const string Period = "period";
    public const string Quantity = "quantity";
    public const string Unit = "unit";
    public const string SourceReference = "sourceReference";
    public const string CorrectsReference = "correctsReference";
    public const string Ansvar = "ansvar";
    public const string Verksamhet = "verksamhet";
    public const string Projekt = "projekt";
    public const string Aktivitet = "aktivitet";
    public const string OrganisationUnit = "organisationUnit";

    public static readonly IReadOnlyList<string> Required = [Customer, Service, Period, Quantity, Unit, SourceReference];

    public static readonly IReadOnlyList<string> Optional = [CorrectsReference, Ansvar, Verksamhet, Projekt, Aktivitet, OrganisationUnit];
}

/// <summary>A row as read, before any check. Quantity comes as text (CSV, Swedish comma allowed) or as a number (JSON).</summary>
internal readonly record struct RawUsageRow(
    int Row,
    string? Customer,
    string? Service,
    string? Period,
    string? QuantityText,
    decimal? Quantity,
    string? Unit,
    string? SourceReference,
    string? CorrectsReference,
    string? Ansvar,
    string? Verksamhet,
    string? Projekt,
    string? Aktivitet,
    string? OrganisationUnit)
{
    public static RawUsageRow From(int row, UsageRowInput input) => new(
        row, input.Customer, input.Service, input.Period, null, input.Quantity, input.Unit, input.SourceReference,
        input.CorrectsReference, input.Ansvar, input.Verksamhet, input.Projekt, input.Aktivitet, input.OrganisationUnit);
}

/// <summary>
/// A row that passed the per-row checks, normalised for the set-based ones: keys are lower-case, the customer key
/// says how the customer was named ("id:…", "nr:…", "org:…"), the quantity is in thousandths.
/// </summary>
internal struct StagedUsageRow
{
    public int Row;
    public Guid Id;
    public string CustomerKey;
    public string ServiceKey;
    public int Period;
    public long QuantityMilli;
    public string UnitKey;
    public string SourceReference;
    public string? CorrectsReference;
    public string? Ansvar;
    public string? Verksamhet;
    public string? Projekt;
    public string? Aktivitet;
    public string? OrganisationUnit;
}

/// <summary>Collects row errors in row order, keeping the first <see cref="UsageImportResult.MaxErrorsListed"/> and counting all.</summary>
internal sealed class UsageErrorList
{
    private readonly List<UsageRowError> _errors = [];

    public int Count { get; private set; }

    public IReadOnlyList<UsageRowError> Listed => _errors;

    public void Add(int row, string field, string reason)
    {
        Count++;
        if (_errors.Count < UsageImportResult.MaxErrorsListed)
        {
            _errors.Add(new UsageRowError(row, field, reason));
        }
    }

    public void AddCounted(IEnumerable<UsageRowError> listed, int count)
    {
        _errors.AddRange(listed);
        Count += count;
    }

    /// <summary>All errors by row, then field; capped.</summary>
    public IReadOnlyList<UsageRowError> Sorted() =>
        _errors.OrderBy(e => e.Row).ThenBy(e => e.Field, StringComparer.Ordinal).Take(UsageImportResult.MaxErrorsListed).ToList();
}

/// <summary>The per-row checks (format, required values, lengths, sign): everything that needs no database.</summary>
internal static class UsageRowParser
{
    private const decimal MaxQuantity = 1_000_000_000m;

    public static bool TryParse(in RawUsageRow raw, UsageErrorList errors, out StagedUsageRow staged)
    {
        staged = default;
        var before = errors.Count;
        var customer = Required(raw.Row, UsageFields.Customer, raw.Customer, 100, errors);
        var service = Required(raw.Row, UsageFields.Service, raw.Service, 60, errors);
        var periodText = Required(raw.Row, UsageFields.Period, raw.Period, 20, errors);
        var unit = Required(raw.Row, UsageFields.Unit, raw.Unit, 40, errors);
        var reference = Required(raw.Row, UsageFields.SourceReference, raw.SourceReference, 200, errors);
        var corrects = Optional(raw.Row, UsageFields.CorrectsReference, raw.CorrectsReference, 200, errors);
        var ansvar = Optional(raw.Row, UsageFields.Ansvar, raw.Ansvar, 40, errors);
        var verksamhet = Optional(raw.Row, UsageFields.Verksamhet, raw.Verksamhet, 40, errors);
        var projekt = Optional(raw.Row, UsageFields.Projekt, raw.Projekt, 40, errors);
        var aktivitet = Optional(raw.Row, UsageFields.Aktivitet, raw.Aktivitet, 40, errors);
        var unitName = Optional(raw.Row, UsageFields.OrganisationUnit, raw.OrganisationUnit, 200, errors);

        var period = default(Period);
        if (periodText.Length > 0 && !Period.TryParse(periodText, out period))
        {
            errors.Add(raw.Row, UsageFields.Period, Format(UsageMessages.BadPeriod, periodText));
        }

        var quantity = Quantity(raw, errors);
        if (quantity < 0 && corrects is null)
        {
            errors.Add(raw.Row, UsageFields.CorrectsReference, UsageMessages.NegativeWithoutCorrection);
        }

        if (errors.Count > before || quantity is null)
        {
            return false;
        }

        staged = new StagedUsageRow
        {
            Row = raw.Row,
            Id = Guid.CreateVersion7(),
            CustomerKey = CustomerKey(customer),
            ServiceKey = service.ToLowerInvariant(),
            Period = period.Key,
            QuantityMilli = UsageRecord.ToMilli(quantity.Value),
            UnitKey = unit.ToLowerInvariant(),
            SourceReference = reference,
            CorrectsReference = corrects,
            Ansvar = ansvar,
            Verksamhet = verksamhet,
            Projekt = projekt,
            Aktivitet = aktivitet,
            OrganisationUnit = unitName,
        };
        return true;
    }

    /// <summary>
    /// How a customer may be named: its id (a Guid), its customer number, or its organisation number (10 digits,
    /// with or without the dash). The key's prefix keeps the three apart; the database side builds the same keys.
    /// </summary>
    public static string CustomerKey(string text)
    {
        if (Guid.TryParse(text, out var id))
        {
            return "id:" + id.ToString("D");
        }

        var digits = text.Replace("-", "", StringComparison.Ordinal);
        if (digits.Length == 10 && digits.All(char.IsAsciiDigit))
        {
            return "org:" + digits;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? "nr:" + number.ToString(CultureInfo.InvariantCulture)
            : "?:" + text;
    }

    /// <summary>The customer as the sender wrote it, from its key (for messages).</summary>
    public static string CustomerText(string key) => key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private static decimal? Quantity(in RawUsageRow raw, UsageErrorList errors)
    {
        decimal value;
        string shown;
        if (raw.Quantity is { } given)
        {
            value = given;
            shown = given.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            var text = raw.QuantityText?.Trim() ?? "";
            if (text.Length == 0)
            {
                errors.Add(raw.Row, UsageFields.Quantity, UsageMessages.ValueMissing);
                return null;
            }

            shown = text;
            if (!TryParseSwedish(text, out value))
            {
                errors.Add(raw.Row, UsageFields.Quantity, Format(UsageMessages.BadQuantity, text));
                return null;
            }
        }

        if (Math.Abs(value) > MaxQuantity)
        {
            errors.Add(raw.Row, UsageFields.Quantity, Format(UsageMessages.QuantityRange, shown));
            return null;
        }

        if (decimal.Round(value, 3) != value)
        {
            errors.Add(raw.Row, UsageFields.Quantity, Format(UsageMessages.TooManyDecimals, shown));
            return null;
        }

        return value;
    }

    /// <summary>"1 234,5", "1234,5" and "1234.5" are all 1234.5; thousands groups may be split by (non-breaking) spaces.</summary>
    internal static bool TryParseSwedish(string text, out decimal value)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        var length = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '\u00a0' or '\u202f')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                value = 0;
                return false;
            }

            buffer[length++] = c switch
            {
                ',' => '.',
                '\u2212' => '-',
                _ => c,
            };
        }

        return decimal.TryParse(buffer[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static string Required(int row, string field, string? value, int maxLength, UsageErrorList errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(row, field, UsageMessages.ValueMissing);
        }
        else if (text.Length > maxLength)
        {
            errors.Add(row, field, Format(UsageMessages.TooLong, maxLength));
        }

        return text;
    }

    private static string? Optional(int row, string field, string? value, int maxLength, UsageErrorList errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(row, field, Format(UsageMessages.TooLong, maxLength));
        }

        return text;
    }

    internal static string Format(string template, params object?[] args) => string.Format(SwedishCulture.Culture, template, args);
}
