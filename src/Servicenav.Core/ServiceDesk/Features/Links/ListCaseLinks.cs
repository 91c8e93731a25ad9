using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Links;

/// <summary>The cases linked to a case, as far as the reader may see them (a link to a case outside their view is left out).</summary>
public sealed record ListCaseLinks(Guid CaseId) : IRequest<Result<CaseLinkList>>;

internal sealed class ListCaseLinksHandler(ServicenavDb db) : IHandler<ListCaseLinks, Result<CaseLinkList>>
{
    public async Task<Result<CaseLinkList>> Handle(ListCaseLinks request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesRaise))
        {
            return Result<CaseLinkList>.Forbidden();
        }

        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var found = await CaseLinkReads.FindAsync(db, viewer, request.CaseId.ToString(), cancellationToken);
        return found is null ? Result<CaseLinkList>.NotFound() : await CaseLinkReads.ListAsync(db, found, viewer, cancellationToken);
    }
}
