namespace Servicenav.Costing;

/// <summary>The Swedish name of a costing (or ledger) enum value, from CostingMessages: key "Type_Value".</summary>
public static class CostingEnumText
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        CostingMessages.ResourceManager.GetString($"{typeof(T).Name}_{value}", System.Globalization.CultureInfo.CurrentUICulture)
        ?? value.ToString();
}
