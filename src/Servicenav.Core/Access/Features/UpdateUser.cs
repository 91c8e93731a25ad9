using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Access.Features;

/// <summary>Changes a user's roles, customer, activity or password (administrators).</summary>
public sealed class UpdateUser : UserInput, IRequest<Result<UserDto>>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>A new password, or null to keep the current one.</summary>
    public string? NewPassword { get; set; }
}

public sealed class UpdateUserValidator : AbstractValidator<UpdateUser>
{
    public UpdateUserValidator()
    {
        Include(new UserInputValidator());
        RuleFor(x => x.NewPassword).SetValidator(new PasswordValidator());
    }
}

internal sealed class UpdateUserHandler(ServicenavDb db) : IHandler<UpdateUser, Result<UserDto>>
{
    public async Task<Result<UserDto>> Handle(UpdateUser request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.UsersManage))
        {
            return Result<UserDto>.Forbidden();
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == request.Id, cancellationToken);
        if (user is null)
        {
            return Result<UserDto>.NotFound();
        }

        await UserReads.EnsureCustomerExists(db, request.CustomerId, cancellationToken);
        user.Rename(request.DisplayName, request.Email);
        user.AssignRoles(request.Roles, request.CustomerId);
        if (request.IsActive)
        {
            user.Activate();
        }
        else
        {
            user.Deactivate();
        }

        if (!string.IsNullOrEmpty(request.NewPassword))
        {
            user.SetPasswordHash(PasswordHashing.Hash(user, request.NewPassword));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await UserReads.Dto(db, user, cancellationToken);
    }
}
