using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Data;

/// <summary>The next case number of a year (<see cref="YearCounters"/>), inside the transaction that stores the case.</summary>
internal static class CaseNumbers
{
    public static async Task<CaseNumber> NextAsync(ServicenavDb db, int year, CancellationToken cancellationToken) =>
        new(year, await YearCounters.NextAsync(db, "CaseNumberCounters", year, cancellationToken));
}
