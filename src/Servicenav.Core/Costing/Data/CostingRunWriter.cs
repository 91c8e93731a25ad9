using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Servicenav.Costing.Domain;
using Servicenav.Data;

namespace Servicenav.Costing.Data;

/// <summary>
/// Writes a run's rows in bulk inside the caller's transaction: Npgsql binary COPY on PostgreSQL, one prepared
/// INSERT per table on SQLite. The rows bypass the change tracker (the run's header is the audited record), so
/// tens of thousands of activity × pool rows cost a fraction of a second instead of an audit entry each.
/// </summary>
internal static class CostingRunWriter
{
    public static async Task WriteAsync(ServicenavDb db, Guid runId, CostingOutcome outcome, IReadOnlyList<CostingActivity> activities, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var order = activities.ToDictionary(a => a.Code, a => a.SortOrder, StringComparer.OrdinalIgnoreCase);

        var pools = outcome.Pools.Select(p => new object[] { runId, p.Key, p.AccountGroup, p.AccountGroupName, p.Ansvar, p.CostType.ToString(), p.Amount.Ore, p.LineCount });
        var acts = outcome.Activities.Select(a => new object[] { runId, a.ActivityCode, a.Name, a.Kind.ToString(), order.GetValueOrDefault(a.ActivityCode), a.DirectOre, a.TotalOre });
        var actPools = outcome.ActivityPools.Select(a => new object[] { runId, a.ActivityCode, a.PoolKey, a.DirectOre, a.TotalOre });
        var services = outcome.Services.Select(s => new object[] { runId, s.ServiceCode, s.ActivityCode, s.PersonnelOre, s.OtherOre, s.CapitalOre, s.RemainderOre, (long)(s.DriverQuantity * 1_000_000m) });

        var tables = new (string Table, string[] Columns, IEnumerable<object[]> Rows)[]
        {
            ("CostingRunPools", ["CostingRunId", "PoolKey", "AccountGroup", "AccountGroupName", "Ansvar", "CostType", "AmountOre", "LineCount"], pools),
            ("CostingRunActivities", ["CostingRunId", "ActivityCode", "Name", "Kind", "SortOrder", "DirectOre", "TotalOre"], acts),
            ("CostingRunActivityPools", ["CostingRunId", "ActivityCode", "PoolKey", "DirectOre", "TotalOre"], actPools),
            ("CostingRunServiceActivities", ["CostingRunId", "ServiceCode", "ActivityCode", "PersonnelOre", "OtherOre", "CapitalOre", "RemainderOre", "QuantityMicro"], services),
        };

        foreach (var (table, columns, rows) in tables)
        {
            if (connection is NpgsqlConnection npgsql)
            {
                await CopyAsync(npgsql, table, columns, rows, ct);
            }
            else
            {
                await InsertAsync((SqliteConnection)connection, (SqliteTransaction?)transaction, table, columns, rows, ct);
            }
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, string[] columns, IEnumerable<object[]> rows, CancellationToken ct)
    {
        var sql = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(sql, ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            foreach (var value in row)
            {
                switch (value)
                {
                    case Guid g:
                        await writer.WriteAsync(g, NpgsqlDbType.Uuid, ct);
                        break;
                    case string s:
                        await writer.WriteAsync(s, NpgsqlDbType.Varchar, ct);
                        break;
                    case long l:
                        await writer.WriteAsync(l, NpgsqlDbType.Bigint, ct);
                        break;
                    case int i:
                        await writer.WriteAsync(i, NpgsqlDbType.Integer, ct);
                        break;
                    default:
                        throw new InvalidOperationException($"No COPY mapping for {value?.GetType().Name}.");
                }
            }
        }

        await writer.CompleteAsync(ct);
    }

    private static async Task InsertAsync(SqliteConnection connection, SqliteTransaction? transaction, string table, string[] columns, IEnumerable<object[]> rows, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToArray();
        await command.PrepareAsync(ct);
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                // EF Core's SQLite mapping stores a Guid as upper-case text; a raw Guid parameter would be a blob.
                parameters[i].Value = row[i] is Guid g ? g.ToString().ToUpperInvariant() : row[i];
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
