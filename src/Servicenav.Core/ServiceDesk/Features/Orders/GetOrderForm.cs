using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>The order form of a service, to fill in (<c>/bestall/{kod}</c>). A retired form is found only by those who maintain forms.</summary>
public sealed record GetOrderForm(string ServiceCode) : IRequest<Result<OrderFormDto>>;

internal sealed class GetOrderFormHandler(ServicenavDb db) : IHandler<GetOrderForm, Result<OrderFormDto>>
{
    public async Task<Result<OrderFormDto>> Handle(GetOrderForm request, CancellationToken cancellationToken)
    {
        var user = db.User;
        if (!user.Has(Permission.CasesRaise))
        {
            return Result<OrderFormDto>.Forbidden();
        }

        var code = request.ServiceCode.Trim();
        var maintains = user.Has(Permission.OrderFormsManage) && !user.IsCustomerScoped;
        var form = await db.OrderForms.AsNoTracking().FirstOrDefaultAsync(f => f.ServiceCode == code && (f.IsActive || maintains), cancellationToken);
        return form is null ? Result<OrderFormDto>.NotFound() : await OrderReads.FormAsync(db, form, cancellationToken);
    }
}
