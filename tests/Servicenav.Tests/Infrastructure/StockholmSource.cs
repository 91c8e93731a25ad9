using System.Globalization;
using Sylvan.Data.Csv;

namespace Servicenav.Tests.Infrastructure;

/// <summary>One column of Bilaga 9 as stockholm_services.csv describes it.</summary>
public sealed record SourceService(string Code, string Name, string Area, int TotalUsers, bool RowsDetermined);

/// <summary>One customer row of stockholm_usage_matrix.csv: "1", "0" or "" (unknown) per service column.</summary>
public sealed record SourceCustomer(int Number, string Name, int Employees, IReadOnlyDictionary<string, string> Cells);

/// <summary>
/// The Region Stockholm source files, read independently of the importer, so tests compare what Servicenav
/// shows with what the files say instead of with numbers copied from the implementation.
/// </summary>
public static class StockholmSource
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "demo-data", "stockholm");

    public static IReadOnlyList<SourceService> Services { get; } = Read("stockholm_services.csv", r => new SourceService(
        r["column_name"],
        r["swedish_name"],
        r["area"],
        int.Parse(r["total_users"], CultureInfo.InvariantCulture),
        r["rows_determined"] == "yes"));

    public static IReadOnlyList<SourceCustomer> Customers { get; } = Read("stockholm_usage_matrix.csv", r => new SourceCustomer(
        int.Parse(r["nr"], CultureInfo.InvariantCulture),
        r["name"],
        int.Parse(r["employees_jan2024"], CultureInfo.InvariantCulture),
        Services.ToDictionary(s => s.Code, s => r[s.Code])));

    private static List<T> Read<T>(string file, Func<IReadOnlyDictionary<string, string>, T> map)
    {
        using var csv = CsvDataReader.Create(Path.Combine(Folder, file));
        var rows = new List<T>();
        while (csv.Read())
        {
            var row = Enumerable.Range(0, csv.FieldCount).ToDictionary(csv.GetName, i => csv.GetString(i).Trim());
            rows.Add(map(row));
        }

        return rows;
    }
}
