using Servicenav.Access;
using Servicenav.ServiceDesk.Domain.Orders;
using Servicenav.ServiceDesk.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Orders;

/// <summary>Maintaining order forms: who may, what is checked against the rest of the system, versions and retired forms.</summary>
public class OrderFormTests
{
    private static SaveOrderForm AccessForm() => new()
    {
        ServiceCode = OrderWorld.Access, Title = "Behörighet till system",
        Fields = [new OrderField { Key = "system", Label = "System", Kind = OrderFieldKind.Text, Required = true }],
        UsageUnit = "st", Approval = OrderApproval.CustomerOrderer, Fulfilment = OrderFulfilmentKind.Automatic, AdapterName = "lokalt-register",
    };

    [Theory, AllDatabases]
    public async Task A_form_names_what_does_not_exist_by_its_field_and_only_admins_and_the_services_owner_maintain_it(DatabaseKind db)
    {
        await using var w = await OrderWorld.Start(db);

        (await w.Send(AccessForm(), As.Tjansteagare(Guid.NewGuid()))).Status.ShouldBe(ResultStatus.Forbidden, "not the service's owner");
        (await w.Send(AccessForm(), w.Desk.KarolinskaOrderer)).Status.ShouldBe(ResultStatus.Forbidden);
        (await w.Send(AccessForm(), w.Desk.FirstLineAgent)).Status.ShouldBe(ResultStatus.Forbidden);

        (await Should.ThrowAsync<ValidationFailedException>(() => w.Send(AccessForm() with { UsageUnit = "timme" }, As.Admin)))
            .Errors["usageUnit"].ShouldBe(["Prislistan debiterar inte tjänsten per \"timme\". Använd prislistans enhet: st."]);
        (await Should.ThrowAsync<ValidationFailedException>(() => w.Send(AccessForm() with { AdapterName = "ad-koppling" }, As.Admin)))
            .Errors["adapterName"].ShouldBe(["Det finns ingen leveransadapter med namnet \"ad-koppling\". Välj en av: lokalt-register, test-adapter."]);
        (await Should.ThrowAsync<ValidationFailedException>(() => w.Send(AccessForm() with
        {
            Fulfilment = OrderFulfilmentKind.Tasks, Tasks = [new OrderTaskTemplate(Guid.NewGuid(), "Lägg upp behörigheten")],
        }, As.Admin))).Errors.Keys.ShouldBe(["tasks[0].groupId"]);
        (await Should.ThrowAsync<ValidationFailedException>(() => w.Send(AccessForm() with
        {
            Fields = [new OrderField { Key = "Mitt System", Label = "", Kind = OrderFieldKind.Choice }],
        }, As.Admin))).Errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["fields[0].choices", "fields[0].key", "fields[0].label"]);
        (await Should.ThrowAsync<ValidationFailedException>(() => w.Send(AccessForm() with { ServiceCode = "finns_inte" }, As.Admin)))
            .Errors.Keys.ShouldBe(["serviceCode"]);
    }

    [Theory, AllDatabases]
    public async Task Saving_a_form_makes_a_new_version_orders_keep_theirs_and_a_retired_form_takes_no_orders(DatabaseKind db)
    {
        await using var w = await OrderWorld.Start(db);
        var first = await w.OrderAccess(w.Desk.KarolinskaEmployee);

        var saved = (await w.Send(AccessForm() with { Title = "Behörighet (ny)" }, As.Admin)).ShouldBeOk();

        saved.Version.ShouldBe(2);
        var kept = (await w.Send(new GetOrder(first.CaseNumber), w.Desk.KarolinskaEmployee)).ShouldBeOk();
        (kept.FormVersion, kept.FormTitle).ShouldBe((1, "Behörighet till system"));
        kept.Answers.Select(a => a.Label).ShouldBe(["System", "Roll", "Motivering"]);

        (await w.Send(AccessForm() with { IsActive = false }, As.Admin)).ShouldBeOk();

        (await w.Send(new GetOrderForm(OrderWorld.Access), w.Desk.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new ListOrderForms(), w.Desk.KarolinskaEmployee)).ShouldBeOk().Select(f => f.ServiceCode)
            .ShouldBe([OrderWorld.Ehalsa, OrderWorld.Workplace], ignoreOrder: true);
        (await w.Send(new SubmitOrder { ServiceCode = OrderWorld.Access, Answers = new Dictionary<string, string?> { ["system"] = "X" } },
            w.Desk.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new GetOrderForm(OrderWorld.Access), As.Admin)).ShouldBeOk().IsActive.ShouldBeFalse();
    }
}
