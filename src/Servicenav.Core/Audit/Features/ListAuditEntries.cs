using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Audit.Features;

public sealed record AuditEntryDto(Guid Id, DateTime AtUtc, string UserName, string Action, string EntityType, string EntityKey, string? Before, string? After);

public sealed record AuditPage(IReadOnlyList<AuditEntryDto> Entries, int Total, int Page, int PageSize);

/// <summary>The audit trail, newest first, filtered by entity type, user or free text (administrators).</summary>
public sealed record ListAuditEntries(string? EntityType = null, string? UserName = null, string? Search = null, int Page = 1, int PageSize = 50)
    : IRequest<Result<AuditPage>>;

internal sealed class ListAuditEntriesHandler(ServicenavDb db) : IHandler<ListAuditEntries, Result<AuditPage>>
{
    public async Task<Result<AuditPage>> Handle(ListAuditEntries request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.AuditRead))
        {
            return Result<AuditPage>.Forbidden();
        }

        var query = db.AuditEntries.AsQueryable();
        if (!string.IsNullOrWhiteSpace(request.EntityType))
        {
            query = query.Where(a => a.EntityType == request.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(request.UserName))
        {
            query = query.Where(a => a.UserName == request.UserName);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var term = request.Search.Trim();
            query = query.Where(a => a.EntityKey.Contains(term) || (a.Before != null && a.Before.Contains(term)) || (a.After != null && a.After.Contains(term)));
        }

        var pageSize = Math.Clamp(request.PageSize, 1, 500);
        var page = Math.Max(1, request.Page);
        var total = await query.CountAsync(cancellationToken);
        var entries = await query
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new AuditEntryDto(a.Id, a.AtUtc, a.UserName, a.Action, a.EntityType, a.EntityKey, a.Before, a.After))
            .ToListAsync(cancellationToken);
        return new AuditPage(entries, total, page, pageSize);
    }
}
