using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Servicenav.Data;

/// <summary>
/// Reference data that nearly every request of a module reads and that changes a few times a year (the decided
/// catalogue's services and service levels, the resolver groups and their routes), kept in memory per process under a
/// key. A module marks the entity types it caches with <see cref="Annotation"/>; any save in this process that adds,
/// changes or removes one of them empties the cache, before the save and again when it is committed (the save's own
/// transaction, or the caller's: <see cref="ReferenceCacheCommits"/>), so nobody keeps the old rows. A change
/// made by another process (the CLI, a second web server) is seen at the latest after <see cref="MaxAge"/>.
/// </summary>
public sealed class ReferenceCache
{
    /// <summary>On an entity type: saving one of these makes every cached value stale.</summary>
    public const string Annotation = "Servicenav:ReferenceData";

    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider? _clock;
    private long _generation;

    public ReferenceCache(TimeProvider clock) => _clock = clock;

    private ReferenceCache() => _clock = null;

    /// <summary>A cache that keeps nothing: every read goes to the database (a context made outside the container).</summary>
    public static ReferenceCache None { get; } = new();

    public async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
        where T : class
    {
        if (_clock is null)
        {
            return await load(cancellationToken);
        }

        // The generation is read before loading: a save that lands during the load leaves this value stale at once.
        var generation = Interlocked.Read(ref _generation);
        var now = _clock.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Generation == generation && now - entry.LoadedAt < MaxAge && now >= entry.LoadedAt)
        {
            return (T)entry.Value;
        }

        var value = await load(cancellationToken);
        _entries[key] = new Entry(value, generation, now);
        return value;
    }

    public void Invalidate() => Interlocked.Increment(ref _generation);

    /// <summary>Does this save add, change or remove reference data?</summary>
    internal static bool Touches(ChangeTracker changes) =>
        changes.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsReference(e.Metadata));

    private static bool IsReference(IEntityType type)
    {
        for (var t = type; t is not null; t = t.FindOwnership()?.PrincipalEntityType)
        {
            if (t.FindAnnotation(Annotation)?.Value is true)
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Entry(object Value, long Generation, DateTimeOffset LoadedAt);
}
