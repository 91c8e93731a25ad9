using Microsoft.EntityFrameworkCore;
using Servicenav.Customers.Domain;
using Servicenav.Data;
using Servicenav.ServiceDesk.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;
using Servicenav.Usage.Domain;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Who a new case is for, with their customer and unit, whether that customer said it does not use the case's service,
/// and the case's number when the lookup took it (<see cref="CaseNumbers.NextInQuery"/>).
/// </summary>
internal sealed record RequesterFacts(CaseRequester Requester, bool ServiceNotUsed, CaseNumber? Number = null);

/// <summary>
/// Finds (or records) who a new case is for. A known contact comes in one query with its unit's name and its customer's
/// answer on the service (every API case asks all three, and each query is a round trip to the database); given the
/// year, that query takes the case's number as well (<see cref="CaseOpener.YearToNumberInQuery"/>).
/// </summary>
internal static class CaseRequesters
{
    /// <summary>The signed-in employee's own directory entry, made from their account the first time they raise a case.</summary>
    public static async Task<RequesterFacts> ForSignedInUserAsync(ServicenavDb db, string? serviceCode, int? numberYear, CancellationToken cancellationToken)
    {
        var userId = db.User.UserId ?? throw new ValidationFailedException("contactId", ServiceDeskMessages.NoContactForUser);
        var known = numberYear is { } year
            ? await NumberedRequesterQueries.ByUser(db, userId, serviceCode, year, cancellationToken)
            : await WithFacts(db, db.Contacts.Where(c => c.UserId == userId), serviceCode).FirstOrDefaultAsync(cancellationToken);
        if (known is not null)
        {
            return known.ToFacts(numberYear);
        }

        var account = await db.Users.AsNoTracking().FirstAsync(u => u.Id == userId, cancellationToken);
        if (account.CustomerId is not { } customerId)
        {
            throw new ValidationFailedException("contactId", ServiceDeskMessages.NoContactForUser);
        }

        var contact = new Contact(customerId, account.DisplayName, account.Email, null, null, userId);
        db.Contacts.Add(contact);
        return await NewContactFactsAsync(db, contact, serviceCode, cancellationToken);
    }

    public static async Task<RequesterFacts> ForContactAsync(ServicenavDb db, Guid? contactId, NewContactInput? input, string? serviceCode,
        int? numberYear, CancellationToken cancellationToken)
    {
        if (contactId is { } id)
        {
            var known = numberYear is { } year
                ? await NumberedRequesterQueries.ByContact(db, id, serviceCode, year, cancellationToken)
                : await WithFacts(db, db.Contacts.Where(c => c.Id == id), serviceCode).FirstOrDefaultAsync(cancellationToken);
            return known?.ToFacts(numberYear) ?? throw new ValidationFailedException("contactId", ServiceDeskMessages.UnknownContact);
        }

        var customerKnown = await db.Customers.AnyAsync(c => c.Id == input!.CustomerId, cancellationToken);
        if (!customerKnown)
        {
            throw new ValidationFailedException("contactId", ServiceDeskMessages.UnknownContact);
        }

        var contact = new Contact(input!.CustomerId, input.Name, input.Email, input.Phone, input.UnitId, null);
        db.Contacts.Add(contact);
        return await NewContactFactsAsync(db, contact, serviceCode, cancellationToken);
    }

    private static async Task<RequesterFacts> NewContactFactsAsync(ServicenavDb db, Contact contact, string? serviceCode, CancellationToken cancellationToken)
    {
        var unitName = contact.UnitId is null
            ? null
            : await db.Set<OrganisationUnit>().AsNoTracking().Where(u => u.Id == contact.UnitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
        var notUsed = serviceCode is not null && await db.ServiceUsages.AsNoTracking()
            .AnyAsync(u => u.CustomerId == contact.CustomerId && u.ServiceCode == serviceCode && u.Status == UsageStatus.DoesNotUse, cancellationToken);
        return new RequesterFacts(KnownContact.ToRequester(contact, unitName), notUsed);
    }

    /// <summary>The facts without a number (SQLite, and mail, which numbers in its own statement); numbered: <see cref="NumberedRequesterQueries"/>.</summary>
    private static IQueryable<KnownContact> WithFacts(ServicenavDb db, IQueryable<Contact> contacts, string? serviceCode) =>
        contacts.AsNoTracking().Select(c => new KnownContact
        {
            Contact = c,
            UnitName = db.Set<OrganisationUnit>().Where(u => u.Id == c.UnitId).Select(u => u.Name).FirstOrDefault(),
            ServiceNotUsed = serviceCode != null && db.ServiceUsages
                .Any(u => u.CustomerId == c.CustomerId && u.ServiceCode == serviceCode && u.Status == UsageStatus.DoesNotUse),
        });
}
