using FluentValidation;

namespace Servicenav.Access.Features;

/// <summary>A user as the administrator's form or the CLI writes it.</summary>
public class UserInput
{
    public string DisplayName { get; set; } = "";

    public string? Email { get; set; }

    public List<Role> Roles { get; set; } = [];

    public Guid? CustomerId { get; set; }
}

public sealed class UserInputValidator : AbstractValidator<UserInput>
{
    public UserInputValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage(Messages.Required).MaximumLength(200).WithMessage(Messages.TooLong200);
        RuleFor(x => x.Email).EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email)).WithMessage(Messages.EmailInvalid);
        RuleFor(x => x.Roles).NotEmpty().WithMessage(Messages.UserNeedsRole);
        RuleFor(x => x.CustomerId).NotNull().When(x => x.Roles.Any(r => r.IsCustomerRole())).WithMessage(Messages.CustomerRoleNeedsCustomer);
        RuleFor(x => x.CustomerId).Null().When(x => x.Roles.Count > 0 && x.Roles.All(r => !r.IsCustomerRole())).WithMessage(Messages.StaffRoleNoCustomer);
        RuleFor(x => x.Roles).Must(r => r.All(x => x.IsCustomerRole()) || r.All(x => !x.IsCustomerRole())).WithMessage(Messages.CustomerRoleNeedsCustomer);
    }
}

public sealed class PasswordValidator : AbstractValidator<string?>
{
    public const int MinimumLength = 10;

    public PasswordValidator()
    {
        RuleFor(x => x).MinimumLength(MinimumLength).When(x => x is not null).WithMessage(Messages.PasswordTooShort);
    }
}
