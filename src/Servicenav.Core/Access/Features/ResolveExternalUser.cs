using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Access.Features;

/// <summary>
/// Maps a person signed in at the region's identity provider (OpenID Connect) to a Servicenav user:
/// by subject if linked before, else by e-mail (and links the subject). Roles always come from
/// Servicenav, never from the identity provider, so an unknown person gets no access.
/// </summary>
public sealed record ResolveExternalUser(string Subject, string? Email) : IRequest<AuthenticatedUser?>;

internal sealed class ResolveExternalUserHandler(ServicenavDb db) : IHandler<ResolveExternalUser, AuthenticatedUser?>
{
    public async Task<AuthenticatedUser?> Handle(ResolveExternalUser request, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.ExternalSubject == request.Subject, cancellationToken);
        if (user is null && !string.IsNullOrWhiteSpace(request.Email))
        {
            var email = Domain.User.NormalizeEmail(request.Email);
            user = await db.Users.FirstOrDefaultAsync(u => u.Email == email && u.ExternalSubject == null, cancellationToken);
            if (user is not null)
            {
                user.LinkExternalSubject(request.Subject);
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        return user is { IsActive: true } ? new AuthenticatedUser(user.ToContext(), user.DisplayName) : null;
    }
}
