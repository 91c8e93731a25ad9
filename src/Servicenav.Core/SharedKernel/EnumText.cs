namespace Servicenav.SharedKernel;

/// <summary>The Swedish (or, later, English) name of an enum value, from the resources: key "Type_Value".</summary>
public static class EnumText
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        Messages.ResourceManager.GetString($"{typeof(T).Name}_{value}", System.Globalization.CultureInfo.CurrentUICulture)
        ?? value.ToString();
}
