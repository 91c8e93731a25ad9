using Servicenav.SharedKernel;

namespace Servicenav.Tests.Infrastructure;

/// <summary>
/// A clock the test sets. "Today" is a Swedish date (the current catalogue depends on it), so
/// <see cref="SetToday"/> puts the clock at noon in Stockholm on that day.
/// </summary>
public sealed class FakeClock : TimeProvider
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
    private readonly Lock _lock = new();
    private DateTimeOffset _utcNow;

    public FakeClock(DateOnly today) => SetToday(today);

    public DateOnly Today => SwedishCulture.Today(this);

    /// <summary>How far each reading moves the clock on (zero: it stands still), for code that must read it only once.</summary>
    public TimeSpan AdvanceOnEveryRead { get; set; }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            var now = _utcNow;
            _utcNow += AdvanceOnEveryRead;
            return now;
        }
    }

    public void SetUtcNow(DateTimeOffset now)
    {
        lock (_lock)
        {
            _utcNow = now.ToUniversalTime();
        }
    }

    public void Advance(TimeSpan by) => SetUtcNow(GetUtcNow() + by);

    public void SetToday(DateOnly date) =>
        SetUtcNow(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(new TimeOnly(12, 0)), Stockholm), TimeSpan.Zero));
}
