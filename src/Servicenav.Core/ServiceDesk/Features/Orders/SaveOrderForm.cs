using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Catalog.Domain;
using Servicenav.Data;
using Servicenav.Pricing;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Orders;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Creates or changes the order form of a catalogue service (each save is a new version; submitted orders keep theirs):
/// fields, quantity and usage unit, who approves, and the fulfilment recipe — tasks for resolver groups, or a named
/// fulfilment adapter. A Tjänsteägare maintains the forms of their own services, an administrator all. The usage unit
/// must be one the price list in force charges the service in, so fulfilled orders are priced by the billing run.
/// </summary>
public sealed record SaveOrderForm : IRequest<Result<OrderFormDto>>
{
    public string ServiceCode { get; init; } = "";

    public string Title { get; init; } = "";

    public string? Intro { get; init; }

    public IReadOnlyList<OrderField> Fields { get; init; } = [];

    public OrderQuantityRule QuantityRule { get; init; } = OrderQuantityRule.FixedPerOrder;

    public decimal FixedQuantity { get; init; } = 1m;

    public string? QuantityFieldKey { get; init; }

    public string? UsageUnit { get; init; }

    public OrderApproval Approval { get; init; }

    public string? ManagerFieldKey { get; init; }

    public OrderFulfilmentKind Fulfilment { get; init; }

    public string? AdapterName { get; init; }

    public IReadOnlyList<OrderTaskTemplate> Tasks { get; init; } = [];

    public bool IsActive { get; init; } = true;
}

public sealed class SaveOrderFormValidator : AbstractValidator<SaveOrderForm>
{
    public SaveOrderFormValidator()
    {
        RuleFor(r => r.ServiceCode).NotEmpty().WithMessage(OrderMessages.ServiceRequired);
        RuleFor(r => r.Title).NotEmpty().WithMessage(OrderMessages.TitleRequired)
            .MaximumLength(OrderLimits.TitleLength).WithMessage(TooLong(OrderLimits.TitleLength));
        RuleFor(r => r.Intro).MaximumLength(OrderLimits.IntroLength).WithMessage(TooLong(OrderLimits.IntroLength));
        RuleFor(r => r.Fields).NotNull().Must(f => f.Count <= OrderLimits.MaxFields)
            .WithMessage(string.Format(SwedishCulture.Culture, OrderMessages.TooManyFields, OrderLimits.MaxFields));
        RuleForEach(r => r.Fields).ChildRules(field =>
        {
            field.RuleFor(f => f.Key).Matches("^[a-z][a-z0-9_]*$").WithMessage(OrderMessages.BadFieldKey)
                .MaximumLength(OrderLimits.FieldKeyLength).WithMessage(TooLong(OrderLimits.FieldKeyLength));
            field.RuleFor(f => f.Label).NotEmpty().WithMessage(OrderMessages.LabelRequired)
                .MaximumLength(OrderLimits.LabelLength).WithMessage(TooLong(OrderLimits.LabelLength));
            field.RuleFor(f => f.HelpText).MaximumLength(OrderLimits.HelpTextLength).WithMessage(TooLong(OrderLimits.HelpTextLength));
            field.RuleFor(f => f.Kind).IsInEnum();
            field.RuleFor(f => f.Choices).Must(c => c.Count is > 0 and <= OrderLimits.MaxChoices && c.All(x => !string.IsNullOrWhiteSpace(x) && x.Trim().Length <= OrderLimits.ChoiceLength))
                .When(f => f.Kind == OrderFieldKind.Choice).WithMessage(OrderMessages.ChoicesRequired);
            field.RuleFor(f => f.Max).GreaterThanOrEqualTo(f => f.Min).When(f => f.Min is not null && f.Max is not null).WithMessage(OrderMessages.MinAboveMax);
        });
        RuleFor(r => r.QuantityRule).IsInEnum();
        RuleFor(r => r.FixedQuantity).GreaterThan(0).When(r => r.QuantityRule == OrderQuantityRule.FixedPerOrder)
            .WithMessage(OrderMessages.FixedQuantityMustBePositive);
        RuleFor(r => r.UsageUnit).MaximumLength(OrderLimits.UnitLength).WithMessage(TooLong(OrderLimits.UnitLength));
        RuleFor(r => r.Approval).IsInEnum();
        RuleFor(r => r.Fulfilment).IsInEnum();
        RuleFor(r => r.AdapterName).NotEmpty().When(r => r.Fulfilment == OrderFulfilmentKind.Automatic).WithMessage(OrderMessages.AutomaticNeedsAdapter);
        RuleFor(r => r.Tasks).NotEmpty().When(r => r.Fulfilment == OrderFulfilmentKind.Tasks).WithMessage(OrderMessages.TasksNeeded)
            .Must(t => t.Count <= OrderLimits.MaxTasks).WithMessage(string.Format(SwedishCulture.Culture, OrderMessages.TooManyTasks, OrderLimits.MaxTasks));
        RuleForEach(r => r.Tasks).ChildRules(task =>
            task.RuleFor(t => t.Text).NotEmpty().WithMessage(OrderMessages.TaskTextRequired)
                .MaximumLength(OrderLimits.TaskTextLength).WithMessage(TooLong(OrderLimits.TaskTextLength)));
    }

