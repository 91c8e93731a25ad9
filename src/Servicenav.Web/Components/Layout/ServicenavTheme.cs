using MudBlazor;

namespace Servicenav.Web.Components.Layout;

/// <summary>A calm public-sector palette whose text colours pass WCAG AA contrast (4.5:1) on their backgrounds.</summary>
public static class ServicenavTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4f91",
            PrimaryContrastText = "#ffffff",
            Secondary = "#7a3e00",
            SecondaryContrastText = "#ffffff",
            Tertiary = "#00664f",
            Info = "#0b5cad",
            Success = "#1b6e20",
            Warning = "#8a5300",
            Error = "#b3261e",
            AppbarBackground = "#1d4f91",
            AppbarText = "#ffffff",
            TextPrimary = "#1b1b1f",
            TextSecondary = "#4a4a50",
            ActionDefault = "#4a4a50",
            DrawerText = "#1b1b1f",
            DrawerIcon = "#3d3d42",
            Background = "#ffffff",
            Surface = "#ffffff",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
