using FluentValidation;
using Servicenav.Customers.Domain;

namespace Servicenav.Customers.Features;

/// <summary>A customer as a form or API client writes it. The account string is flat so each part has its own field error.</summary>
public class CustomerInput
{
    public string Name { get; set; } = "";

    public int? Number { get; set; }

    public CustomerKind Kind { get; set; } = CustomerKind.Namnd;

    public string? OrganisationNumber { get; set; }

    public int Employees { get; set; }

    public DateOnly? EmployeesAsOf { get; set; }

    public string? AccountAnsvar { get; set; }

    public string? AccountVerksamhet { get; set; }

    public string? AccountMotpart { get; set; }

    public string? AccountProjekt { get; set; }

    public string? AccountAktivitet { get; set; }

    public bool HasAccountString =>
        new[] { AccountAnsvar, AccountVerksamhet, AccountMotpart, AccountProjekt, AccountAktivitet }.Any(p => !string.IsNullOrWhiteSpace(p));

    public CustomerDetails ToDetails()
    {
        string? orgNr = null;
        if (!string.IsNullOrWhiteSpace(OrganisationNumber))
        {
            Domain.OrganisationNumber.TryNormalize(OrganisationNumber, out var normalized);
            orgNr = normalized;
        }

        var account = HasAccountString
            ? new AccountString(AccountAnsvar!.Trim(), AccountVerksamhet!.Trim(), AccountMotpart!.Trim(), Blank(AccountProjekt), Blank(AccountAktivitet))
            : null;
        return new CustomerDetails(Name, Number, Kind, orgNr, Employees, EmployeesAsOf, account);
    }

    public void CopyFrom(CustomerDetailsDto c)
    {
        Name = c.Name;
        Number = c.Number;
        Kind = c.Kind;
        OrganisationNumber = c.OrganisationNumber;
        Employees = c.Employees;
        EmployeesAsOf = c.EmployeesAsOf;
        AccountAnsvar = c.AccountString?.Ansvar;
        AccountVerksamhet = c.AccountString?.Verksamhet;
        AccountMotpart = c.AccountString?.Motpart;
        AccountProjekt = c.AccountString?.Projekt;
        AccountAktivitet = c.AccountString?.Aktivitet;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class CustomerInputValidator : AbstractValidator<CustomerInput>
{
    private const string AccountPart = "^[A-Za-z0-9]{1,20}$";

    public CustomerInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(Messages.Required).MaximumLength(200).WithMessage(Messages.TooLong200);
        RuleFor(x => x.Number).GreaterThan(0).WithMessage(Messages.PositiveNumber);
        RuleFor(x => x.Employees).GreaterThanOrEqualTo(0).WithMessage(Messages.NotNegative);
        RuleFor(x => x.OrganisationNumber)
            .Must(v => string.IsNullOrWhiteSpace(v) || OrganisationNumber.TryNormalize(v, out _))
            .WithMessage(Messages.OrganisationNumberInvalid);
        When(x => x.HasAccountString, () =>
        {
            RuleFor(x => x.AccountAnsvar).NotEmpty().WithMessage(Messages.AccountPartRequired);
            RuleFor(x => x.AccountVerksamhet).NotEmpty().WithMessage(Messages.AccountPartRequired);
            RuleFor(x => x.AccountMotpart).NotEmpty().WithMessage(Messages.AccountPartRequired);
        });
        foreach (var part in new System.Linq.Expressions.Expression<Func<CustomerInput, string?>>[]
                 { x => x.AccountAnsvar, x => x.AccountVerksamhet, x => x.AccountMotpart, x => x.AccountProjekt, x => x.AccountAktivitet })
        {
            RuleFor(part).Matches(AccountPart).When(x => !string.IsNullOrWhiteSpace(part.Compile()(x))).WithMessage(Messages.AccountPartFormat);
        }
    }
}
