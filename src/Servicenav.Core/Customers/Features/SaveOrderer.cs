using FluentValidation;
using Servicenav.Customers.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Customers.Features;

/// <summary>Adds an orderer (no id) or changes one (with id).</summary>
public sealed class SaveOrderer : ICustomerPartChange
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid CustomerId { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid? OrdererId { get; set; }

    Guid? ICustomerPartChange.PartId
    {
        get => OrdererId;
        set => OrdererId = value;
    }

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    public string? Phone { get; set; }

    public string? Title { get; set; }
}

public sealed class SaveOrdererValidator : AbstractValidator<SaveOrderer>
{
    public SaveOrdererValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(Messages.Required).MaximumLength(200).WithMessage(Messages.TooLong200);
        RuleFor(x => x.Email).NotEmpty().WithMessage(Messages.Required).EmailAddress().WithMessage(Messages.EmailInvalid);
        RuleFor(x => x.Phone).MaximumLength(40).WithMessage(Messages.TooLong40);
        RuleFor(x => x.Title).MaximumLength(200).WithMessage(Messages.TooLong200);
    }
}

internal sealed class SaveOrdererHandler(ServicenavDb db, TimeProvider clock) : IHandler<SaveOrderer, Result<CustomerDetailsDto>>
{
    public Task<Result<CustomerDetailsDto>> Handle(SaveOrderer request, CancellationToken cancellationToken)
    {
        var details = new OrdererDetails(request.Name, request.Email, request.Phone, request.Title);
        return CustomerChange.Apply(db, clock, request.CustomerId, customer =>
        {
            if (request.OrdererId is null)
            {
                customer.AddOrderer(details);
                return true;
            }

            return customer.UpdateOrderer(request.OrdererId.Value, details);
        }, cancellationToken);
    }
}
