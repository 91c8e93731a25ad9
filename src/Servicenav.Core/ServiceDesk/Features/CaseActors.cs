using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Features;

internal static class CaseActors
{
    /// <summary>The signed-in person as the actor of a case event, by their display name; the system acts under its own.</summary>
    public static async Task<CaseActor> CurrentAsync(ServicenavDb db, CancellationToken cancellationToken)
    {
        var user = db.User;
        if (user.IsSystem || user.UserId is not { } id)
        {
            return CaseActor.System;
        }

        var name = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return new CaseActor(name ?? user.UserName, id, !user.IsCustomerScoped);
    }
}
