using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Servicenav.Web.Components.Layout;

/// <summary>
/// MudBlazor's built-in texts (close buttons, pagers, converters) from our resources, so screen readers
/// hear Swedish throughout. Keys MudBlazor adds later fall back to its English text.
/// </summary>
public sealed class SwedishMudLocalizer : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var text = UiText.ResourceManager.GetString("Mud." + key, CultureInfo.CurrentUICulture);
            return text is null ? base[key] : new LocalizedString(key, text);
        }
    }

    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            var text = UiText.ResourceManager.GetString("Mud." + key, CultureInfo.CurrentUICulture);
            return text is null ? base[key, arguments] : new LocalizedString(key, string.Format(CultureInfo.CurrentCulture, text, arguments));
        }
    }
}
