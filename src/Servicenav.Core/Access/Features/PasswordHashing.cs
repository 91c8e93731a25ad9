using Microsoft.AspNetCore.Identity;
using Servicenav.Access.Domain;

namespace Servicenav.Access.Features;

/// <summary>ASP.NET Core Identity's PBKDF2 hasher: a vetted implementation, never our own crypto.</summary>
internal static class PasswordHashing
{
    private static readonly PasswordHasher<User> Hasher = new();

    public static string Hash(User user, string password) => Hasher.HashPassword(user, password);

    public static bool Verify(User user, string password) =>
        user.PasswordHash is not null
        && Hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
}
