using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Servicenav.Data;
using Servicenav.ServiceDesk.Data.Knowledge;

namespace Servicenav.Bench.ServiceDesk;

/// <summary>
/// Writes the generated cases and their history the fastest way each database takes rows: PostgreSQL binary COPY,
/// SQLite prepared inserts in one transaction. The secondary indexes of Cases and CaseEvents are dropped first and
/// re-created afterwards from their own stored definitions (one sort per index instead of a million random inserts);
/// on SQLite the full-text triggers are dropped too and the FTS5 index rebuilt in one pass by the migration's own SQL
/// (<see cref="FullTextSql"/>), instead of two extra statements per inserted case. PostgreSQL's tsvector is a stored
/// generated column and is computed by COPY itself. The case number counters are set past the generated numbers.
/// </summary>
internal static class CaseBulkLoad
{
    private const string CaseColumns =
        "\"Id\", \"Number\", \"Year\", \"Sequence\", \"Type\", \"Subject\", \"Description\", \"ServiceCode\", \"ServiceNotUsedByCustomer\", \"CustomerId\", " +
        "\"ContactId\", \"RequesterName\", \"RequesterEmail\", \"RequesterUserId\", \"UnitId\", \"UnitName\", \"Channel\", \"Impact\", \"Urgency\", \"Priority\", " +
        "\"Status\", \"GroupId\", \"AssigneeUserId\", \"AssigneeName\", \"RootCauseId\", \"Solution\", \"ProblemId\", \"CreatedAtUtc\", \"FirstResponseAtUtc\", " +
        "\"SolvedAtUtc\", \"ClosedAtUtc\", \"LastActivityAtUtc\", \"ReopenCount\", \"Version\"";

    // The clocks' due times of open cases are left for RecomputeSla to fill; closed cases carry how their clocks ended.
    private const string ClockColumns = "\"CaseId\", \"ResponseSla\", \"ResolutionSla\", \"WarnedClocks\", \"BreachedClocks\", \"CaseVersion\"";

    private const string EventColumns =
        "\"Id\", \"CaseId\", \"CustomerId\", \"Kind\", \"AtUtc\", \"ActorName\", \"ActorUserId\", \"ActorIsStaff\", \"Text\", \"IsPublic\", \"FromValue\", \"ToValue\", \"GroupId\"";

    public static async Task<Dictionary<int, long>> LastSequencesAsync(DatabaseProvider provider, string connectionString)
    {
        await using var connection = Open(provider, connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // The cases already there (the demo's, numbered by the product) as well as the counters: on PostgreSQL the
        // product numbers from a sequence per year and leaves the counter table behind.
        command.CommandText = """
            SELECT "Year", max("Last") FROM (
                SELECT "Year", "LastSequence" AS "Last" FROM "CaseNumberCounters"
                UNION ALL SELECT "Year", max("Sequence") FROM "Cases" GROUP BY "Year") AS numbered
            GROUP BY "Year"
            """;
        var result = new Dictionary<int, long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result[reader.GetInt32(0)] = reader.GetInt64(1);
        }

        return result;
    }

