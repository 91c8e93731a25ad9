using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Features.Links;

/// <summary>A linked case as the reader may see it: only cases the reader may open are listed.</summary>
public sealed record LinkedCaseDto(Guid CaseId, string Number, string Subject, CaseStatus Status, DateTime LinkedAtUtc);

/// <summary>A case's links, with whether the reader may add and remove them.</summary>
public sealed record CaseLinkList(IReadOnlyList<LinkedCaseDto> Links, bool CanEdit);

internal static class CaseLinkReads
{
    public static async Task<CaseLinkList> ListAsync(ServicenavDb db, Case c, CaseViewer viewer, CancellationToken cancellationToken)
    {
        var visible = viewer.Apply(db.Cases.AsNoTracking());
        var links = await (from l in db.CaseLinks.AsNoTracking()
                           where l.CaseId == c.Id
                           join other in visible on l.LinkedCaseId equals other.Id
                           orderby other.Number
                           select new LinkedCaseDto(other.Id, other.Number, other.Subject, other.Status, l.CreatedAtUtc))
            .ToListAsync(cancellationToken);
        return new CaseLinkList(
            links.Select(l => l with { LinkedAtUtc = DateTime.SpecifyKind(l.LinkedAtUtc, DateTimeKind.Utc) }).ToList(), viewer.MayWork(c));
    }

    /// <summary>A visible case by id or number (KT-2026-000123), tracked for a change.</summary>
    public static async Task<Case?> FindAsync(ServicenavDb db, CaseViewer viewer, string key, CancellationToken cancellationToken)
    {
        var cases = viewer.Apply(db.Cases);
        if (Guid.TryParse(key, out var id))
        {
            return await cases.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        }

        return CaseNumber.TryParse(key.Trim(), out var number)
            ? await cases.FirstOrDefaultAsync(c => c.Number == number.ToString(), cancellationToken)
            : null;
    }
}
