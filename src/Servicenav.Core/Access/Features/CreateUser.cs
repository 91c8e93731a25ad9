using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Access.Features;

/// <summary>Creates a user (administrators; the CLI as system). The password is optional for identity-provider users.</summary>
public sealed class CreateUser : UserInput, IRequest<Result<UserDto>>
{
    public string UserName { get; set; } = "";

    public string? Password { get; set; }
}

public sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator()
    {
        Include(new UserInputValidator());
        RuleFor(x => x.UserName).NotEmpty().WithMessage(Messages.Required)
            .Matches("^[A-Za-z0-9._@-]{2,100}$").WithMessage(Messages.UserNameFormat);
        RuleFor(x => x.Password).SetValidator(new PasswordValidator());
    }
}

internal sealed class CreateUserHandler(ServicenavDb db, TimeProvider clock) : IHandler<CreateUser, Result<UserDto>>
{
    public async Task<Result<UserDto>> Handle(CreateUser request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.UsersManage))
        {
            return Result<UserDto>.Forbidden();
        }

        var name = User.Normalize(request.UserName);
        if (await db.Users.AnyAsync(u => u.UserName == name, cancellationToken))
        {
            throw new ValidationFailedException("userName", string.Format(SwedishCulture.Culture, Messages.UserNameTaken, name));
        }

        await UserReads.EnsureCustomerExists(db, request.CustomerId, cancellationToken);
        var user = new User(name, request.DisplayName, request.Email, request.Roles, request.CustomerId, clock.GetUtcNow().UtcDateTime);
        if (!string.IsNullOrEmpty(request.Password))
        {
            user.SetPasswordHash(PasswordHashing.Hash(user, request.Password));
        }

        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return await UserReads.Dto(db, user, cancellationToken);
    }
}
