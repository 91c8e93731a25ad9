using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Sla;

namespace Servicenav.ServiceDesk.Data;

/// <summary>
/// Writes recomputed SLA clocks of many cases in one statement on PostgreSQL (an UPDATE of the narrow clocks table from
/// arrays), instead of one UPDATE per case: the first run after a catalogue decision changes every open case. A case
/// someone changed meanwhile (its version moved on) is left out, and its id is not returned: their save recomputed its
/// clocks already.
/// </summary>
internal static class SlaClockWriter
{
    private const string Update =
        """
        UPDATE "CaseClocks" AS c SET
            "ResponseDueUtc" = v.response_due, "ResponseSla" = v.response_sla,
            "ResolutionDueUtc" = v.resolution_due, "ResolutionSla" = v.resolution_sla,
            "GroupDueUtc" = v.group_due, "GroupSla" = v.group_sla,
            "ResponseEndedAtUtc" = v.response_ended, "ResponseBusinessMinutes" = v.response_minutes,
            "ResolutionEndedAtUtc" = v.resolution_ended, "ResolutionBusinessMinutes" = v.resolution_minutes,
            "WarnedClocks" = v.warned, "BreachedClocks" = v.breached
        FROM unnest(@id, @version, @response_due, @response_sla, @resolution_due, @resolution_sla, @group_due, @group_sla,
                    @response_ended, @response_minutes, @resolution_ended, @resolution_minutes, @warned, @breached)
            AS v(id, version, response_due, response_sla, resolution_due, resolution_sla, group_due, group_sla,
                 response_ended, response_minutes, resolution_ended, resolution_minutes, warned, breached)
        WHERE c."CaseId" = v.id AND c."CaseVersion" = v.version
        RETURNING c."CaseId"
        """;

    public static bool IsSetBased(ServicenavDb db) => db.Database.IsNpgsql();

    /// <summary>Writes the clocks of <paramref name="cases"/> in <paramref name="transaction"/>; answers the ids written.</summary>
    public static async Task<HashSet<Guid>> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<CaseSlaSubject> cases,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Update, connection, transaction);
        Add(command, "id", NpgsqlDbType.Uuid, cases.Select(c => c.Id).ToArray());
        Add(command, "version", NpgsqlDbType.Integer, cases.Select(c => c.Clocks.CaseVersion).ToArray());
        Add(command, "response_due", NpgsqlDbType.TimestampTz, cases.Select(c => c.Clocks.ResponseDueUtc).ToArray());
        Add(command, "response_sla", NpgsqlDbType.Text, cases.Select(c => c.Clocks.ResponseSla?.ToString()).ToArray());
        Add(command, "resolution_due", NpgsqlDbType.TimestampTz, cases.Select(c => c.Clocks.ResolutionDueUtc).ToArray());
        Add(command, "resolution_sla", NpgsqlDbType.Text, cases.Select(c => c.Clocks.ResolutionSla?.ToString()).ToArray());
        Add(command, "group_due", NpgsqlDbType.TimestampTz, cases.Select(c => c.Clocks.GroupDueUtc).ToArray());
        Add(command, "group_sla", NpgsqlDbType.Text, cases.Select(c => c.Clocks.GroupSla?.ToString()).ToArray());
        Add(command, "response_ended", NpgsqlDbType.TimestampTz, cases.Select(c => c.Clocks.ResponseEndedAtUtc).ToArray());
        Add(command, "response_minutes", NpgsqlDbType.Integer, cases.Select(c => c.Clocks.ResponseBusinessMinutes).ToArray());
        Add(command, "resolution_ended", NpgsqlDbType.TimestampTz, cases.Select(c => c.Clocks.ResolutionEndedAtUtc).ToArray());
        Add(command, "resolution_minutes", NpgsqlDbType.Integer, cases.Select(c => c.Clocks.ResolutionBusinessMinutes).ToArray());
        Add(command, "warned", NpgsqlDbType.Integer, cases.Select(c => c.Clocks.WarnedClocks).ToArray());
        Add(command, "breached", NpgsqlDbType.Integer, cases.Select(c => c.Clocks.BreachedClocks).ToArray());
        var written = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            written.Add(reader.GetGuid(0));
        }

        return written;
    }

    private static void Add<T>(NpgsqlCommand command, string name, NpgsqlDbType type, T[] values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values });
}
