using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Catalog.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Catalog.Features;

/// <summary>Opens a new draft catalogue version, a copy of the latest decided one. Returns its number.</summary>
public sealed record StartCatalogDraft : IRequest<Result<int>>;

internal sealed class StartCatalogDraftHandler(ServicenavDb db, TimeProvider clock) : IHandler<StartCatalogDraft, Result<int>>
{
    public async Task<Result<int>> Handle(StartCatalogDraft request, CancellationToken cancellationToken)
    {
        if (!CatalogEditing.MayEditAnything(db.User))
        {
            return Result<int>.Forbidden();
        }

        var existingDraft = await db.CatalogVersions.Where(v => v.Status == CatalogVersionStatus.Draft).Select(v => (int?)v.Number).FirstOrDefaultAsync(cancellationToken);
        var basedOn = await CatalogReads.LatestDecided(db, cancellationToken);
        var number = (await db.CatalogVersions.MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0) + 1;
        var draft = CatalogVersion.StartDraft(number, basedOn, existingDraft, db.User.UserName, clock.GetUtcNow().UtcDateTime);
        db.CatalogVersions.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft.Number;
    }
}
