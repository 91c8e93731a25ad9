using Microsoft.EntityFrameworkCore;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Orders;
using Servicenav.ServiceDesk.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Orders;

/// <summary>Standard orders end to end on both databases: submit → approve → automatic fulfilment → one usage row, and what must never happen.</summary>
public class OrderFlowTests
{
    [Theory, AllDatabases]
    public async Task An_approved_access_order_is_fulfilled_automatically_and_charged_by_exactly_one_usage_row(DatabaseKind db)
    {
        await using var w = await OrderWorld.Start(db);

        var submitted = await w.OrderAccess(w.Desk.KarolinskaEmployee);

        (submitted.CaseNumber, submitted.ApprovalState, submitted.FulfilmentState)
            .ShouldBe(("KT-2026-000001", OrderApprovalState.Pending, OrderFulfilmentState.NotStarted));
        var waiting = (await w.Send(new GetCase(submitted.CaseNumber), w.Desk.KarolinskaEmployee)).ShouldBeOk();
        (waiting.Summary.Type, waiting.Summary.Status).ShouldBe((CaseType.Order, CaseStatus.WaitingForRequester));
        waiting.Description.ShouldContain("System: TakeCare");
        var toApprove = (await w.Send(new ListOrdersToApprove(), w.Desk.KarolinskaOrderer)).ShouldBeOk();
        toApprove.ShouldHaveSingleItem().CaseNumber.ShouldBe(submitted.CaseNumber);

        var approved = (await w.Send(new ApproveOrder(submitted.OrderId), w.Desk.KarolinskaOrderer)).ShouldBeOk();

        (approved.ApprovalState, approved.DecidedByName, approved.FulfilmentState, approved.CaseStatus)
            .ShouldBe((OrderApprovalState.Approved, "Bea Beställare", OrderFulfilmentState.Fulfilled, CaseStatus.Solved));
        approved.UsagePeriod.ShouldBe("2026-03");
        approved.Log.ShouldContain(l => l.Text.StartsWith("Registrerat i det lokala registret: Behörighet till system – System: TakeCare; Roll: Läsbehörighet", StringComparison.Ordinal));
        approved.Log.ShouldContain(l => l.Text.Contains("order:KT-2026-000001", StringComparison.Ordinal));
        var usage = (await w.UsageRows()).ShouldHaveSingleItem();
        (usage.SourceReference, usage.CustomerId, usage.ServiceCode, usage.Period, usage.Quantity, usage.Unit)
            .ShouldBe(("order:KT-2026-000001", w.Desk.Karolinska.Id, OrderWorld.Access, OrderWorld.March, 1m, "st"));
        var entry = (await w.Register()).ShouldHaveSingleItem();
        (entry.CaseNumber, entry.RecipientName, entry.CustomerId).ShouldBe(("KT-2026-000001", "Mia Medarbetare", w.Desk.Karolinska.Id));

        var seenByRequester = (await w.Send(new GetCase(submitted.CaseNumber), w.Desk.KarolinskaEmployee)).ShouldBeOk();
        seenByRequester.Summary.Status.ShouldBe(CaseStatus.Solved);
        seenByRequester.RootCauseName.ShouldBeNull("an order needs no root cause");
        var kinds = seenByRequester.Events.Select(e => e.Kind).ToList();
        foreach (var kind in new[] { CaseEventKind.OrderSubmitted, CaseEventKind.OrderApproved, CaseEventKind.OrderFulfilled, CaseEventKind.Solved })
        {
            kinds.Count(k => k == kind).ShouldBe(1, kind.ToString());
        }

        seenByRequester.Events.Single(e => e.Kind == CaseEventKind.OrderFulfilled).Text!.ShouldContain("Registrerat i det lokala registret");
    }

