using Servicenav.SharedKernel;

namespace Servicenav.Billing;

/// <summary>
/// Which months are closed (locked by billing): usage for a closed month is refused and must come as a
/// correction in an open month. The billing run owns closing; usage import only reads this contract.
/// </summary>
public interface IClosedPeriods
{
    Task<IReadOnlySet<Period>> ClosedAsync(CancellationToken cancellationToken = default);
}
