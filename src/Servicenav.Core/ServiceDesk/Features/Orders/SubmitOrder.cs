using System.Text;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Orders;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Orders a service on its form: the answers are checked field by field (every bad one named), a case of type Order
/// is opened (through <see cref="CreateCase"/>, so routing, numbering and the SLA are the same as for any case) with
/// the order record beside it, in one transaction. Then, by the form: the case waits for the approver; or, when no
/// approval is needed, the tasks go to their groups or the automatic fulfilment runs at once. An employee orders for
/// themself; an agent may register an order for a contact (<see cref="ContactId"/>).
/// </summary>
public sealed record SubmitOrder : IRequest<Result<OrderSubmitted>>
{
    public string ServiceCode { get; init; } = "";

    /// <summary>Answers by field key, as text ("2,5", "2026-03-02", "ja"/"nej").</summary>
    public IReadOnlyDictionary<string, string?> Answers { get; init; } = new Dictionary<string, string?>();

    public CaseChannel Channel { get; init; } = CaseChannel.Portal;

    public Guid? ContactId { get; init; }
}

internal sealed class SubmitOrderHandler(
    ServicenavDb db, CaseStore store, OrderFulfilment fulfilment, IHandler<CreateCase, Result<CaseCreated>> createCase, TimeProvider clock)
    : IHandler<SubmitOrder, Result<OrderSubmitted>>
{
    public async Task<Result<OrderSubmitted>> Handle(SubmitOrder request, CancellationToken cancellationToken)
    {
        var user = db.User;
        if (!user.Has(Permission.CasesRaise) && !user.IsSystem)
        {
            return Result<OrderSubmitted>.Forbidden();
        }

        var code = request.ServiceCode.Trim();
        var form = await db.OrderForms.AsNoTracking().FirstOrDefaultAsync(f => f.ServiceCode == code && f.IsActive, cancellationToken);
        if (form is null)
        {
            return Result<OrderSubmitted>.NotFound();
        }

        var answers = form.Check(request.Answers);
        if (!answers.IsValid)
        {
            throw new ValidationFailedException(answers.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
        }

        var approver = form.Approval == OrderApproval.NamedManager ? await NamedManagerAsync(form, answers, request.ContactId, cancellationToken) : null;
        var now = clock.GetUtcNow().UtcDateTime;
        Order order;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var created = await createCase.Handle(new CreateCase
            {
                Type = CaseType.Order, Subject = Subject(form), Description = Description(form, answers.Answers), ServiceCode = form.ServiceCode,
                Channel = request.Channel, ContactId = request.ContactId,
            }, cancellationToken);
            if (!created.IsOk)
            {
                return new Result<OrderSubmitted>(created.Status, default);
            }

            // The case is saved with its first events; the order's events go on a fresh copy of it.
            db.ChangeTracker.Clear();
            var @case = await db.Cases.FirstAsync(c => c.Id == created.Value!.Id, cancellationToken);
            order = Order.Submit(@case, form, answers, approver, now);
            db.Orders.Add(order);
            var actor = await CaseActors.CurrentAsync(db, cancellationToken);
            @case.RecordOrderEvent(CaseEventKind.OrderSubmitted, Submitted(order), isPublic: true,
                request.ContactId is null ? actor with { IsStaff = false } : actor, now);
            if (order.ApprovalState == OrderApprovalState.Pending)
            {
                @case.ChangeStatus(CaseStatus.WaitingForRequester, CaseActor.System, now);
            }
            else if (order.StartTasks(now) is { Count: > 0 } tasks)
            {
                db.OrderTasks.AddRange(tasks);
                @case.ChangeStatus(CaseStatus.InProgress, CaseActor.System, now);
            }

            await store.SaveAsync(@case, isNew: false, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (order.IsApproved && order.Fulfilment == OrderFulfilmentKind.Automatic)
        {
            await fulfilment.RunAsync(order.Id, cancellationToken);
        }

        var saved = await db.Orders.AsNoTracking().FirstAsync(o => o.Id == order.Id, cancellationToken);
        return new OrderSubmitted(saved.Id, saved.CaseId, saved.CaseNumber, saved.ApprovalState, saved.FulfilmentState);
    }

    /// <summary>The manager named in the form's field: an active user of the requester's customer, by e-mail or user name.</summary>
    private async Task<OrderPerson> NamedManagerAsync(OrderForm form, OrderAnswerCheck answers, Guid? contactId, CancellationToken cancellationToken)
    {
        var key = form.ManagerFieldKey!;
        var named = answers.Answers.First(a => a.Key == key).Value!.Trim().ToLowerInvariant();
        var customerId = contactId is { } id
            ? await db.Contacts.AsNoTracking().Where(c => c.Id == id).Select(c => (Guid?)c.CustomerId).FirstOrDefaultAsync(cancellationToken)
            : db.User.CustomerId;
        var manager = customerId is null
            ? null
            : await db.Users.AsNoTracking()
                .Where(u => u.IsActive && u.CustomerId == customerId && (u.Email == named || u.UserName == named))
                .Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        if (manager is null)
        {
            throw new ValidationFailedException(OrderAnswers.ErrorKey(key), string.Format(SwedishCulture.Culture, OrderMessages.ManagerUnknown, named));
        }

        var requester = contactId is { } contact
            ? await db.Contacts.AsNoTracking().Where(c => c.Id == contact).Select(c => c.UserId).FirstOrDefaultAsync(cancellationToken)
            : db.User.UserId;
        return manager.Id == requester
            ? throw new ValidationFailedException(OrderAnswers.ErrorKey(key), OrderMessages.ManagerIsRequester)
            : new OrderPerson(manager.Id, manager.DisplayName);
    }

    private static string Subject(OrderForm form)
    {
        var subject = string.Format(SwedishCulture.Culture, OrderMessages.CaseSubject, form.Title);
        return subject.Length > CaseLimits.SubjectLength ? subject[..CaseLimits.SubjectLength] : subject;
    }

    /// <summary>The answers as the case's description ("System: Cosmic" per line), so the case reads on its own.</summary>
    private static string Description(OrderForm form, IReadOnlyList<OrderAnswer> answers)
    {
        var text = new StringBuilder();
        foreach (var answer in answers.Where(a => a.Value is not null))
        {
            text.Append(answer.Label).Append(": ").Append(answer.Display).Append('\n');
        }

        var description = text.Length == 0 ? form.Title : text.ToString().TrimEnd();
        return description.Length > CaseLimits.DescriptionLength ? description[..CaseLimits.DescriptionLength] : description;
    }

    private static string Submitted(Order order) => order.Approval switch
    {
        OrderApproval.CustomerOrderer => OrderMessages.SubmittedAwaitsOrderer,
        OrderApproval.NamedManager => string.Format(SwedishCulture.Culture, OrderMessages.SubmittedAwaitsManager, order.ApproverName),
        _ => OrderMessages.SubmittedNoApproval,
    };
}
