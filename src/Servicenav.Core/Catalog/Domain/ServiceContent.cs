namespace Servicenav.Catalog.Domain;

/// <summary>
/// Everything the catalogue says about a service. "Included" and "not included" are lists of items,
/// one per line, because that is how service descriptions are written and printed.
/// </summary>
public sealed record ServiceContent(
    string Name,
    string AreaCode,
    string Description,
    IReadOnlyList<string> Included,
    IReadOnlyList<string> NotIncluded,
    SharingStatus Sharing,
    PriceModel PriceModel,
    Guid? OwnerUserId,
    string OwnerName,
    ServiceLevels Levels)
{
    /// <summary>The content as field → text pairs, for comparing versions and showing what changed.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields()
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("name", Name),
            new("area", AreaCode),
            new("description", Description),
            new("included", string.Join('\n', Included)),
            new("notIncluded", string.Join('\n', NotIncluded)),
            new("sharing", Sharing.ToString()),
            new("priceModel", PriceModel.ToString()),
            new("owner", OwnerName),
            new("ownerUser", OwnerUserId?.ToString() ?? ""),
            new("openingHours", Levels.OpeningHours),
            new("availability", Text(Levels.AvailabilityTargetPercent)),
        };
        foreach (var target in Levels.Targets)
        {
            fields.Add(new($"p{target.Priority}Response", Text(target.ResponseHours)));
            fields.Add(new($"p{target.Priority}Resolution", Text(target.ResolutionHours)));
        }

        return fields;
    }

    public bool SameAs(ServiceContent other) => Fields().SequenceEqual(other.Fields());

    private static string Text(decimal? value) =>
        value?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
