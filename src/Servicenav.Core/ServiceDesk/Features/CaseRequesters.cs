using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>Finds (or records) who a new case is for, with their customer and unit.</summary>
internal static class CaseRequesters
{
    /// <summary>The signed-in employee's own directory entry, made from their account the first time they raise a case.</summary>
    public static async Task<CaseRequester> ForSignedInUserAsync(ServicenavDb db, CancellationToken cancellationToken)
    {
        var userId = db.User.UserId ?? throw new ValidationFailedException("contactId", ServiceDeskMessages.NoContactForUser);
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        if (contact is null)
        {
            var account = await db.Users.AsNoTracking().FirstAsync(u => u.Id == userId, cancellationToken);
            if (account.CustomerId is not { } customerId)
            {
                throw new ValidationFailedException("contactId", ServiceDeskMessages.NoContactForUser);
            }

            contact = new Contact(customerId, account.DisplayName, account.Email, null, null, userId);
            db.Contacts.Add(contact);
        }

        return await RequesterAsync(db, contact, cancellationToken);
    }

    public static async Task<CaseRequester> ForContactAsync(ServicenavDb db, Guid? contactId, NewContactInput? input, CancellationToken cancellationToken)
    {
        Contact? contact;
        if (contactId is { } id)
        {
            contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        }
        else
        {
            var customerKnown = await db.Customers.AnyAsync(c => c.Id == input!.CustomerId, cancellationToken);
            contact = customerKnown ? new Contact(input!.CustomerId, input.Name, input.Email, input.Phone, input.UnitId, null) : null;
            if (contact is not null)
            {
                db.Contacts.Add(contact);
            }
        }

        return contact is null
            ? throw new ValidationFailedException("contactId", ServiceDeskMessages.UnknownContact)
            : await RequesterAsync(db, contact, cancellationToken);
    }

    private static async Task<CaseRequester> RequesterAsync(ServicenavDb db, Contact contact, CancellationToken cancellationToken)
    {
        var unitName = contact.UnitId is null
            ? null
            : await db.Set<Customers.Domain.OrganisationUnit>().AsNoTracking()
                .Where(u => u.Id == contact.UnitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
        return new CaseRequester(contact.Id, contact.CustomerId, contact.Name, contact.Email, contact.UserId, contact.UnitId, unitName);
    }
}
