using FluentValidation;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Customers.Features;

/// <summary>Adds a unit to the customer's organisation tree (no id) or renames/moves one (with id).</summary>
public sealed class SaveOrganisationUnit : ICustomerPartChange
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid CustomerId { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid? UnitId { get; set; }

    Guid? ICustomerPartChange.PartId
    {
        get => UnitId;
        set => UnitId = value;
    }

    public Guid? ParentId { get; set; }

    public string Name { get; set; } = "";

    public string? Code { get; set; }
}

public sealed class SaveOrganisationUnitValidator : AbstractValidator<SaveOrganisationUnit>
{
    public SaveOrganisationUnitValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(Messages.Required).MaximumLength(200).WithMessage(Messages.TooLong200);
        RuleFor(x => x.Code).MaximumLength(40).WithMessage(Messages.TooLong40);
    }
}

internal sealed class SaveOrganisationUnitHandler(ServicenavDb db, TimeProvider clock) : IHandler<SaveOrganisationUnit, Result<CustomerDetailsDto>>
{
    public Task<Result<CustomerDetailsDto>> Handle(SaveOrganisationUnit request, CancellationToken cancellationToken) =>
        CustomerChange.Apply(db, clock, request.CustomerId, customer =>
        {
            if (request.UnitId is null)
            {
                customer.AddUnit(request.ParentId, request.Name, request.Code);
                return true;
            }

            return customer.UpdateUnit(request.UnitId.Value, request.ParentId, request.Name, request.Code);
        }, cancellationToken);
}