    /// <summary>Loads the cases; returns (cases, events) written.</summary>
    public static async Task<(long Cases, long Events)> LoadAsync(DatabaseProvider provider, string connectionString, GeneratedCases cases)
    {
        await using var connection = Open(provider, connectionString);
        await connection.OpenAsync();
        var indexes = await DropIndexesAsync(connection, provider);
        if (provider == DatabaseProvider.Sqlite)
        {
            await ExecuteAsync(connection, FullTextSql.SqliteDown());
        }

        var written = provider == DatabaseProvider.Postgres
            ? await CopyAsync((NpgsqlConnection)connection, cases)
            : InsertSqlite((SqliteConnection)connection, cases);

        foreach (var definition in indexes)
        {
            await ExecuteAsync(connection, definition);
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            await ExecuteAsync(connection, FullTextSql.SqliteUp());
        }

        foreach (var (year, last) in cases.LastSequence)
        {
            await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture,
                $"INSERT INTO \"CaseNumberCounters\" (\"Year\", \"LastSequence\") VALUES ({year}, {last}) ON CONFLICT (\"Year\") DO UPDATE SET \"LastSequence\" = excluded.\"LastSequence\""));
            if (provider == DatabaseProvider.Postgres)
            {
                // A year whose sequence the product already made goes on after the loaded cases (setval of no sequence is null, no error).
                await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture, $"SELECT setval(to_regclass('\"CaseNumbers_{year}\"'), {last})"));
            }
        }

        return written;
    }

    /// <summary>
    /// After loading: fresh statistics for the planner (PostgreSQL also VACUUM, for the visibility map index-only scans
    /// need, then a checkpoint, so the gigabytes the load wrote are not flushed in the middle of the first measurement
    /// (years of cases grow into a database a little at a time; the load puts them there in minutes)).
    /// </summary>
    public static async Task AnalyzeAsync(DatabaseProvider provider, string connectionString)
    {
        await using var connection = Open(provider, connectionString);
        await connection.OpenAsync();
        if (provider == DatabaseProvider.Postgres)
        {
            await ExecuteAsync(connection, "VACUUM ANALYZE", timeoutSeconds: 0);
            await ExecuteAsync(connection, "CHECKPOINT", timeoutSeconds: 0);
        }
        else
        {
            await ExecuteAsync(connection, "ANALYZE", timeoutSeconds: 0);
        }
    }

    public static DbConnection Open(DatabaseProvider provider, string connectionString) =>
        provider == DatabaseProvider.Postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);

    public static async Task ExecuteAsync(DbConnection connection, string sql, int timeoutSeconds = 0)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = timeoutSeconds;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> DropIndexesAsync(DbConnection connection, DatabaseProvider provider)
    {
        var definitions = new List<(string Name, string Sql)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = provider == DatabaseProvider.Postgres
                ? "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('Cases', 'CaseClocks', 'CaseEvents') AND indexname NOT LIKE 'PK\\_%'"
                : "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('Cases', 'CaseClocks', 'CaseEvents') AND sql IS NOT NULL";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in definitions)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
        }

        return definitions.Select(d => d.Sql).ToList();
    }

    private static async Task<(long, long)> CopyAsync(NpgsqlConnection connection, GeneratedCases generated)
    {
        // In chunks: a chunk's cases first (the events' foreign key), then its events, so memory stays flat.
        long cases = 0, events = 0;
        foreach (var chunk in generated.Generate().Chunk(50_000))
        {
            cases += await CopyCasesAsync(connection, chunk);
            await CopyClocksAsync(connection, chunk);
            events += await CopyEventsAsync(connection, chunk);
        }

        return (cases, events);
    }

    private static async Task<long> CopyCasesAsync(NpgsqlConnection connection, CaseRow[] chunk)
    {
        long cases = 0;
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY \"Cases\" ({CaseColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            copy.Timeout = TimeSpan.Zero;
            foreach (var c in chunk)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(c.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(c.Number, NpgsqlDbType.Varchar);
                await copy.WriteAsync(c.Year, NpgsqlDbType.Integer);
                await copy.WriteAsync(c.Sequence, NpgsqlDbType.Bigint);
                await copy.WriteAsync(c.Type.ToString(), NpgsqlDbType.Varchar);
                await copy.WriteAsync(c.Subject, NpgsqlDbType.Varchar);
                await copy.WriteAsync(c.Description, NpgsqlDbType.Varchar);
                await Nullable(copy, c.ServiceCode, NpgsqlDbType.Varchar);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                await copy.WriteAsync(c.CustomerId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(c.ContactId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(c.RequesterName, NpgsqlDbType.Varchar);
                await Nullable(copy, c.RequesterEmail, NpgsqlDbType.Varchar);
                await Nullable(copy, c.RequesterUserId, NpgsqlDbType.Uuid);
                await copy.WriteNullAsync(); // UnitId
                await copy.WriteNullAsync(); // UnitName
                await copy.WriteAsync(c.Channel.ToString(), NpgsqlDbType.Varchar);
                await copy.WriteAsync(c.Impact, NpgsqlDbType.Integer);
                await copy.WriteAsync(c.Urgency, NpgsqlDbType.Integer);
                await copy.WriteAsync(c.Priority, NpgsqlDbType.Integer);
                await copy.WriteAsync(c.Status.ToString(), NpgsqlDbType.Varchar);
                await copy.WriteAsync(c.GroupId, NpgsqlDbType.Uuid);
                await Nullable(copy, c.AssigneeUserId, NpgsqlDbType.Uuid);
                await Nullable(copy, c.AssigneeName, NpgsqlDbType.Varchar);
                await Nullable(copy, c.RootCauseId, NpgsqlDbType.Uuid);
                await Nullable(copy, c.Solution, NpgsqlDbType.Varchar);
                await copy.WriteNullAsync(); // ProblemId
                await copy.WriteAsync(c.CreatedAtUtc, NpgsqlDbType.TimestampTz);
                await Nullable(copy, c.FirstResponseAtUtc, NpgsqlDbType.TimestampTz);
                await Nullable(copy, c.SolvedAtUtc, NpgsqlDbType.TimestampTz);
                await Nullable(copy, c.ClosedAtUtc, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(c.LastActivityAtUtc, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(0, NpgsqlDbType.Integer); // ReopenCount
                await copy.WriteAsync(c.Version, NpgsqlDbType.Integer);
                cases++;
            }

            await copy.CompleteAsync();
        }

        return cases;
    }

    private static async Task CopyClocksAsync(NpgsqlConnection connection, CaseRow[] chunk)
    {
        await using var copy = await connection.BeginBinaryImportAsync($"COPY \"CaseClocks\" ({ClockColumns}) FROM STDIN (FORMAT BINARY)");
        copy.Timeout = TimeSpan.Zero;
        foreach (var c in chunk)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(c.Id, NpgsqlDbType.Uuid);
            await Nullable(copy, c.ResponseSla, NpgsqlDbType.Varchar);
            await Nullable(copy, c.ResolutionSla, NpgsqlDbType.Varchar);
            await copy.WriteAsync(0, NpgsqlDbType.Integer);
            await copy.WriteAsync(0, NpgsqlDbType.Integer);
            await copy.WriteAsync(c.Version, NpgsqlDbType.Integer);
        }

        await copy.CompleteAsync();
    }

    private static async Task<long> CopyEventsAsync(NpgsqlConnection connection, CaseRow[] chunk)
    {
        long events = 0;
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY \"CaseEvents\" ({EventColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            copy.Timeout = TimeSpan.Zero;
            foreach (var (caseId, customerId, groupId, e) in chunk.SelectMany(c => c.Events.Select(e => (c.Id, c.CustomerId, c.GroupId, e))))
            {
                events++;
                await copy.StartRowAsync();
                await copy.WriteAsync(e.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(caseId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(customerId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(e.Kind.ToString(), NpgsqlDbType.Varchar);
                await copy.WriteAsync(e.AtUtc, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(e.ActorName, NpgsqlDbType.Varchar);
                await Nullable(copy, e.ActorUserId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(e.ActorIsStaff, NpgsqlDbType.Boolean);
                await Nullable(copy, e.Text, NpgsqlDbType.Text);
                await copy.WriteAsync(e.IsPublic, NpgsqlDbType.Boolean);
                await Nullable(copy, e.FromValue, NpgsqlDbType.Varchar);
                await Nullable(copy, e.ToValue, NpgsqlDbType.Varchar);
                await copy.WriteAsync(groupId, NpgsqlDbType.Uuid);
            }

            await copy.CompleteAsync();
        }

        return events;
    }

    private static Task Nullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
        where T : class => value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, type);

    private static Task Nullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
        where T : struct => value is { } v ? copy.WriteAsync(v, type) : copy.WriteNullAsync();

    private static (long, long) InsertSqlite(SqliteConnection connection, GeneratedCases generated)
    {
        using var transaction = connection.BeginTransaction();
        using var insertCase = Prepare(connection, transaction, "Cases", CaseColumns, out var c);
        using var insertClocks = Prepare(connection, transaction, "CaseClocks", ClockColumns, out var k);
        using var insertEvent = Prepare(connection, transaction, "CaseEvents", EventColumns, out var e);
        long cases = 0, events = 0;
        foreach (var row in generated.Generate())
        {
            object?[] values =
            [
                G(row.Id), row.Number, row.Year, row.Sequence, row.Type.ToString(), row.Subject, row.Description, row.ServiceCode, 0, G(row.CustomerId),
                G(row.ContactId), row.RequesterName, row.RequesterEmail, G(row.RequesterUserId), null, null, row.Channel.ToString(), row.Impact, row.Urgency, row.Priority,
                row.Status.ToString(), G(row.GroupId), G(row.AssigneeUserId), row.AssigneeName, G(row.RootCauseId), row.Solution, null, T(row.CreatedAtUtc), T(row.FirstResponseAtUtc),
                T(row.SolvedAtUtc), T(row.ClosedAtUtc), T(row.LastActivityAtUtc), 0, row.Version,
            ];
            Run(insertCase, c, values);
            Run(insertClocks, k, [G(row.Id), row.ResponseSla, row.ResolutionSla, 0, 0, row.Version]);
            cases++;
            foreach (var ev in row.Events)
            {
                Run(insertEvent, e,
                [
                    G(ev.Id), G(row.Id), G(row.CustomerId), ev.Kind.ToString(), T(ev.AtUtc), ev.ActorName, G(ev.ActorUserId), ev.ActorIsStaff ? 1 : 0, ev.Text,
                    ev.IsPublic ? 1 : 0, ev.FromValue, ev.ToValue, G(row.GroupId),
                ]);
                events++;
            }
        }

        transaction.Commit();
        return (cases, events);
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string table, string columns, out SqliteParameter[] parameters)
    {
        var count = columns.Split(',').Length;
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({columns}) VALUES ({string.Join(", ", Enumerable.Range(1, count).Select(i => "$p" + i))})";
        parameters = Enumerable.Range(1, count).Select(i => command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, SqliteParameter[] parameters, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    // As EF Core's SQLite provider stores them: GUIDs as upper-case text, instants as 'yyyy-MM-dd HH:mm:ss.FFFFFFF'.
    private static string? G(Guid? id) => id?.ToString("D").ToUpperInvariant();

    private static string? T(DateTime? at) => at?.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
