using Microsoft.EntityFrameworkCore;
using Servicenav.Data;

namespace Servicenav.Ledger.Data;

/// <summary>
/// Sums an import's cost lines into <c>LedgerPoolMonths</c> in one set-based statement, in the import's transaction,
/// once the lines are written. Only the month expression differs between the databases.
/// </summary>
internal static class LedgerPoolMonthFill
{
    public static Task FillAsync(ServicenavDb db, Guid importId, CancellationToken ct)
    {
        var postgres = db.Database.IsNpgsql();
        var month = postgres ? "CAST(EXTRACT(MONTH FROM \"Date\") AS integer)" : "CAST(strftime('%m', \"Date\") AS INTEGER)";
        var sql = $$"""
            INSERT INTO "{{LedgerPoolMonthConfiguration.Table}}" ("ImportId", "Year", "Kind", "AccountGroup", "AccountGroupName", "Ansvar", "Month", "AmountOre", "LineCount")
            SELECT "ImportId", "Year", "Kind", "AccountGroup", MAX("AccountGroupName"), "Ansvar", {{month}}, SUM("AmountOre"), COUNT(*)
            FROM "{{LedgerRowConfiguration.Table}}"
            WHERE "ImportId" = {0} AND "AccountClass" BETWEEN 4 AND 8
            GROUP BY "ImportId", "Year", "Kind", "AccountGroup", "Ansvar", {{month}}
            """;
        // SQLite keeps EF's Guid as upper-case text; PostgreSQL has a uuid.
        object id = postgres ? importId : SqliteBulkStatement.GuidText(importId);
        return db.Database.ExecuteSqlRawAsync(sql, [id], ct);
    }
}
