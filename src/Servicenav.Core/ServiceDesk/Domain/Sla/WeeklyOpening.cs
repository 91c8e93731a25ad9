using System.Text.Json.Serialization;

namespace Servicenav.ServiceDesk.Domain.Sla;

/// <summary>One opening interval on a weekday, in local wall-clock time (see <see cref="OpeningInterval"/>); a day may have several.</summary>
public sealed record WeeklyOpening(
    [property: JsonConverter(typeof(JsonStringEnumConverter<DayOfWeek>))] DayOfWeek Day,
    TimeSpan Opens,
    TimeSpan Closes)
{
    [JsonIgnore]
    public OpeningInterval Interval => new(Opens, Closes);
}
