using System.Text.Json;
using System.Text.Json.Serialization;

namespace Servicenav.SharedKernel;

/// <summary>
/// A period in JSON is its text "2026-03" (API, audit trail). Without this, the serializer walks
/// <see cref="Period.Next"/> for ever (a period's next month has a next month…) and the audit trail of any entity
/// with a period fails.
/// </summary>
public sealed class PeriodJsonConverter : JsonConverter<Period>
{
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Period.TryParse(reader.GetString(), out var period) ? period : throw new JsonException("A period is written yyyy-mm.");

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
