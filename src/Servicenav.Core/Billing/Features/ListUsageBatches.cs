using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Billing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

/// <summary>The accepted usage batches, newest first. Staff only: a batch spans many customers.</summary>
public sealed record ListUsageBatches(int Take = 100) : IRequest<Result<IReadOnlyList<UsageBatchDto>>>;

public sealed record UsageBatchDto(
    Guid Id,
    UsageBatchKind Kind,
    string SourceName,
    string ReceivedBy,
    DateTime ReceivedAtUtc,
    int RowsRead,
    int RowsAccepted,
    int RowsSkipped,
    string PeriodTotals);

internal sealed class ListUsageBatchesHandler(ServicenavDb db) : IHandler<ListUsageBatches, Result<IReadOnlyList<UsageBatchDto>>>
{
    public async Task<Result<IReadOnlyList<UsageBatchDto>>> Handle(ListUsageBatches request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ChargingRead) || db.User.IsCustomerScoped)
        {
            return Result<IReadOnlyList<UsageBatchDto>>.Forbidden();
        }

        var batches = await db.UsageImportBatches.AsNoTracking()
            .OrderByDescending(b => b.ReceivedAtUtc).ThenByDescending(b => b.Id)
            .Take(Math.Clamp(request.Take, 1, 1000))
            .Select(b => new UsageBatchDto(b.Id, b.Kind, b.SourceName, b.ReceivedBy, b.ReceivedAtUtc, b.RowsRead, b.RowsAccepted, b.RowsSkipped, b.PeriodTotals))
            .ToListAsync(cancellationToken);
        return batches;
    }
}
