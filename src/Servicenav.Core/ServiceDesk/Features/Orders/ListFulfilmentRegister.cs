using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// The local fulfilment register, newest first: what automatic fulfilment granted or delivered, to whom, by which order.
/// Agents see every customer's entries; a Beställare its own customer's (customer scope).
/// </summary>
public sealed record ListFulfilmentRegister(Guid? CustomerId = null, string? ServiceCode = null, int Take = 200)
    : IRequest<Result<IReadOnlyList<FulfilmentRegisterRow>>>;

internal sealed class ListFulfilmentRegisterHandler(ServicenavDb db) : IHandler<ListFulfilmentRegister, Result<IReadOnlyList<FulfilmentRegisterRow>>>
{
    public async Task<Result<IReadOnlyList<FulfilmentRegisterRow>>> Handle(ListFulfilmentRegister request, CancellationToken cancellationToken)
    {
        var user = db.User;
        if (!(user.Has(Permission.CasesWork) && !user.IsCustomerScoped) && !user.Has(Permission.OrdersApprove))
        {
            return Result<IReadOnlyList<FulfilmentRegisterRow>>.Forbidden();
        }

        var entries = db.FulfilmentRegister.AsNoTracking();
        if (request.CustomerId is { } customerId)
        {
            entries = entries.Where(e => e.CustomerId == customerId);
        }

        if (!string.IsNullOrWhiteSpace(request.ServiceCode))
        {
            var code = request.ServiceCode.Trim();
            entries = entries.Where(e => e.ServiceCode == code);
        }

        var rows = await (from e in entries
                          join c in db.Customers on e.CustomerId equals c.Id
                          orderby e.RegisteredAtUtc descending
                          select new FulfilmentRegisterRow(e.Id, e.OrderId, e.CaseNumber, e.CustomerId, c.Name, e.ServiceCode, e.RecipientName, e.What,
                              e.Quantity, e.RegisteredAtUtc))
            .Take(Math.Clamp(request.Take, 1, 1000))
            .ToListAsync(cancellationToken);
        return rows.Select(r => r with { RegisteredAtUtc = OrderReads.Utc(r.RegisteredAtUtc) }).ToList();
    }
}
