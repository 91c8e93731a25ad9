using Servicenav.SharedKernel;

namespace Servicenav.Billing;

/// <summary>
/// How year-end refunds reach the customers: billing issues one credit invoice per customer in an open month,
/// which the month's ledger export then books like any other invoice.
/// </summary>
public interface IRefundInvoicing
{
    /// <summary>Issues the credits in the caller's transaction; issuing the same decision twice is refused.</summary>
    Task<IReadOnlyList<Guid>> IssueAsync(RefundIssue issue, CancellationToken cancellationToken = default);
}

/// <summary>A decided refund for one service area, already split pro rata into customer shares.</summary>
public sealed record RefundIssue(Guid RefundDecisionId, int Year, Period BookIn, string AreaName, string Text, IReadOnlyList<RefundShare> Shares);

/// <summary>One customer's share of a refund (a positive amount; billing books it as a credit).</summary>
public sealed record RefundShare(Guid CustomerId, Money Amount);
