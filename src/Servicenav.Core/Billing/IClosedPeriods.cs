using Servicenav.SharedKernel;

namespace Servicenav.Billing;

/// <summary>
/// Which billing months are closed (locked): usage import refuses new records for them. A month without a
/// billing-period row is open.
/// </summary>
public interface IClosedPeriods
{
    Task<IReadOnlySet<Period>> ClosedAsync(CancellationToken cancellationToken = default);
}
