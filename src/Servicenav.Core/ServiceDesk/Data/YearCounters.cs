using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Servicenav.Data;

namespace Servicenav.ServiceDesk.Data;

/// <summary>
/// Gives out the next number of a year from a counter table ("Year", "LastSequence") with one upsert … RETURNING
/// (PostgreSQL and SQLite ≥ 3.35 both speak it). Run inside the transaction that stores the numbered record, so a
/// failed record does not use up a number and two concurrent ones never get the same (the counter row is locked until
/// the first commits). Problem numbers use it, and case numbers on SQLite (<see cref="CaseNumbers"/>).
/// </summary>
internal static class YearCounters
{
    public static async Task<long> NextAsync(ServicenavDb db, string counterTable, int year, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = Upsert(counterTable);
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@year";
        parameter.Value = year;
        command.Parameters.Add(parameter);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    // The table name is one of this module's constants, never input.
    private static string Upsert(string counterTable) =>
        $"""
        INSERT INTO "{counterTable}" ("Year", "LastSequence") VALUES (@year, 1)
        ON CONFLICT ("Year") DO UPDATE SET "LastSequence" = "{counterTable}"."LastSequence" + 1
        RETURNING "LastSequence"
        """;
}