    private static string TooLong(int length) => string.Format(SwedishCulture.Culture, OrderMessages.TooLong, length);
}

internal sealed class SaveOrderFormHandler(ServicenavDb db, IEnumerable<IFulfilmentAdapter> adapters, IPricesInForce prices, TimeProvider clock)
    : IHandler<SaveOrderForm, Result<OrderFormDto>>
{
    public async Task<Result<OrderFormDto>> Handle(SaveOrderForm request, CancellationToken cancellationToken)
    {
        var user = db.User;
        if (!user.Has(Permission.OrderFormsManage) || user.IsCustomerScoped)
        {
            return Result<OrderFormDto>.Forbidden();
        }

        var service = await ServiceFacts.FindAsync(db, request.ServiceCode, cancellationToken);
        if (!user.IsSystem && !user.Has(Permission.CatalogEditAll) && !await OwnsAsync(service!.Code, user.UserId, cancellationToken))
        {
            return Result<OrderFormDto>.Forbidden();
        }

        await CheckReferencesAsync(request, service!.Code, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var definition = new OrderFormDefinition
        {
            Title = request.Title, Intro = request.Intro, Fields = request.Fields, QuantityRule = request.QuantityRule, FixedQuantity = request.FixedQuantity,
            QuantityFieldKey = request.QuantityFieldKey, UsageUnit = request.UsageUnit, Approval = request.Approval, ManagerFieldKey = request.ManagerFieldKey,
            Fulfilment = request.Fulfilment, AdapterName = request.AdapterName, Tasks = request.Tasks, IsActive = request.IsActive,
        };
        var form = await db.OrderForms.FirstOrDefaultAsync(f => f.ServiceCode == service.Code, cancellationToken);
        if (form is null)
        {
            form = OrderForm.Create(service.Code, definition, user.UserName, now);
            db.OrderForms.Add(form);
        }
        else
        {
            form.Redefine(definition, user.UserName, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(new CaseChangedMeanwhileRule());
        }

        return await OrderReads.FormAsync(db, form, cancellationToken);
    }

    /// <summary>The owner of the service in the latest decided catalogue.</summary>
    private async Task<bool> OwnsAsync(string code, Guid? userId, CancellationToken cancellationToken)
    {
        var version = await CaseReads.LatestDecidedVersionIdAsync(db, cancellationToken);
        return userId is not null && await db.CatalogServices.AsNoTracking()
            .AnyAsync(s => s.CatalogVersionId == version && s.Code == code && s.OwnerUserId == userId, cancellationToken);
    }

    /// <summary>The adapter, the groups and the usage unit the form names exist (each named by its field).</summary>
    private async Task CheckReferencesAsync(SaveOrderForm request, string code, CancellationToken cancellationToken)
    {
        if (request.Fulfilment == OrderFulfilmentKind.Automatic
            && !adapters.Any(a => string.Equals(a.Name, request.AdapterName?.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new ValidationFailedException("adapterName", string.Format(SwedishCulture.Culture, OrderMessages.UnknownAdapterChoose, request.AdapterName,
                string.Join(", ", adapters.Select(a => a.Name).Order(StringComparer.Ordinal))));
        }

        if (request.Fulfilment == OrderFulfilmentKind.Tasks)
        {
            var wanted = request.Tasks.Select(t => t.GroupId).Distinct().ToList();
            var known = await db.ResolverGroups.AsNoTracking().Where(g => g.IsActive && wanted.Contains(g.Id)).Select(g => g.Id).ToListAsync(cancellationToken);
            var bad = request.Tasks.Select((t, i) => (t, i)).FirstOrDefault(x => !known.Contains(x.t.GroupId));
            if (bad.t is not null)
            {
                throw new ValidationFailedException($"tasks[{bad.i}].groupId", ServiceDeskMessages.UnknownGroup);
            }
        }

        if (string.IsNullOrWhiteSpace(request.UsageUnit))
        {
            return;
        }

        var unit = request.UsageUnit.Trim();
        var list = await prices.ForPeriodAsync(Period.Of(SwedishCulture.Today(clock)), cancellationToken);
        if (list is null)
        {
            return; // nothing decided yet to check against: the usage import checks the unit when the order is fulfilled
        }

        var price = list.For(code);
        var units = price is null ? [] : PricedUnits(price).ToList();
        if (!units.Contains(unit, StringComparer.OrdinalIgnoreCase))
        {
            throw new ValidationFailedException("usageUnit", units.Count == 0
                ? string.Format(SwedishCulture.Culture, OrderMessages.ServiceNotPriced, code, list.Diarienummer)
                : string.Format(SwedishCulture.Culture, OrderMessages.UnitNotPriced, unit, string.Join(", ", units)));
        }
    }

    /// <summary>The units usage of a service is charged in (as the usage import reads the price list): per unit, or per month for fixed fees.</summary>
    private static IEnumerable<string> PricedUnits(ServicePrice price)
    {
        if (price.Model is not PriceModel.Fixed && !string.IsNullOrWhiteSpace(price.Unit))
        {
            yield return price.Unit.Trim();
        }
    }
}
