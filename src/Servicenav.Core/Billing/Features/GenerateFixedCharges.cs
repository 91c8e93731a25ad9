using System.Globalization;
using FluentValidation;
using Servicenav.Access;
using Servicenav.Billing.Domain;
using Servicenav.Catalog.Domain;
using Servicenav.Data;
using Servicenav.Pricing;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

/// <summary>
/// Creates the month's fixed charges as usage: for every fixed or hybrid service of the price list in force for the
/// period and every customer with a monthly fee in it, one row of quantity 1 in the unit "månad", source reference
/// <c>fixed:{period}:{customer id}:{service}</c>. It runs through the same validated path as any batch, so running
/// it twice adds nothing the second time, and a closed month is refused.
/// </summary>
public sealed record GenerateFixedCharges(string Period) : IRequest<Result<UsageImportResult>>;

public sealed class GenerateFixedChargesValidator : AbstractValidator<GenerateFixedCharges>
{
    public GenerateFixedChargesValidator()
    {
        RuleFor(x => x.Period).Must(p => SharedKernel.Period.TryParse(p, out _))
            .WithMessage(x => UsageRowParser.Format(UsageMessages.BadPeriod, x.Period));
    }
}

internal sealed class GenerateFixedChargesHandler(ServicenavDb db, IPricesInForce prices, UsageImporter importer)
    : IHandler<GenerateFixedCharges, Result<UsageImportResult>>
{
    public async Task<Result<UsageImportResult>> Handle(GenerateFixedCharges request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ChargingManage) || db.User.IsCustomerScoped)
        {
            return Result<UsageImportResult>.Forbidden();
        }

        var period = Period.Parse(request.Period);
        var list = await prices.ForPeriodAsync(period, cancellationToken);
        var rows = Rows(period, list).Select((row, index) => RawUsageRow.From(index + 1, row)).ToList();
        if (rows.Count == 0)
        {
            return new UsageImportResult(true, null, 0, 0, 0, [], [], 0);
        }

        var source = UsageRowParser.Format(UsageMessages.FixedChargesSource, period);
        return await importer.Import(UsageBatchKind.FixedCharges, source, rows, new UsageErrorList(), cancellationToken);
    }

    internal static IEnumerable<UsageRowInput> Rows(Period period, PricesInForce? list)
    {
        foreach (var price in (list?.Services ?? []).Where(s => s.Model is PriceModel.Fixed or PriceModel.Hybrid))
        {
            foreach (var fee in price.MonthlyFees)
            {
                var customer = fee.CustomerId.ToString("D");
                yield return new UsageRowInput
                {
                    Customer = customer,
                    Service = price.ServiceCode,
                    Period = period.ToString(),
                    Quantity = 1m,
                    Unit = UsageImporter.MonthUnit,
                    SourceReference = string.Create(CultureInfo.InvariantCulture, $"fixed:{period}:{customer}:{price.ServiceCode}"),
                };
            }
        }
    }
}