    [Theory, AllDatabases]
    public async Task Fulfilling_again_or_retrying_after_a_crash_never_charges_or_grants_twice(DatabaseKind db)
    {
        await using var w = await OrderWorld.Start(db);
        var submitted = await w.OrderAccess(w.Desk.KarolinskaEmployee);
        w.Crash.On = true;

        // The usage is committed, then the process "dies" before the order and its case are closed.
        await Should.ThrowAsync<IOException>(() => w.Send(new ApproveOrder(submitted.OrderId), w.Desk.KarolinskaOrderer));

        var interrupted = (await w.Send(new GetOrder(submitted.CaseNumber), w.Desk.FirstLineAgent)).ShouldBeOk();
        (interrupted.ApprovalState, interrupted.FulfilmentState, interrupted.Abilities.CanRetry)
            .ShouldBe((OrderApprovalState.Approved, OrderFulfilmentState.NotStarted, true));
        (await w.UsageRows()).Count.ShouldBe(1);

        var retried = (await w.Send(new RetryOrderFulfilment(submitted.OrderId), w.Desk.FirstLineAgent)).ShouldBeOk();

        retried.FulfilmentState.ShouldBe(OrderFulfilmentState.Fulfilled);
        retried.Log.ShouldContain(l => l.Text.Contains("fanns redan registrerad", StringComparison.Ordinal));
        retried.Log.ShouldContain(l => l.Text.StartsWith("Fanns redan i det lokala registret", StringComparison.Ordinal));
        (await w.UsageRows()).ShouldHaveSingleItem().SourceReference.ShouldBe("order:" + submitted.CaseNumber);
        (await w.Register()).Count.ShouldBe(1);

        var again = await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new RetryOrderFulfilment(submitted.OrderId), w.Desk.FirstLineAgent));
        again.RuleName.ShouldBe(nameof(OrderIsFulfilledOnceRule));
        await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new ApproveOrder(submitted.OrderId), w.Desk.KarolinskaOrderer));
        (await w.UsageRows()).Count.ShouldBe(1);
    }

    [Theory, AllDatabases]
    public async Task A_rejected_order_is_closed_with_its_reason_and_never_fulfilled(DatabaseKind db)
    {
        await using var w = await OrderWorld.Start(db);
        var submitted = await w.OrderAccess(w.Desk.KarolinskaEmployee);

        var noReason = await Should.ThrowAsync<ValidationFailedException>(() => w.Send(new RejectOrder(submitted.OrderId, " "), w.Desk.KarolinskaOrderer));
        noReason.Errors.Keys.ShouldBe(["reason"]);

        var rejected = (await w.Send(new RejectOrder(submitted.OrderId, "Behörigheten ges bara till ordinarie personal."), w.Desk.KarolinskaOrderer)).ShouldBeOk();

        (rejected.ApprovalState, rejected.FulfilmentState, rejected.CaseStatus, rejected.DecisionReason)
            .ShouldBe((OrderApprovalState.Rejected, OrderFulfilmentState.Cancelled, CaseStatus.Closed, "Behörigheten ges bara till ordinarie personal."));
        var history = (await w.Send(new GetCase(submitted.CaseNumber), w.Desk.KarolinskaEmployee)).ShouldBeOk().Events;
        history.ShouldContain(e => e.Kind == CaseEventKind.OrderRejected && e.Text == "Behörigheten ges bara till ordinarie personal.");
        (await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new RetryOrderFulfilment(submitted.OrderId), w.Desk.FirstLineAgent)))
            .RuleName.ShouldBe(nameof(OnlyApprovedOrdersAreFulfilledRule));
        (await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new ApproveOrder(submitted.OrderId), w.Desk.KarolinskaOrderer)))
            .RuleName.ShouldBe(nameof(OrderMustAwaitApprovalRule));
        (await w.UsageRows()).ShouldBeEmpty();
        (await w.Register()).ShouldBeEmpty();
    }

    [Theory, AllDatabases]
    public async Task An_adapter_failure_is_logged_on_the_case_the_order_stays_approved_and_a_retry_fulfils_it_once(DatabaseKind db)
    {
        await using var w = await OrderWorld.Start(db);
        w.Adapter.FailNext("Kortsystemet svarar inte.");
        w.Adapter.ThrowNext("Anslutningen bröts.");
        var submitted = (await w.Send(new SubmitOrder
        {
            ServiceCode = OrderWorld.Ehalsa, Answers = new Dictionary<string, string?> { ["chef"] = "kalle.ks@region.se", ["bradskande"] = "ja" },
        }, w.Desk.KarolinskaEmployee)).ShouldBeOk();

        var failed = (await w.Send(new ApproveOrder(submitted.OrderId), w.Desk.KarolinskaColleague)).ShouldBeOk();

        (failed.ApprovalState, failed.FulfilmentState, failed.LastError, failed.Attempts)
            .ShouldBe((OrderApprovalState.Approved, OrderFulfilmentState.Failed, "Kortsystemet svarar inte.", 1));
        (await w.UsageRows()).ShouldBeEmpty("nothing is charged for an order that was not delivered");
        var agentView = (await w.Send(new GetCase(submitted.CaseNumber), w.Desk.FirstLineAgent)).ShouldBeOk();
        agentView.Summary.Status.ShouldBe(CaseStatus.InProgress);
        var failure = agentView.Events.Where(e => e.Kind == CaseEventKind.OrderFulfilmentFailed).ShouldHaveSingleItem();
        failure.Text!.ShouldContain("Kortsystemet svarar inte.");
        failure.IsPublic.ShouldBeFalse();
        (await w.Send(new GetCase(submitted.CaseNumber), w.Desk.KarolinskaEmployee)).ShouldBeOk().Events
            .ShouldNotContain(e => e.Kind == CaseEventKind.OrderFulfilmentFailed, "the failure is for the agents");
        (await w.Send(new RetryOrderFulfilment(submitted.OrderId), w.Desk.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.Forbidden);

        var thrown = (await w.Send(new RetryOrderFulfilment(submitted.OrderId), w.Desk.FirstLineAgent)).ShouldBeOk();
        (thrown.FulfilmentState, thrown.Attempts).ShouldBe((OrderFulfilmentState.Failed, 2));
        thrown.LastError.ShouldBe("Leveransadaptern \"test-adapter\" misslyckades: Anslutningen bröts.");

        var done = (await w.Send(new RetryOrderFulfilment(submitted.OrderId), w.Desk.FirstLineAgent)).ShouldBeOk();

        (done.FulfilmentState, done.Attempts, done.CaseStatus).ShouldBe((OrderFulfilmentState.Fulfilled, 3, CaseStatus.Solved));
        done.Log.ShouldContain(l => l.Text == "Kort beställt till Mia Medarbetare (försök 3).");
        w.Adapter.Calls.ShouldBe(3);
        (await w.UsageRows()).ShouldHaveSingleItem().SourceReference.ShouldBe("order:" + submitted.CaseNumber);
    }

    [Theory, AllDatabases]
    public async Task Usage_of_an_order_fulfilled_in_a_closed_month_goes_to_the_next_open_month(DatabaseKind db)
    {
        await using var w = await OrderWorld.Start(db);
        await w.Close(OrderWorld.March);
        await w.Close(OrderWorld.March.Next);
        var submitted = await w.OrderAccess(w.Desk.KarolinskaEmployee);

        var approved = (await w.Send(new ApproveOrder(submitted.OrderId), w.Desk.KarolinskaOrderer)).ShouldBeOk();

        approved.FulfilmentState.ShouldBe(OrderFulfilmentState.Fulfilled);
        approved.UsagePeriod.ShouldBe("2026-05");
        (await w.UsageRows()).ShouldHaveSingleItem().Period.ShouldBe(new Period(2026, 5));
    }

    [Theory, AllDatabases]
    public async Task A_month_closed_after_the_usage_was_planned_moves_it_to_the_next_open_month_on_retry(DatabaseKind db)
    {
        await using var w = await OrderWorld.Start(db);
        var submitted = (await w.Send(new SubmitOrder
        {
            ServiceCode = OrderWorld.Ehalsa, Answers = new Dictionary<string, string?> { ["chef"] = "kalle.ks" },
        }, w.Desk.KarolinskaEmployee)).ShouldBeOk();
        // March is planned, then closed before the usage is recorded: the intake refuses the closed month.
        await w.App.Query(async d =>
        {
            var order = await d.Orders.FirstAsync(o => o.Id == submitted.OrderId);
            order.Approve(new OrderPerson(null, "Kalle Kollega"), DateTime.UtcNow);
            order.PlanUsage(OrderWorld.March);
            return await d.SaveChangesAsync();
        });
        await w.Close(OrderWorld.March);

        var done = (await w.Send(new RetryOrderFulfilment(submitted.OrderId), w.Desk.FirstLineAgent)).ShouldBeOk();

        (done.FulfilmentState, done.UsagePeriod).ShouldBe((OrderFulfilmentState.Fulfilled, "2026-04"));
        done.Log.ShouldContain(l => l.Text == "Månaden 2026-03 är stängd för debitering; användningen registreras i 2026-04.");
        (await w.UsageRows()).ShouldHaveSingleItem().Period.ShouldBe(new Period(2026, 4));
    }

    [Theory, AllDatabases]
    public async Task Another_customers_orderer_can_neither_see_nor_approve_an_order_and_a_colleague_cannot_either(DatabaseKind db)
    {
        await using var w = await OrderWorld.Start(db);
        var submitted = await w.OrderAccess(w.Desk.KarolinskaEmployee);

        (await w.Send(new GetOrder(submitted.CaseNumber), w.Desk.SosOrderer)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new GetOrder(submitted.OrderId.ToString()), w.Desk.SosOrderer)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new ApproveOrder(submitted.OrderId), w.Desk.SosOrderer)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new RejectOrder(submitted.OrderId, "Nej"), w.Desk.SosOrderer)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new ListOrdersToApprove(), w.Desk.SosOrderer)).ShouldBeOk().ShouldBeEmpty();
        (await w.Send(new ApproveOrder(submitted.OrderId), w.Desk.KarolinskaColleague)).Status.ShouldBe(ResultStatus.NotFound, "a colleague does not see the case");
        (await w.Send(new ApproveOrder(submitted.OrderId), w.Desk.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.Forbidden, "nobody approves their own order");
        (await w.Send(new ListOrdersToApprove(), w.Desk.KarolinskaEmployee)).ShouldBeOk().ShouldBeEmpty();

        var own = (await w.Send(new GetOrder(submitted.CaseNumber), w.Desk.KarolinskaOrderer)).ShouldBeOk();
        own.Abilities.CanDecide.ShouldBeTrue();
        (await w.Send(new GetOrder(submitted.CaseNumber), w.Desk.KarolinskaEmployee)).ShouldBeOk().Abilities.CanDecide.ShouldBeFalse();
        (await w.App.Query(d => d.Orders.SingleAsync())).ApprovalState.ShouldBe(OrderApprovalState.Pending);
    }

    [Theory, AllDatabases]
    public async Task A_named_manager_approves_and_a_manager_who_is_not_a_user_of_the_customer_is_refused_naming_the_field(DatabaseKind db)
    {
        await using var w = await OrderWorld.Start(db);

        foreach (var outsider in new[] { "okand@region.se", "bo.sos" })
        {
            var refused = await Should.ThrowAsync<ValidationFailedException>(() => w.Send(new SubmitOrder
            {
                ServiceCode = OrderWorld.Ehalsa, Answers = new Dictionary<string, string?> { ["chef"] = outsider },
            }, w.Desk.KarolinskaEmployee));
            refused.Errors.Keys.ShouldBe(["answers.chef"]);
        }

        var submitted = (await w.Send(new SubmitOrder
        {
            ServiceCode = OrderWorld.Ehalsa, Answers = new Dictionary<string, string?> { ["chef"] = "Kalle.KS@region.se" },
        }, w.Desk.KarolinskaEmployee)).ShouldBeOk();

        (await w.Send(new ApproveOrder(submitted.OrderId), w.Desk.KarolinskaOrderer)).Status.ShouldBe(ResultStatus.Forbidden, "the form names the manager");
        var pending = (await w.Send(new ListOrdersToApprove(), w.Desk.KarolinskaColleague)).ShouldBeOk().ShouldHaveSingleItem();
        pending.Answers.ShouldContain(a => a.Label == "Chefens e-post" && a.Value == "Kalle.KS@region.se");
        var approved = (await w.Send(new ApproveOrder(submitted.OrderId), w.Desk.KarolinskaColleague)).ShouldBeOk();
        (approved.DecidedByName, approved.FulfilmentState).ShouldBe(("Kalle Kollega", OrderFulfilmentState.Fulfilled));
        (await w.App.Query(d => d.Cases.CountAsync())).ShouldBe(1, "refused orders open no case");
    }

    [Theory, AllDatabases]
    public async Task Tasks_go_to_their_groups_and_the_last_one_done_fulfils_and_charges_the_quantity_ordered(DatabaseKind db)
    {
        await using var w = await OrderWorld.Start(db);

        var bad = await Should.ThrowAsync<ValidationFailedException>(() => w.Send(new SubmitOrder
        {
            ServiceCode = OrderWorld.Workplace, Answers = new Dictionary<string, string?> { ["tillbehor"] = "Skrivare", ["antal"] = "25", ["farg"] = "röd" },
        }, w.Desk.KarolinskaEmployee));
        bad.Errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["answers.antal", "answers.farg", "answers.tillbehor"]);
        bad.Errors["answers.antal"].ShouldBe(["Talet får vara högst 20."]);

        var submitted = (await w.Send(new SubmitOrder
        {
            ServiceCode = OrderWorld.Workplace, Answers = new Dictionary<string, string?> { ["tillbehor"] = "headset", ["antal"] = "3" },
        }, w.Desk.SosEmployee)).ShouldBeOk();

        (submitted.ApprovalState, submitted.FulfilmentState).ShouldBe((OrderApprovalState.NotRequired, OrderFulfilmentState.InProgress));
        var tasks = (await w.Send(new ListOrderTasks(), w.Desk.ItAgent)).ShouldBeOk();
        var pick = tasks.ShouldHaveSingleItem();
        pick.Text.ShouldBe("Plocka ut tillbehören");
        var order = (await w.Send(new GetOrder(submitted.CaseNumber), w.Desk.ItAgent)).ShouldBeOk();
        order.Answers.ShouldContain(a => a.Key == "tillbehor" && a.Value == "Headset");
        var tell = order.Tasks.Single(t => t.GroupName == "Kundtjänst");
        tell.CanComplete.ShouldBeFalse("the IT agent is not in Kundtjänst");
        (await w.Send(new CompleteOrderTask(tell.Id), w.Desk.ItAgent)).Status.ShouldBe(ResultStatus.Forbidden);

        var half = (await w.Send(new CompleteOrderTask(pick.Id), w.Desk.ItAgent)).ShouldBeOk();
        half.FulfilmentState.ShouldBe(OrderFulfilmentState.InProgress);
        (await w.UsageRows()).ShouldBeEmpty();
        (await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new RetryOrderFulfilment(submitted.OrderId), w.Desk.ItAgent)))
            .RuleName.ShouldBe(nameof(TasksMustBeDoneFirstRule));

        var done = (await w.Send(new CompleteOrderTask(tell.Id), w.Desk.FirstLineAgent)).ShouldBeOk();

        (done.FulfilmentState, done.CaseStatus).ShouldBe((OrderFulfilmentState.Fulfilled, CaseStatus.Solved));
        done.Tasks.ShouldAllBe(t => t.IsDone);
        var usage = (await w.UsageRows()).ShouldHaveSingleItem();
        (usage.CustomerId, usage.ServiceCode, usage.Quantity, usage.Unit).ShouldBe((w.Desk.Sodersjukhuset.Id, OrderWorld.Workplace, 3m, "st"));
        (await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new CompleteOrderTask(pick.Id), w.Desk.ItAgent)))
            .RuleName.ShouldBe(nameof(OrderTaskIsDoneOnceRule));
    }
}
