namespace Servicenav.Catalog.Domain;

public enum ServiceChangeKind
{
    Added,
    Removed,
    Changed,
}

public sealed record FieldChange(string Field, string Before, string After);

public sealed record ServiceChange(string Code, string Name, ServiceChangeKind Kind, IReadOnlyList<FieldChange> Fields);

/// <summary>What changed between two catalogue versions, service by service and field by field.</summary>
public static class CatalogDiff
{
    public static IReadOnlyList<ServiceChange> Between(CatalogVersion from, CatalogVersion to)
    {
        var changes = new List<ServiceChange>();
        foreach (var after in to.Services.OrderBy(s => s.Code, StringComparer.Ordinal))
        {
            var before = from.FindService(after.Code);
            if (before is null)
            {
                changes.Add(new(after.Code, after.Name, ServiceChangeKind.Added, []));
                continue;
            }

            var fields = before.Content.Fields().Zip(after.Content.Fields())
                .Where(pair => pair.First.Value != pair.Second.Value)
                .Select(pair => new FieldChange(pair.First.Key, pair.First.Value, pair.Second.Value))
                .ToList();
            if (fields.Count > 0)
            {
                changes.Add(new(after.Code, after.Name, ServiceChangeKind.Changed, fields));
            }
        }

        changes.AddRange(from.Services
            .Where(s => to.FindService(s.Code) is null)
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => new ServiceChange(s.Code, s.Name, ServiceChangeKind.Removed, [])));
        return changes;
    }
}
