using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// One case with its history, by id or by number (<c>KT-2026-000123</c>). A case the reader may not see is not
/// found, whichever way it is asked for; a requester's history leaves out internal notes.
/// </summary>
public sealed record GetCase(string Key) : IRequest<Result<CaseDetails>>;

internal sealed class GetCaseHandler(ServicenavDb db) : IHandler<GetCase, Result<CaseDetails>>
{
    public async Task<Result<CaseDetails>> Handle(GetCase request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesRaise))
        {
            return Result<CaseDetails>.Forbidden();
        }

        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var cases = viewer.Apply(db.Cases.AsNoTracking());
        Case? found = null;
        if (Guid.TryParse(request.Key, out var id))
        {
            found = await cases.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        }
        else if (CaseNumber.TryParse(request.Key, out var number))
        {
            var key = number.ToString();
            found = await cases.FirstOrDefaultAsync(c => c.Number == key, cancellationToken);
        }

        return found is null ? Result<CaseDetails>.NotFound() : await CaseReads.DetailsAsync(db, found, viewer, cancellationToken);
    }
}
