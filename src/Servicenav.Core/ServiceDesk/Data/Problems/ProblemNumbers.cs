using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Problems;

namespace Servicenav.ServiceDesk.Data.Problems;

/// <summary>
/// The next problem number of a year with one upsert … RETURNING, like <see cref="CaseNumbers"/>: run inside the
/// transaction that stores the problem, so a failed problem uses no number and two never get the same one.
/// </summary>
internal static class ProblemNumbers
{
    private const string Upsert =
        """
        INSERT INTO "ProblemNumberCounters" ("Year", "LastSequence") VALUES (@year, 1)
        ON CONFLICT ("Year") DO UPDATE SET "LastSequence" = "ProblemNumberCounters"."LastSequence" + 1
        RETURNING "LastSequence"
        """;

    public static async Task<ProblemNumber> NextAsync(ServicenavDb db, int year, CancellationToken cancellationToken)
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
        return new ProblemNumber(year, sequence);
    }
}
