using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Data;

/// <summary>
/// Gives out the next case number of a year with one upsert … RETURNING (PostgreSQL and SQLite ≥ 3.35 both
/// speak it). Run inside the transaction that stores the case, so a failed case does not use up a number and two
/// concurrent cases never get the same one (the counter row is locked until the first commits).
/// </summary>
internal static class CaseNumbers
{
    private const string Upsert =
        """
        INSERT INTO "CaseNumberCounters" ("Year", "LastSequence") VALUES (@year, 1)
        ON CONFLICT ("Year") DO UPDATE SET "LastSequence" = "CaseNumberCounters"."LastSequence" + 1
        RETURNING "LastSequence"
        """;

    public static async Task<CaseNumber> NextAsync(ServicenavDb db, int year, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = Upsert;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@year";
        parameter.Value = year;
        command.Parameters.Add(parameter);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        var sequence = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return new CaseNumber(year, sequence);
    }
}
