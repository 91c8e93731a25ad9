using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain;

/// <summary>
/// A person who can raise cases: an employee of a customer, with or without a Servicenav sign-in. Callers are
/// looked up by name, e-mail or phone; e-mail senders are matched by address. Most of the region's employees
/// never sign in, so the directory is its own (fed from the region's person catalogue), not the user table.
/// </summary>
public sealed class Contact : ICustomerOwned
{
    private Contact()
    {
    }

    public Contact(Guid customerId, string name, string? email, string? phone, Guid? unitId, Guid? userId, string? title = null)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        Update(name, email, phone, unitId, title);
        UserId = userId;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid? UnitId { get; private set; }

    public Guid? UserId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Lower-case, so e-mail intake and lookup match it exactly.</summary>
    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>The phone number's digits only, so "08-123 45 67" and "081234567" find the same person.</summary>
    public string? PhoneDigits { get; private set; }

    public string? Title { get; private set; }

    public void Update(string name, string? email, string? phone, Guid? unitId, string? title)
    {
        Name = name.Trim();
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        PhoneDigits = Digits(phone);
        UnitId = unitId;
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
    }

    public void LinkUser(Guid userId) => UserId = userId;

    public static string? Digits(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        // +46 8… and 08… are the same number.
        if (digits.StartsWith("46", StringComparison.Ordinal) && phone.TrimStart().StartsWith('+'))
        {
            digits = "0" + digits[2..];
        }

        return digits.Length == 0 ? null : digits;
    }
}
