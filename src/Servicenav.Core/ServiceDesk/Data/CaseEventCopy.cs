using Npgsql;
using NpgsqlTypes;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Data;

/// <summary>
/// Many case events at once into PostgreSQL by binary COPY, in the caller's transaction: the SLA recompute's warnings
/// and breaches, which after a catalogue decision can be one or two per open case.
/// </summary>
internal static class CaseEventCopy
{
    private const string Columns =
        "\"Id\", \"CaseId\", \"CustomerId\", \"Kind\", \"AtUtc\", \"ActorName\", \"ActorUserId\", \"ActorIsStaff\", \"Text\", \"IsPublic\", \"FromValue\", \"ToValue\", \"GroupId\"";

    public static async Task WriteAsync(NpgsqlConnection connection, IEnumerable<CaseEvent> events, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync($"COPY \"CaseEvents\" ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var e in events)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(e.Id, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(e.CaseId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(e.CustomerId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(e.Kind.ToString(), NpgsqlDbType.Text, cancellationToken); // enums are stored by name
            await copy.WriteAsync(e.AtUtc, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(e.ActorName, NpgsqlDbType.Text, cancellationToken);
            await WriteNullable(copy, e.ActorUserId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(e.ActorIsStaff, NpgsqlDbType.Boolean, cancellationToken);
            await WriteNullable(copy, e.Text, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(e.IsPublic, NpgsqlDbType.Boolean, cancellationToken);
            await WriteNullable(copy, e.FromValue, NpgsqlDbType.Text, cancellationToken);
            await WriteNullable(copy, e.ToValue, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(e.GroupId, NpgsqlDbType.Uuid, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullable(NpgsqlBinaryImporter copy, Guid? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is { } v ? copy.WriteAsync(v, type, cancellationToken) : copy.WriteNullAsync(cancellationToken);

    private static Task WriteNullable(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, type, cancellationToken);
}
