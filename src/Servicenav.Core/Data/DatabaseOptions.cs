namespace Servicenav.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Configuration section "Database" plus connection string "Servicenav".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder for the embedded SQLite file when no connection string is given.</summary>
    public string DataFolder { get; set; } = "data";

    public string? ConnectionString { get; set; }

    public string ResolveConnectionString(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (Provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Servicenav is not set.");
        }

        var folder = Path.GetFullPath(Path.Combine(contentRoot, DataFolder));
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "servicenav.db")}";
    }
}
