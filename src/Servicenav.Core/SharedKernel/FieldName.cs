namespace Servicenav.SharedKernel;

/// <summary>Field keys in errors are camelCase paths ("accountString.ansvar"), as JSON clients see the fields.</summary>
public static class FieldName
{
    public static string From(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(Camel));

    private static string Camel(string segment) =>
        segment.Length == 0 || char.IsLower(segment[0])
            ? segment
            : string.Concat(char.ToLowerInvariant(segment[0]).ToString(), segment[1..]);
}
