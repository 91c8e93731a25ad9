using System.Globalization;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Orders;

/// <summary>The answers to a form, normalised, and every bad field with its reason (keyed <c>answers.{field}</c>).</summary>
public sealed record OrderAnswerCheck(IReadOnlyList<OrderAnswer> Answers, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>Checks answers against a form's fields: required, length, number bounds, choice options, date and yes/no format.</summary>
public static class OrderAnswers
{
    public const string ErrorPrefix = "answers.";

    public static string ErrorKey(string fieldKey) => ErrorPrefix + fieldKey;

    public static OrderAnswerCheck Check(IReadOnlyList<OrderField> fields, IReadOnlyDictionary<string, string?>? given)
    {
        given ??= new Dictionary<string, string?>();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var answers = new List<OrderAnswer>(fields.Count);
        foreach (var key in given.Keys.Where(key => fields.All(f => f.Key != key)))
        {
            errors[ErrorKey(key)] = Fmt(OrderMessages.UnknownField, key);
        }

        foreach (var field in fields)
        {
            var text = given.TryGetValue(field.Key, out var value) ? value?.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                if (field.Required)
                {
                    errors[ErrorKey(field.Key)] = Fmt(OrderMessages.AnswerRequired, field.Label);
                }

                answers.Add(new OrderAnswer(field.Key, field.Label, field.Kind, null));
                continue;
            }

            var (normalised, error) = Normalise(field, text);
            if (error is not null)
            {
                errors[ErrorKey(field.Key)] = error;
            }

            answers.Add(new OrderAnswer(field.Key, field.Label, field.Kind, normalised));
        }

        return new OrderAnswerCheck(answers, errors);
    }

    private static (string? Value, string? Error) Normalise(OrderField field, string text) => field.Kind switch
    {
        OrderFieldKind.Text => text.Length > OrderLimits.TextAnswerLength ? (null, Fmt(OrderMessages.AnswerTooLong, OrderLimits.TextAnswerLength)) : (text, null),
        OrderFieldKind.MultilineText => text.Length > OrderLimits.MultilineAnswerLength
            ? (null, Fmt(OrderMessages.AnswerTooLong, OrderLimits.MultilineAnswerLength))
            : (text, null),
        OrderFieldKind.Number => Number(field, text),
        OrderFieldKind.Choice => field.Choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase)) is { } choice
            ? (choice, null)
            : (null, Fmt(OrderMessages.NotAChoice, string.Join(", ", field.Choices))),
        OrderFieldKind.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (SwedishCulture.Date(date), null)
            : (null, Fmt(OrderMessages.NotADate, text)),
        OrderFieldKind.YesNo => text.ToLowerInvariant() switch
        {
            "true" or "ja" or "yes" or "1" => (OrderAnswer.Yes, null),
            "false" or "nej" or "no" or "0" => (OrderAnswer.No, null),
            _ => (null, OrderMessages.NotYesOrNo),
        },
        _ => (null, OrderMessages.UnknownFieldKind),
    };

    private static (string? Value, string? Error) Number(OrderField field, string text)
    {
        if (!TryParseNumber(text, out var number))
        {
            return (null, Fmt(OrderMessages.NotANumber, text));
        }

        if (decimal.Round(number, OrderLimits.QuantityDecimals) != number)
        {
            return (null, Fmt(OrderMessages.TooManyDecimals, OrderLimits.QuantityDecimals));
        }

        if (field.Min is { } min && number < min)
        {
            return (null, Fmt(OrderMessages.NumberBelowMin, Show(min)));
        }

        if (field.Max is { } max && number > max)
        {
            return (null, Fmt(OrderMessages.NumberAboveMax, Show(max)));
        }

        return Math.Abs(number) > OrderLimits.MaxNumber
            ? (null, Fmt(OrderMessages.NumberAboveMax, Show(OrderLimits.MaxNumber)))
            : (number.ToString("0.###", CultureInfo.InvariantCulture), null);
    }

    /// <summary>"1 234,5", "1234,5" and "1234.5" are all 1234.5 (people write Swedish; systems write a point).</summary>
    public static bool TryParseNumber(string text, out decimal number)
    {
        var plain = new string(text.Where(c => c is not (' ' or '\u00a0' or '\u202f')).ToArray()).Replace(',', '.').Replace('\u2212', '-');
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    public static string Show(decimal number) => number.ToString("#,##0.###", SwedishCulture.Culture);

    private static string Fmt(string format, params object?[] args) => string.Format(SwedishCulture.Culture, format, args);
}
