using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Orders;

/// <summary>Who must approve an order before it is fulfilled.</summary>
public enum OrderApproval
{
    /// <summary>Nobody: fulfilment starts when the order is submitted.</summary>
    None,

    /// <summary>A Beställare (orderer) of the requester's customer.</summary>
    CustomerOrderer,

    /// <summary>The person the requester names in a field of the form (their manager), who must be a user of the same customer.</summary>
    NamedManager,
}

/// <summary>How many units of the service one order charges.</summary>
public enum OrderQuantityRule
{
    /// <summary>A fixed quantity per order (e.g. 1 access right).</summary>
    FixedPerOrder,

    /// <summary>The answer to a number field of the form (e.g. 5 headsets).</summary>
    FromField,
}

/// <summary>How an approved order is delivered.</summary>
public enum OrderFulfilmentKind
{
    /// <summary>Tasks for resolver groups; the order is delivered when every task is done.</summary>
    Tasks,

    /// <summary>A fulfilment adapter does it (e.g. grants the access right) and says what it did.</summary>
    Automatic,
}

/// <summary>One task of a fulfilment recipe: which resolver group does what.</summary>
public sealed record OrderTaskTemplate(Guid GroupId, string Text);

/// <summary>Everything an order form is defined by; saving it again makes a new version of the form.</summary>
public sealed record OrderFormDefinition
{
    public string Title { get; init; } = "";

    public string? Intro { get; init; }

    public IReadOnlyList<OrderField> Fields { get; init; } = [];

    public OrderQuantityRule QuantityRule { get; init; } = OrderQuantityRule.FixedPerOrder;

    public decimal FixedQuantity { get; init; } = 1m;

    public string? QuantityFieldKey { get; init; }

    /// <summary>The price list's unit the usage is charged in; null when an order of the service is not charged per order.</summary>
    public string? UsageUnit { get; init; }

    public OrderApproval Approval { get; init; }

    public string? ManagerFieldKey { get; init; }

    public OrderFulfilmentKind Fulfilment { get; init; }

    public string? AdapterName { get; init; }

    public IReadOnlyList<OrderTaskTemplate> Tasks { get; init; } = [];

    public bool IsActive { get; init; } = true;
}

/// <summary>
/// The order form of one catalogue service (e.g. "Behörighet till system"): the fields the requester fills in, how
/// many units an order charges and in which unit, who approves, and the fulfilment recipe — tasks for resolver
/// groups or a named fulfilment adapter. Maintained by the service's owner; every save is a new version, and each
/// order keeps the version, the labels and the recipe it was submitted with.
/// </summary>
public sealed class OrderForm : Entity
{
    private OrderForm()
    {
    }

    public Guid Id { get; private set; }

    public string ServiceCode { get; private set; } = "";

    public int Version { get; private set; }

    public string Title { get; private set; } = "";

    public string? Intro { get; private set; }

    public IReadOnlyList<OrderField> Fields { get; private set; } = [];

    public OrderQuantityRule QuantityRule { get; private set; }

    public decimal FixedQuantity { get; private set; }

    public string? QuantityFieldKey { get; private set; }

    public string? UsageUnit { get; private set; }

    public OrderApproval Approval { get; private set; }

    public string? ManagerFieldKey { get; private set; }

    public OrderFulfilmentKind Fulfilment { get; private set; }

    public string? AdapterName { get; private set; }

    public IReadOnlyList<OrderTaskTemplate> Tasks { get; private set; } = [];

    public bool IsActive { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public static OrderForm Create(string serviceCode, OrderFormDefinition definition, string by, DateTime nowUtc)
    {
        var form = new OrderForm { Id = Guid.CreateVersion7(), ServiceCode = serviceCode.Trim() };
        form.Redefine(definition, by, nowUtc);
        return form;
    }

    public void Redefine(OrderFormDefinition definition, string by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(definition);
        CheckRule(new TextMustNotBeEmptyRule(definition.Title));
        CheckRule(new FormFieldKeysMustBeUniqueRule(definition.Fields));
        CheckRule(new QuantityComesFromARequiredNumberFieldRule(definition));
        CheckRule(new ManagerIsNamedInARequiredTextFieldRule(definition));
        CheckRule(new FulfilmentNeedsARecipeRule(definition));
        Title = definition.Title.Trim();
        Intro = string.IsNullOrWhiteSpace(definition.Intro) ? null : definition.Intro.Trim();
        Fields = [.. definition.Fields.Select(f => f with
        {
            Key = f.Key.Trim(),
            Label = f.Label.Trim(),
            HelpText = string.IsNullOrWhiteSpace(f.HelpText) ? null : f.HelpText.Trim(),
            Choices = f.Kind == OrderFieldKind.Choice ? [.. f.Choices.Select(c => c.Trim())] : [],
            Min = f.Kind == OrderFieldKind.Number ? f.Min : null,
            Max = f.Kind == OrderFieldKind.Number ? f.Max : null,
        })];
        QuantityRule = definition.QuantityRule;
        FixedQuantity = definition.QuantityRule == OrderQuantityRule.FixedPerOrder ? definition.FixedQuantity : 0m;
        QuantityFieldKey = definition.QuantityRule == OrderQuantityRule.FromField ? definition.QuantityFieldKey?.Trim() : null;
        UsageUnit = string.IsNullOrWhiteSpace(definition.UsageUnit) ? null : definition.UsageUnit.Trim();
        Approval = definition.Approval;
        ManagerFieldKey = definition.Approval == OrderApproval.NamedManager ? definition.ManagerFieldKey?.Trim() : null;
        Fulfilment = definition.Fulfilment;
        AdapterName = definition.Fulfilment == OrderFulfilmentKind.Automatic ? definition.AdapterName?.Trim() : null;
        Tasks = definition.Fulfilment == OrderFulfilmentKind.Tasks ? [.. definition.Tasks.Select(t => t with { Text = t.Text.Trim() })] : [];
        IsActive = definition.IsActive;
        UpdatedAtUtc = nowUtc;
        UpdatedBy = by;
        Version++;
    }

    /// <summary>The answers checked against the fields, and the quantity field (when it is one) greater than zero.</summary>
    public OrderAnswerCheck Check(IReadOnlyDictionary<string, string?>? answers)
    {
        var check = OrderAnswers.Check(Fields, answers);
        if (QuantityRule == OrderQuantityRule.FromField && check.Answers.FirstOrDefault(a => a.Key == QuantityFieldKey)?.Number is <= 0m)
        {
            var errors = new Dictionary<string, string>(check.Errors, StringComparer.Ordinal)
            {
                [OrderAnswers.ErrorKey(QuantityFieldKey!)] = OrderMessages.QuantityMustBePositive,
            };
            return check with { Errors = errors };
        }

        return check;
    }

    /// <summary>How many units the order is for: the fixed quantity, or the quantity field's answer.</summary>
    public decimal QuantityOf(IReadOnlyList<OrderAnswer> answers) =>
        QuantityRule == OrderQuantityRule.FixedPerOrder ? FixedQuantity : answers.FirstOrDefault(a => a.Key == QuantityFieldKey)?.Number ?? 0m;
}
