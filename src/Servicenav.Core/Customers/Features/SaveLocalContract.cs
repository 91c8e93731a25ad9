using FluentValidation;
using Servicenav.Access;
using Servicenav.Catalog.Features;
using Servicenav.Customers.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Customers.Features;

/// <summary>Records a local contract (no id) or changes one (with id). The covered service must be in the catalogue.</summary>
public sealed class SaveLocalContract : ICustomerPartChange
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid CustomerId { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid? ContractId { get; set; }

    Guid? ICustomerPartChange.PartId
    {
        get => ContractId;
        set => ContractId = value;
    }

    public string Supplier { get; set; } = "";

    public string ServiceCode { get; set; } = "";

    public string? Description { get; set; }

    public DateOnly? EndDate { get; set; }
}

public sealed class SaveLocalContractValidator : AbstractValidator<SaveLocalContract>
{
    public SaveLocalContractValidator()
    {
        RuleFor(x => x.Supplier).NotEmpty().WithMessage(Messages.Required).MaximumLength(200).WithMessage(Messages.TooLong200);
        RuleFor(x => x.ServiceCode).NotEmpty().WithMessage(Messages.Required);
        RuleFor(x => x.EndDate).NotNull().WithMessage(Messages.Required);
        RuleFor(x => x.Description).MaximumLength(1000).WithMessage(Messages.TooLong1000);
    }
}

internal sealed class SaveLocalContractHandler(ServicenavDb db, TimeProvider clock) : IHandler<SaveLocalContract, Result<CustomerDetailsDto>>
{
    public async Task<Result<CustomerDetailsDto>> Handle(SaveLocalContract request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CustomersEdit))
        {
            return Result<CustomerDetailsDto>.Forbidden();
        }

        var catalog = await CatalogReads.LatestDecided(db, cancellationToken);
        if (catalog?.FindService(request.ServiceCode) is null)
        {
            throw new ValidationFailedException("serviceCode", string.Format(SwedishCulture.Culture, Messages.ServiceNotInCatalog, request.ServiceCode));
        }

        var details = new LocalContractDetails(request.Supplier, catalog.FindService(request.ServiceCode)!.Code, request.Description, request.EndDate!.Value);
        return await CustomerChange.Apply(db, clock, request.CustomerId, customer =>
        {
            if (request.ContractId is null)
            {
                customer.AddContract(details);
                return true;
            }

            return customer.UpdateContract(request.ContractId.Value, details);
        }, cancellationToken);
    }
}
