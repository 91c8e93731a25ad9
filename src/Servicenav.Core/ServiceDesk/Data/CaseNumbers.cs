using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Data;

/// <summary>
/// The next case number of a year. PostgreSQL gives it from a sequence of the year (<see cref="SequenceFunction"/>): no
/// row lock and no transaction of its own, so cases from many channels at once never wait for each other, and it can be
/// taken inside the query that looks up the requester (<see cref="NextInQuery"/>), in the same round trip. A case that
/// then fails to save leaves a gap; numbers stay unique and increasing. SQLite has one writer at a time anyway: there
/// the number comes from a counter row (<see cref="YearCounters"/>) inside the transaction that stores the case.
/// </summary>
internal static class CaseNumbers
{
    /// <summary>The SQL function (migration <c>CaseNumberSequences</c>) that creates a year's sequence on first use.</summary>
    public const string SequenceFunction = "servicenav_next_case_sequence";

    private const string Counter = "CaseNumberCounters";

    public static bool FromSequence(ServicenavDb db) => db.Database.IsNpgsql();

    /// <summary>Mapped to <see cref="SequenceFunction"/> on PostgreSQL (<see cref="CasePostgresStorage"/>): only for use inside a query.</summary>
    public static long NextInQuery(int year) =>
        throw new InvalidOperationException($"{nameof(NextInQuery)}({year}) only runs inside a PostgreSQL query.");

    /// <summary>The next number: from the year's sequence on PostgreSQL, else from the counter in the caller's transaction.</summary>
    public static async Task<CaseNumber> NextAsync(ServicenavDb db, int year, CancellationToken cancellationToken) =>
        FromSequence(db)
            ? new(year, await db.Database.SqlQueryRaw<long>("SELECT " + SequenceFunction + "({0}) AS \"Value\"", year).SingleAsync(cancellationToken))
            : new(year, await YearCounters.NextAsync(db, Counter, year, cancellationToken));
}
