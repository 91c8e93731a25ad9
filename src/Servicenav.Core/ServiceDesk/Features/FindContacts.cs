using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Caller lookup for the agent taking a call: by phone number (any formatting), e-mail, or the start of a name.
/// A few keystrokes should find the person, so names match from the start of any word.
/// </summary>
public sealed record FindContacts(string Query, int Max = 10) : IRequest<Result<IReadOnlyList<ContactDto>>>;

internal sealed class FindContactsHandler(ServicenavDb db) : IHandler<FindContacts, Result<IReadOnlyList<ContactDto>>>
{
    public async Task<Result<IReadOnlyList<ContactDto>>> Handle(FindContacts request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesWork) || db.User.IsCustomerScoped)
        {
            return Result<IReadOnlyList<ContactDto>>.Forbidden();
        }

        var query = request.Query.Trim();
        if (query.Length < 2)
        {
            return Array.Empty<ContactDto>();
        }

        var contacts = db.Contacts.AsNoTracking();
        var digits = Contact.Digits(query);
        if (digits is { Length: >= 4 } && query.All(ch => char.IsAsciiDigit(ch) || " +-()".Contains(ch, StringComparison.Ordinal)))
        {
            contacts = contacts.Where(c => c.PhoneDigits != null && c.PhoneDigits.EndsWith(digits));
        }
        else if (query.Contains('@', StringComparison.Ordinal))
        {
            var email = query.ToLowerInvariant();
            contacts = contacts.Where(c => c.Email != null && c.Email.StartsWith(email));
        }
        else
        {
            var pattern = query.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
            contacts = db.Database.IsNpgsql()
                ? contacts.Where(c => EF.Functions.ILike(c.Name, pattern + "%") || EF.Functions.ILike(c.Name, "% " + pattern + "%"))
                : contacts.Where(c => EF.Functions.Like(c.Name, pattern + "%") || EF.Functions.Like(c.Name, "% " + pattern + "%"));
        }

        var found = await ContactReads.Dtos(db, contacts.OrderBy(c => c.Name).Take(Math.Clamp(request.Max, 1, 50))).ToListAsync(cancellationToken);
        return found;
    }
}
