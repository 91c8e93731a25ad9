using System.Text.Json;
using System.Text.Json.Serialization;

namespace Servicenav.SharedKernel;

/// <summary>Money in JSON is a plain number of kronor (1234.5), as API clients and spreadsheets expect.</summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Money.Sek(reader.GetDecimal());

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Kronor);
}

/// <summary>A period in JSON is its month as text, "2026-03" (reads "202603" too).</summary>
public sealed class PeriodJsonConverter : JsonConverter<Period>
{
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Period.TryParse(reader.GetString(), out var period) ? period : throw new JsonException($"\"{reader.GetString()}\" är ingen månad (ÅÅÅÅ-MM).");

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
