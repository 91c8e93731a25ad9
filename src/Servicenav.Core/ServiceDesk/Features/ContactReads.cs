using Microsoft.EntityFrameworkCore;
using Servicenav.Data;

namespace Servicenav.ServiceDesk.Features;

/// <summary>Contacts with their customer's and unit's names (the customer scope applies: a customer sees only its own).</summary>
internal static class ContactReads
{
    public static IQueryable<ContactDto> Dtos(ServicenavDb db, IQueryable<Domain.Contact> contacts) =>
        from c in contacts
        join customer in db.Customers on c.CustomerId equals customer.Id
        join unit in db.Set<Customers.Domain.OrganisationUnit>() on c.UnitId equals unit.Id into units
        from unit in units.DefaultIfEmpty()
        select new ContactDto(c.Id, c.Name, c.Email, c.Phone, c.Title, c.CustomerId, customer.Name, c.UnitId, unit == null ? null : unit.Name);

    public static Task<ContactDto?> ByIdAsync(ServicenavDb db, Guid id, CancellationToken cancellationToken) =>
        Dtos(db, db.Contacts.AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(cancellationToken);
}
