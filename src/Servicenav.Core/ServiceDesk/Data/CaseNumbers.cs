using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Data;

/// <summary>
/// The next case number of a year (<see cref="YearCounters"/>): taken ahead in a transaction of its own where the
/// database allows it (<see cref="YearCounters.CanTakeAhead"/>), so cases from many channels at once do not wait for
/// each other's commit; otherwise inside the transaction that stores the case.
/// </summary>
internal static class CaseNumbers
{
    private const string Counter = "CaseNumberCounters";

    public static bool CanTakeAhead(ServicenavDb db) => YearCounters.CanTakeAhead(db);

    public static async Task<CaseNumber> TakeAheadAsync(ServicenavDb db, int year, CancellationToken cancellationToken) =>
        new(year, await YearCounters.TakeAsync(db, Counter, year, cancellationToken));

    public static async Task<CaseNumber> NextAsync(ServicenavDb db, int year, CancellationToken cancellationToken) =>
        new(year, await YearCounters.NextAsync(db, Counter, year, cancellationToken));
}
