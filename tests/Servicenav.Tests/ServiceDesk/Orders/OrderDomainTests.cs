using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Orders;
using Servicenav.SharedKernel;

namespace Servicenav.Tests.ServiceDesk.Orders;

/// <summary>Order forms, answers and approval as rules, without a database.</summary>
public class OrderDomainTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 11, 0, 0, DateTimeKind.Utc);

    private static readonly OrderField[] Fields =
    [
        new() { Key = "system", Label = "System", Kind = OrderFieldKind.Choice, Required = true, Choices = ["TakeCare", "Heroma"] },
        new() { Key = "antal", Label = "Antal", Kind = OrderFieldKind.Number, Required = true, Min = 1, Max = 20 },
        new() { Key = "fran", Label = "Från och med", Kind = OrderFieldKind.Date },
        new() { Key = "bradskande", Label = "Brådskande", Kind = OrderFieldKind.YesNo },
        new() { Key = "motivering", Label = "Motivering", Kind = OrderFieldKind.MultilineText },
    ];

    private static OrderForm Form(OrderApproval approval = OrderApproval.CustomerOrderer, OrderQuantityRule rule = OrderQuantityRule.FromField) =>
        OrderForm.Create("identitet_behorighet_ad", new OrderFormDefinition
        {
            Title = "Behörighet", Fields = Fields, QuantityRule = rule, QuantityFieldKey = "antal", FixedQuantity = 1, UsageUnit = "st", Approval = approval,
            Fulfilment = OrderFulfilmentKind.Automatic, AdapterName = "lokalt-register",
        }, "admin", Now);

    private static Dictionary<string, string?> Answers(params (string Key, string? Value)[] answers) => answers.ToDictionary(a => a.Key, a => a.Value);

    [Fact]
    public void Every_bad_answer_is_named_by_its_field()
    {
        var check = Form().Check(Answers(("system", "Cosmic"), ("antal", "21"), ("fran", "2 mars"), ("bradskande", "kanske"), ("okand", "x")));

        check.IsValid.ShouldBeFalse();
        check.Errors.ShouldBe(new Dictionary<string, string>
        {
            ["answers.system"] = "Välj ett av alternativen: TakeCare, Heroma.",
            ["answers.antal"] = "Talet får vara högst 20.",
            ["answers.fran"] = "\"2 mars\" är inget datum (skriv åååå-mm-dd).",
            ["answers.bradskande"] = "Svara ja eller nej.",
            ["answers.okand"] = "Formuläret har inget fält \"okand\".",
        }, ignoreOrder: true);
    }

    [Fact]
    public void A_required_answer_left_empty_is_refused_and_optional_ones_may_be_left_out()
    {
        var check = Form().Check(Answers(("system", "  "), ("antal", "2")));

        check.Errors.Keys.ShouldBe(["answers.system"]);
        check.Errors["answers.system"].ShouldBe("Fyll i \"System\".");
    }

    [Fact]
    public void Answers_are_normalised_and_shown_in_swedish()
    {
        var check = Form().Check(Answers(("system", "takecare"), ("antal", "2,5"), ("fran", "2026-04-01"), ("bradskande", "Ja")));

        check.IsValid.ShouldBeTrue();
        var answers = check.Answers.ToDictionary(a => a.Key);
        (answers["system"].Value, answers["antal"].Value, answers["antal"].Display, answers["bradskande"].Value, answers["bradskande"].Display)
            .ShouldBe(("TakeCare", "2.5", "2,5", "true", "Ja"));
        answers["motivering"].Value.ShouldBeNull();
        Form().QuantityOf(check.Answers).ShouldBe(2.5m);
        Form(rule: OrderQuantityRule.FixedPerOrder).QuantityOf(check.Answers).ShouldBe(1m);
    }

    [Fact]
    public void A_quantity_of_zero_and_more_than_three_decimals_are_refused()
    {
        var form = OrderForm.Create("x", new OrderFormDefinition
        {
            Title = "Förbrukning", Fields = [new OrderField { Key = "antal", Label = "Antal", Kind = OrderFieldKind.Number, Required = true }],
            QuantityRule = OrderQuantityRule.FromField, QuantityFieldKey = "antal", Fulfilment = OrderFulfilmentKind.Tasks,
            Tasks = [new OrderTaskTemplate(Guid.NewGuid(), "Leverera")],
        }, "admin", Now);

        form.Check(Answers(("antal", "0"))).Errors["answers.antal"].ShouldBe("Antalet måste vara större än noll.");
        form.Check(Answers(("antal", "1,2345"))).Errors["answers.antal"].ShouldBe("Talet får ha högst 3 decimaler.");
    }

    [Theory]
    [InlineData("duplicate", nameof(FormFieldKeysMustBeUniqueRule))]
    [InlineData("quantity-text", nameof(QuantityComesFromARequiredNumberFieldRule))]
    [InlineData("manager-number", nameof(ManagerIsNamedInARequiredTextFieldRule))]
    [InlineData("no-adapter", nameof(FulfilmentNeedsARecipeRule))]
    [InlineData("no-tasks", nameof(FulfilmentNeedsARecipeRule))]
    public void A_form_that_cannot_work_is_refused_by_its_rule(string problem, string rule)
    {
        var definition = new OrderFormDefinition
        {
            Title = "Formulär", Fields = Fields, QuantityRule = OrderQuantityRule.FromField, QuantityFieldKey = "antal",
            Fulfilment = OrderFulfilmentKind.Automatic, AdapterName = "lokalt-register",
        };
        definition = problem switch
        {
            "duplicate" => definition with { Fields = [.. Fields, new OrderField { Key = "system", Label = "Igen", Kind = OrderFieldKind.Text }] },
            "quantity-text" => definition with { QuantityFieldKey = "motivering" },
            "manager-number" => definition with { Approval = OrderApproval.NamedManager, ManagerFieldKey = "antal" },
            "no-adapter" => definition with { AdapterName = " " },
            _ => definition with { Fulfilment = OrderFulfilmentKind.Tasks, Tasks = [] },
        };

        Should.Throw<BusinessRuleException>(() => OrderForm.Create("x", definition, "admin", Now)).RuleName.ShouldBe(rule);
    }

    [Fact]
    public void Saving_a_form_again_makes_a_new_version()
    {
        var form = Form();

        form.Redefine(new OrderFormDefinition { Title = "Ny rubrik", Fulfilment = OrderFulfilmentKind.Automatic, AdapterName = "lokalt-register" }, "agare", Now);

        (form.Version, form.Title, form.UpdatedBy).ShouldBe((2, "Ny rubrik", "agare"));
    }

    [Fact]
    public void A_pending_order_is_decided_once_and_a_rejection_needs_a_reason()
    {
        var order = Submit(Form());
        order.ApprovalState.ShouldBe(OrderApprovalState.Pending);
        Should.Throw<BusinessRuleException>(order.CheckReadyToFulfil).RuleName.ShouldBe(nameof(OnlyApprovedOrdersAreFulfilledRule));
        Should.Throw<BusinessRuleException>(() => order.Reject(new OrderPerson(null, "Bea"), " ", Now)).RuleName.ShouldBe(nameof(RejectionNeedsAReasonRule));

        order.Approve(new OrderPerson(null, "Bea"), Now);

        (order.ApprovalState, order.DecidedByName, order.DecidedAtUtc).ShouldBe((OrderApprovalState.Approved, "Bea", Now));
        Should.Throw<BusinessRuleException>(() => order.Approve(new OrderPerson(null, "Bea"), Now)).RuleName.ShouldBe(nameof(OrderMustAwaitApprovalRule));
        Should.Throw<BusinessRuleException>(() => order.Reject(new OrderPerson(null, "Bea"), "För sent", Now)).RuleName.ShouldBe(nameof(OrderMustAwaitApprovalRule));
        order.CheckReadyToFulfil();
    }

    [Fact]
    public void A_rejected_order_is_never_fulfilled()
    {
        var order = Submit(Form());

        order.Reject(new OrderPerson(null, "Bea"), "Inte i budget", Now);

        (order.FulfilmentState, order.DecisionReason).ShouldBe((OrderFulfilmentState.Cancelled, "Inte i budget"));
        Should.Throw<BusinessRuleException>(() => order.RecordFulfilled([], Now)).RuleName.ShouldBe(nameof(OnlyApprovedOrdersAreFulfilledRule));
        Should.Throw<BusinessRuleException>(() => order.PlanUsage(new Period(2026, 3))).RuleName.ShouldBe(nameof(OnlyApprovedOrdersAreFulfilledRule));
    }

    [Fact]
    public void An_order_without_approval_is_ready_at_once_and_is_fulfilled_only_once()
    {
        var order = Submit(Form(OrderApproval.None));
        order.ApprovalState.ShouldBe(OrderApprovalState.NotRequired);
        Should.Throw<BusinessRuleException>(() => order.Approve(new OrderPerson(null, "Bea"), Now)).Message.ShouldBe("Beställningen behöver inget godkännande.");

        order.RecordFailure(["Försökte"], "Systemet svarar inte.", delivered: false, Now);
        order.RecordFulfilled(["Klart"], Now);

        (order.FulfilmentState, order.Attempts, order.LastError).ShouldBe((OrderFulfilmentState.Fulfilled, 2, null));
        order.Log.Select(l => (l.Text, l.IsError)).ShouldBe([("Försökte", false), ("Systemet svarar inte.", true), ("Klart", false)]);
        Should.Throw<BusinessRuleException>(() => order.RecordFulfilled([], Now)).RuleName.ShouldBe(nameof(OrderIsFulfilledOnceRule));
    }

    [Fact]
    public void An_order_belongs_to_an_order_case_and_a_named_manager_must_be_known()
    {
        Should.Throw<BusinessRuleException>(() => Submit(Form(), CaseType.Question)).RuleName.ShouldBe(nameof(OrderEventNeedsAnOrderCaseRule));
        var managerForm = OrderForm.Create("x", new OrderFormDefinition
        {
            Title = "Kort", Fields = [new OrderField { Key = "chef", Label = "Chef", Kind = OrderFieldKind.Text, Required = true }],
            Approval = OrderApproval.NamedManager, ManagerFieldKey = "chef", Fulfilment = OrderFulfilmentKind.Automatic, AdapterName = "a",
        }, "admin", Now);
        var answers = managerForm.Check(Answers(("chef", "kalle@region.se")));

        Should.Throw<BusinessRuleException>(() => Order.Submit(OrderCase(), managerForm, answers, null, Now)).RuleName.ShouldBe(nameof(NamedManagerMustBeKnownRule));
        var order = Order.Submit(OrderCase(), managerForm, answers, new OrderPerson(Guid.NewGuid(), "Kalle"), Now);
        (order.Approval, order.ApproverName, order.UsageReference).ShouldBe((OrderApproval.NamedManager, "Kalle", "order:KT-2026-000042"));
    }

    [Fact]
    public void Order_events_are_recorded_only_on_order_cases()
    {
        var question = OrderCase(CaseType.Question);

        Should.Throw<BusinessRuleException>(() => question.RecordOrderEvent(CaseEventKind.OrderApproved, null, true, CaseActor.System, Now))
            .RuleName.ShouldBe(nameof(OrderEventNeedsAnOrderCaseRule));
        Should.Throw<BusinessRuleException>(() => OrderCase().RecordOrderEvent(CaseEventKind.Closed, null, true, CaseActor.System, Now))
            .RuleName.ShouldBe(nameof(OrderEventNeedsAnOrderCaseRule));
    }

    private static Order Submit(OrderForm form, CaseType type = CaseType.Order) =>
        Order.Submit(OrderCase(type), form, form.Check(Answers(("system", "TakeCare"), ("antal", "1"))), null, Now);

    private static Servicenav.ServiceDesk.Domain.Case OrderCase(CaseType type = CaseType.Order) => Servicenav.ServiceDesk.Domain.Case.Open(new CaseNumber(2026, 42), new NewCase(
        type, "Beställning", "System: TakeCare", "identitet_behorighet_ad",
        new CaseRequester(Guid.NewGuid(), Guid.NewGuid(), "Mia", null, Guid.NewGuid(), null, null), CaseChannel.Portal, Impact.Low, Urgency.Medium,
        Guid.NewGuid(), false), CaseActor.System, Now);
}
