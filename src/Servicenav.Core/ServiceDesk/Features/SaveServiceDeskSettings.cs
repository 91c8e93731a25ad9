using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>Adds a root cause (felorsak) to the maintained list, or renames or retires one.</summary>
public sealed record SaveRootCause(string Code, string Name, bool Active = true) : IRequest<Result<Guid>>;

internal sealed class SaveRootCauseHandler(ServicenavDb db) : IHandler<SaveRootCause, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(SaveRootCause request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ServiceDeskManage))
        {
            return Result<Guid>.Forbidden();
        }

        var code = request.Code.Trim().ToLowerInvariant();
        var cause = await db.RootCauses.FirstOrDefaultAsync(r => r.Code == code, cancellationToken);
        if (cause is null)
        {
            cause = new RootCause(code, request.Name);
            db.RootCauses.Add(cause);
        }
        else
        {
            cause.Rename(request.Name);
        }

        if (!request.Active)
        {
            cause.Retire();
        }

        await db.SaveChangesAsync(cancellationToken);
        return cause.Id;
    }
}

/// <summary>Routes new cases about a catalogue service to a resolver group.</summary>
public sealed record RouteService(string ServiceCode, Guid GroupId) : IRequest<Result<Unit>>;

internal sealed class RouteServiceHandler(ServicenavDb db) : IHandler<RouteService, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(RouteService request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ServiceDeskManage))
        {
            return Result.Forbidden();
        }

        var service = await ServiceFacts.FindAsync(db, request.ServiceCode, cancellationToken);
        if (!await db.ResolverGroups.AnyAsync(g => g.Id == request.GroupId && g.IsActive, cancellationToken))
        {
            throw new ValidationFailedException("groupId", ServiceDeskMessages.UnknownGroup);
        }

        var route = await db.CaseServiceRoutes.FirstOrDefaultAsync(r => r.ServiceCode == service!.Code, cancellationToken);
        if (route is null)
        {
            db.CaseServiceRoutes.Add(new ServiceRoute(service!.Code, request.GroupId));
        }
        else
        {
            route.RouteTo(request.GroupId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}

/// <summary>Adds or updates a person in the contact directory (normally fed from the region's person catalogue).</summary>
public sealed record SaveContact(Guid? Id, Guid CustomerId, string Name, string? Email, string? Phone, Guid? UnitId, string? Title, Guid? UserId = null)
    : IRequest<Result<Guid>>;

internal sealed class SaveContactHandler(ServicenavDb db) : IHandler<SaveContact, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(SaveContact request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ServiceDeskManage))
        {
            return Result<Guid>.Forbidden();
        }

        if (!await db.Customers.AnyAsync(c => c.Id == request.CustomerId, cancellationToken))
        {
            return Result<Guid>.NotFound();
        }

        var contact = request.Id is { } id ? await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) : null;
        if (contact is null)
        {
            contact = new Contact(request.CustomerId, request.Name, request.Email, request.Phone, request.UnitId, request.UserId, request.Title);
            db.Contacts.Add(contact);
        }
        else
        {
            contact.Update(request.Name, request.Email, request.Phone, request.UnitId, request.Title);
            if (request.UserId is { } userId)
            {
                contact.LinkUser(userId);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return contact.Id;
    }
}
