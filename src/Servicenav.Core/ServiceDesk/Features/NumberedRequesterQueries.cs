using Microsoft.EntityFrameworkCore;
using Servicenav.Customers.Domain;
using Servicenav.Data;
using Servicenav.ServiceDesk.Data;
using Servicenav.Usage.Domain;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// The API's hot path: a known requester's facts with the case's number (PostgreSQL only), as compiled queries. Every
/// API case runs one of them, and compiling once spares EF's per-call work on the expression (parameter extraction and
/// the query-cache lookup, about 5 % of a case's CPU). The contact is read untracked: the case copies its values.
/// The projection is <see cref="CaseRequesters"/>' own, written out here because a compiled query cannot call it.
/// </summary>
internal static class NumberedRequesterQueries
{
    public static readonly Func<ServicenavDb, Guid, string?, int, CancellationToken, Task<KnownContact?>> ByUser = EF.CompileAsyncQuery(
        (ServicenavDb db, Guid userId, string? serviceCode, int year, CancellationToken cancellationToken) => db.Contacts.AsNoTracking()
            .Where(c => c.UserId == userId)
            .Select(c => new KnownContact
            {
                Contact = c,
                UnitName = db.Set<OrganisationUnit>().Where(u => u.Id == c.UnitId).Select(u => u.Name).FirstOrDefault(),
                ServiceNotUsed = serviceCode != null && db.ServiceUsages
                    .Any(u => u.CustomerId == c.CustomerId && u.ServiceCode == serviceCode && u.Status == UsageStatus.DoesNotUse),
                Sequence = CaseNumbers.NextInQuery(year),
            })
            .FirstOrDefault());

    public static readonly Func<ServicenavDb, Guid, string?, int, CancellationToken, Task<KnownContact?>> ByContact = EF.CompileAsyncQuery(
        (ServicenavDb db, Guid contactId, string? serviceCode, int year, CancellationToken cancellationToken) => db.Contacts.AsNoTracking()
            .Where(c => c.Id == contactId)
            .Select(c => new KnownContact
            {
                Contact = c,
                UnitName = db.Set<OrganisationUnit>().Where(u => u.Id == c.UnitId).Select(u => u.Name).FirstOrDefault(),
                ServiceNotUsed = serviceCode != null && db.ServiceUsages
                    .Any(u => u.CustomerId == c.CustomerId && u.ServiceCode == serviceCode && u.Status == UsageStatus.DoesNotUse),
                Sequence = CaseNumbers.NextInQuery(year),
            })
            .FirstOrDefault());
}
