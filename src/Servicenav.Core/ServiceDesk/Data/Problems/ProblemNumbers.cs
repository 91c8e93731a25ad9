using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Problems;

namespace Servicenav.ServiceDesk.Data.Problems;

/// <summary>The next problem number of a year (<see cref="YearCounters"/>), inside the transaction that stores the problem.</summary>
internal static class ProblemNumbers
{
    public static async Task<ProblemNumber> NextAsync(ServicenavDb db, int year, CancellationToken cancellationToken) =>
        new(year, await YearCounters.NextAsync(db, "ProblemNumberCounters", year, cancellationToken));
}
