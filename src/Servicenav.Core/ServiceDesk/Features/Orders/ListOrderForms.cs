using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>The services that can be ordered with a form (<c>/bestall</c>), by name; retired forms only for those who maintain them.</summary>
public sealed record ListOrderForms : IRequest<Result<IReadOnlyList<OrderFormSummary>>>;

internal sealed class ListOrderFormsHandler(ServicenavDb db) : IHandler<ListOrderForms, Result<IReadOnlyList<OrderFormSummary>>>
{
    public async Task<Result<IReadOnlyList<OrderFormSummary>>> Handle(ListOrderForms request, CancellationToken cancellationToken)
    {
        var user = db.User;
        if (!user.Has(Permission.CasesRaise))
        {
            return Result<IReadOnlyList<OrderFormSummary>>.Forbidden();
        }

        var maintains = user.Has(Permission.OrderFormsManage) && !user.IsCustomerScoped;
        var forms = await db.OrderForms.AsNoTracking().Where(f => f.IsActive || maintains).ToListAsync(cancellationToken);
        var names = await CaseReads.ServiceNamesAsync(db, cancellationToken);
        return forms.Select(f => new OrderFormSummary(f.ServiceCode, names.GetValueOrDefault(f.ServiceCode), f.Title, f.Intro, f.Approval, f.Fulfilment, f.IsActive))
            .OrderBy(f => f.Title, StringComparer.Create(SwedishCulture.Culture, true))
            .ToList();
    }
}
