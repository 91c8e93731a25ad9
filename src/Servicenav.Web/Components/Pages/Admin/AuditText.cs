using System.Globalization;
using System.Text.Json;
using Servicenav.Access;
using Servicenav.Audit.Features;
using Servicenav.Customers.Domain;
using Servicenav.SharedKernel;
using Servicenav.Usage.Domain;

namespace Servicenav.Web.Components.Pages.Admin;

/// <summary>Turns audit entries (entity type names, JSON before/after) into Swedish text for the log page.</summary>
public static class AuditText
{
    /// <summary>The entity types the audit trail records, in the order the filter lists them.</summary>
    public static readonly IReadOnlyList<string> EntityTypes =
    [
        "Customer", "AccountString", "Orderer", "OrganisationUnit", "LocalContract", "ServiceUsage", "User",
        "CatalogVersion", "CatalogDecision", "CatalogArea", "CatalogService", "ServiceDecisionStamp",
    ];

    public static string EntityType(string type) =>
        CustomerText.ResourceManager.GetString("AuditEntity_" + type, CultureInfo.CurrentUICulture) ?? type;

    public static string Action(string action) =>
        CustomerText.ResourceManager.GetString("AuditAction_" + action, CultureInfo.CurrentUICulture) ?? action;

    /// <summary>The rows to show, one per recorded change (Core records a replaced value object as one modification).</summary>
    public static List<AuditRow> Rows(IReadOnlyList<AuditEntryDto> entries) =>
        entries.Select(e => new AuditRow(e, e.Action, e.Before, e.After)).ToList();

    /// <summary>A field's Swedish name where there is one; otherwise the property name as recorded.</summary>
    public static string Field(string field) =>
        CustomerText.ResourceManager.GetString("AuditField_" + field, CultureInfo.CurrentUICulture) ?? field;

    public static string? Value(string? json, string field) =>
        Parse(json).TryGetValue(field, out var value) ? value : null;

    /// <summary>Each field with its value before and after; for a change, only the fields that changed are recorded.</summary>
    public static IEnumerable<FieldChange> Changes(string entityType, string action, string? before, string? after)
    {
        var b = Parse(before);
        var a = Parse(after);
        return b.Keys.Union(a.Keys)
            .Where(k => action != "Added" || k != "Id")
            .Where(k => action != "Modified" || b.GetValueOrDefault(k) != a.GetValueOrDefault(k))
            .OrderBy(k => k, StringComparer.Ordinal)
            .Select(k => new FieldChange(k, Text(entityType, b, k), Text(entityType, a, k)));
    }

    private static string? Text(string entityType, Dictionary<string, string?> values, string key) =>
        values.TryGetValue(key, out var v) ? (v is null ? UiText.Common_None : Readable(entityType, key, v)) : null;

    /// <summary>Enum values are recorded by their code names; show them as the UI names them.</summary>
    private static string Readable(string entityType, string field, string value) => (entityType, field) switch
    {
        ("Customer", "Kind") when Enum.TryParse<CustomerKind>(value, out var kind) => EnumText.Of(kind),
        ("ServiceUsage", "Status") when Enum.TryParse<UsageStatus>(value, out var status) => EnumText.Of(status),
        ("User", "RoleList") => string.Join(", ", value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(r => Enum.TryParse<Role>(r, out var role) ? EnumText.Of(role) : r)),
        _ => value,
    };

    private static Dictionary<string, string?> Parse(string? json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return values;
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return values;
            }

            foreach (var p in doc.RootElement.EnumerateObject())
            {
                values[p.Name] = p.Value.ValueKind switch
                {
                    JsonValueKind.Null or JsonValueKind.Undefined => null,
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.True => UiText.Common_Yes,
                    JsonValueKind.False => UiText.Common_No,
                    _ => p.Value.GetRawText(),
                };
            }
        }
        catch (JsonException)
        {
            values["?"] = json;
        }

        return values;
    }

    public sealed record AuditRow(AuditEntryDto Entry, string Action, string? Before, string? After);

    public sealed record FieldChange(string Field, string? Before, string? After);
}
