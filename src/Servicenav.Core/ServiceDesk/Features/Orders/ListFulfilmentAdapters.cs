using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>The names of the fulfilment adapters an order form can name for automatic fulfilment.</summary>
public sealed record ListFulfilmentAdapters : IRequest<Result<IReadOnlyList<string>>>;

internal sealed class ListFulfilmentAdaptersHandler(ServicenavDb db, IEnumerable<IFulfilmentAdapter> adapters)
    : IHandler<ListFulfilmentAdapters, Result<IReadOnlyList<string>>>
{
    public Task<Result<IReadOnlyList<string>>> Handle(ListFulfilmentAdapters request, CancellationToken cancellationToken) =>
        Task.FromResult(!db.User.Has(Permission.OrderFormsManage) || db.User.IsCustomerScoped
            ? Result<IReadOnlyList<string>>.Forbidden()
            : new Result<IReadOnlyList<string>>(ResultStatus.Ok, adapters.Select(a => a.Name).Order(StringComparer.Ordinal).ToList()));
}
