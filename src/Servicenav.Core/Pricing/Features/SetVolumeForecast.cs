using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>
/// A customer's yearly volume forecast for a service (quantity in the service's unit). The customer's employees
/// are taken from the customer register at the same time (the default key for fixed fees). Quantity 0 with
/// <see cref="Remove"/> takes the customer off the service.
/// </summary>
public sealed class SetVolumeForecast : IRequest<Result<Unit>>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PriceListId { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string ServiceCode { get; set; } = "";

    public Guid CustomerId { get; set; }

    public decimal Quantity { get; set; }

    public bool Remove { get; set; }
}

public sealed class SetVolumeForecastValidator : AbstractValidator<SetVolumeForecast>
{
    public SetVolumeForecastValidator()
    {
        RuleFor(x => x.CustomerId).NotEmpty().WithMessage(PricingMessages.Required);
        RuleFor(x => x.Quantity).GreaterThanOrEqualTo(0m).WithMessage(PricingMessages.NotNegative);
    }
}

internal sealed class SetVolumeForecastHandler(ServicenavDb db) : IHandler<SetVolumeForecast, Result<Unit>>
{
    public Task<Result<Unit>> Handle(SetVolumeForecast request, CancellationToken cancellationToken) =>
        PriceListEditing.Change(db, request.PriceListId, async list =>
        {
            if (request.Remove)
            {
                list.RemoveForecast(request.ServiceCode, request.CustomerId);
                return;
            }

            var customer = await db.Customers.AsNoTracking().Where(c => c.Id == request.CustomerId)
                .Select(c => new { c.Name, c.Employees }).FirstOrDefaultAsync(cancellationToken)
                ?? throw new ValidationFailedException("customerId", PricingMessages.CustomerNotInRegister);
            list.SetForecast(request.ServiceCode, request.CustomerId, customer.Name, request.Quantity, customer.Employees);
        }, cancellationToken);
}
