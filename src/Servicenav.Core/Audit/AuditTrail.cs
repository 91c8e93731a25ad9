using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Servicenav.Audit;

/// <summary>
/// Turns the change tracker's pending changes into audit entries, so that every change saved through
/// the context is recorded without any use case having to remember it.
/// </summary>
internal static class AuditTrail
{
    /// <summary>Annotation on a property whose value must never be written to the audit trail.</summary>
    public const string RedactedAnnotation = "Servicenav:AuditRedacted";

    /// <summary>
    /// Annotation on an entity type whose changes are recorded by its own append-only history (a case and its
    /// events: who, when, what, from and to). Copying those into the trail as well would double every case write
    /// and every reply's personal data.
    /// </summary>
    public const string OwnHistoryAnnotation = "Servicenav:AuditedByOwnHistory";

    // Swedish letters are written as they are (not \u00E4), so the trail is readable and searchable for "nämnden".
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static List<AuditEntry> Collect(ChangeTracker tracker, string userName, DateTime nowUtc)
    {
        var pending = tracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Metadata.FindAnnotation(OwnHistoryAnnotation) is null)
            .ToList();

        // A value object (owned type) that is replaced shows up as a delete and an add under the same key:
        // that is one modification to the reader, with only the parts that really changed.
        var replaced = pending
            .Where(e => e.Metadata.IsOwned() && e.State == EntityState.Deleted)
            .Select(deleted => (Deleted: deleted, Added: pending.FirstOrDefault(a =>
                a.State == EntityState.Added && a.Metadata == deleted.Metadata && Key(a) == Key(deleted))))
            .Where(pair => pair.Added is not null)
            .ToList();

        var entries = new List<AuditEntry>();
        foreach (var (deleted, added) in replaced)
        {
            var changed = added!.Properties
                .Where(p => !p.Metadata.IsPrimaryKey() && !Equals(deleted.Property(p.Metadata.Name).OriginalValue, p.CurrentValue))
                .ToList();
            if (changed.Count > 0)
            {
                entries.Add(new AuditEntry(nowUtc, userName, nameof(EntityState.Modified), EntityName(added), Key(added),
                    Serialize(changed, p => deleted.Property(p.Metadata.Name).OriginalValue), Serialize(changed, p => p.CurrentValue)));
            }
        }

        var paired = replaced.SelectMany(pair => new[] { pair.Deleted, pair.Added! }).ToHashSet();
        foreach (var entry in pending.Where(e => !paired.Contains(e)))
        {
            var changed = entry.State == EntityState.Modified
                ? entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList()
                : entry.Properties.ToList();
            if (changed.Count == 0)
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : Serialize(changed, p => p.OriginalValue);
            var after = entry.State == EntityState.Deleted ? null : Serialize(changed, p => p.CurrentValue);
            entries.Add(new AuditEntry(nowUtc, userName, entry.State.ToString(), EntityName(entry), Key(entry), before, after));
        }

        return entries;
    }

    private static string EntityName(EntityEntry entry) =>
        entry.Metadata.IsOwned() ? entry.Metadata.ShortName() : entry.Metadata.ClrType.Name;

    private static string Key(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return "";
        }

        return string.Join('/', key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    private static string Serialize(IEnumerable<PropertyEntry> properties, Func<PropertyEntry, object?> value)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            var redacted = property.Metadata.FindAnnotation(RedactedAnnotation)?.Value is true;
            var raw = value(property);
            values[property.Metadata.Name] = redacted && raw is not null ? "***" : Normalize(raw);
        }

        return JsonSerializer.Serialize(values, Json);
    }

    private static object? Normalize(object? value) => value switch
    {
        Enum e => e.ToString(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        SharedKernel.Period p => p.ToString(),
        SharedKernel.Money m => m.Kronor,
        _ => value,
    };
}
