using System.Globalization;
using MudBlazor;
using Servicenav.Catalog.Domain;
using Servicenav.Catalog.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Components.Pages.Catalog;

/// <summary>How the catalogue pages turn catalogue values into Swedish text (numbers via <see cref="SwedishCulture"/>).</summary>
public static class CatalogFormat
{
    public static string None => UiText.Common_None;

    /// <summary>Hours as the catalogue writes them: "4", "0,5", or a dash when no target is set.</summary>
    public static string Hours(decimal? hours) => hours is { } h ? SwedishCulture.Number(h, Decimals(h)) : None;

    /// <summary>An availability target in percent (99.5 means 99,5 %).</summary>
    public static string Percent(decimal? percent) =>
        percent is { } p ? SwedishCulture.Number(p, Decimals(p)) + "\u00a0%" : None;

    public static string Date(DateOnly? date) => date is { } d ? SwedishCulture.Date(d) : None;

    public static string OrNone(string? text) => string.IsNullOrWhiteSpace(text) ? None : text;

    /// <summary>The first sentence-ish part of a description, cut at a word boundary.</summary>
    public static string Short(string text, int max = 180)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > max / 2 ? cut : max)].TrimEnd(',', '.', ';', ':', ' ') + "…";
    }

    public static string Decision(DecisionDto? decision) => decision is null
        ? CatalogText.Decision_None
        : string.Format(SwedishCulture.Culture, CatalogText.Decision_Text, decision.Diarienummer, SwedishCulture.Date(decision.DecisionDate), decision.DecidedBy, decision.VersionNumber);

    public static string VersionDecision(CatalogVersionSummary version) => version.Diarienummer is null
        ? string.Format(SwedishCulture.Culture, CatalogText.Version_DraftText, version.Number, version.CreatedBy)
        : string.Format(
            SwedishCulture.Culture,
            CatalogText.Version_DecisionText,
            version.Number,
            Date(version.DecisionDate),
            version.DecidedBy,
            version.Diarienummer,
            Date(version.EffectiveFrom));

    public static Color SharingColor(SharingStatus sharing) => sharing switch
    {
        SharingStatus.Koncerngemensam => Color.Primary,
        SharingStatus.Sektorsgemensam => Color.Tertiary,
        _ => Color.Default,
    };

    public static Color StatusColor(CatalogVersionStatus status) =>
        status == CatalogVersionStatus.Decided ? Color.Success : Color.Warning;

    /// <summary>The Swedish name of a field in the version comparison.</summary>
    public static string DiffField(string key) =>
        Messages.ResourceManager.GetString("DiffField_" + key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>A compared value as a reader understands it: enum names in Swedish, numbers in Swedish form, ids as names.</summary>
    public static string DiffValue(string field, string raw, IReadOnlyDictionary<string, string> areaNames, IReadOnlyDictionary<string, string> ownerNames)
    {
        if (raw.Length == 0)
        {
            return None;
        }

        return field switch
        {
            "sharing" when Enum.TryParse<SharingStatus>(raw, out var s) => EnumText.Of(s),
            "priceModel" when Enum.TryParse<PriceModel>(raw, out var p) => EnumText.Of(p),
            "area" => areaNames.TryGetValue(raw, out var area) ? area : raw,
            "ownerUser" => ownerNames.TryGetValue(raw, out var owner) ? owner : raw,
            "availability" when Parse(raw) is { } a => Percent(a),
            _ when field.StartsWith('p') && field.Length > 2 && char.IsDigit(field[1]) && Parse(raw) is { } h => Hours(h),
            _ => raw,
        };
    }

    /// <summary>One item per line, as the form shows lists.</summary>
    public static string Lines(IEnumerable<string> items) => string.Join('\n', items);

    public static List<string> ToItems(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static decimal? Parse(string raw) =>
        decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int Decimals(decimal value)
    {
        for (var decimals = 0; decimals < 4; decimals++)
        {
            if (decimal.Round(value, decimals) == value)
            {
                return decimals;
            }
        }

        return 4;
    }
}
