using Microsoft.EntityFrameworkCore;
using Servicenav.Data;

namespace Servicenav.ServiceDesk.Data.Knowledge;

/// <summary>
/// A search that knows more than the planner about how common its words are: it switches one kind of scan off for its
/// own statement (<c>SET LOCAL</c> in a transaction of its own) on PostgreSQL. Inside a caller's transaction, and on
/// SQLite, the read runs as it is.
/// </summary>
internal static class PlannerHints
{
    /// <summary>
    /// Through the text index only. With a LIMIT the planner would rather walk the date index (or a group's) and test
    /// every case on the way, hoping to stop early, for a word that is in forty cases or in none (90 000 rows, ~110 ms
    /// measured at a million cases for the last 90 days).
    /// </summary>
    public static Task<T> WithoutIndexScansAsync<T>(ServicenavDb db, Func<Task<T>> read, CancellationToken cancellationToken) =>
        WithAsync(db, "SET LOCAL enable_indexscan = off", read, cancellationToken);

    /// <summary>
    /// In the list's order: for a word known to be in thousands of the cases, whose newest are near in the date index.
    /// The planner, misjudging how many cases hold the words, would read every match through the text index and sort
    /// them (14 000 matches, ~70 ms at a million cases, against under 1 ms walking the date index).
    /// </summary>
    public static Task<T> WithoutBitmapScansAsync<T>(ServicenavDb db, Func<Task<T>> read, CancellationToken cancellationToken) =>
        WithAsync(db, "SET LOCAL enable_bitmapscan = off", read, cancellationToken);

    private static async Task<T> WithAsync<T>(ServicenavDb db, string setting, Func<Task<T>> read, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql() || db.Database.CurrentTransaction is not null)
        {
            return await read();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(setting, cancellationToken);
        var result = await read();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
