using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>An order by its id, its case's id or its case's number (<c>KT-2026-000123</c>); not found unless the reader may see it.</summary>
public sealed record GetOrder(string Key) : IRequest<Result<OrderDetails>>;

internal sealed class GetOrderHandler(ServicenavDb db) : IHandler<GetOrder, Result<OrderDetails>>
{
    public async Task<Result<OrderDetails>> Handle(GetOrder request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesRaise))
        {
            return Result<OrderDetails>.Forbidden();
        }

        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var orders = OrderReads.Visible(db, viewer).AsNoTracking();
        Guid? found = null;
        if (Guid.TryParse(request.Key, out var id))
        {
            found = await orders.Where(o => o.Id == id || o.CaseId == id).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
        }
        else if (CaseNumber.TryParse(request.Key, out var number))
        {
            var key = number.ToString();
            found = await orders.Where(o => o.CaseNumber == key).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
        }

        return found is { } orderId ? await OrderReads.DetailsAsync(db, orderId, cancellationToken) : Result<OrderDetails>.NotFound();
    }
}
