using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Features.Attachments;
using Servicenav.ServiceDesk.Mail;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

public sealed record InboundMailRow(Guid Id, DateTime ReceivedAtUtc, string? FromAddress, string? FromName, string? Subject, string? Text,
    InboundMailOutcome Outcome, string? Reason, string? CaseNumber, int Size);

/// <summary>The e-mail triage: messages no case took (unknown sender, unreadable, someone else answering a case), oldest first.</summary>
public sealed record ListInboundMail(bool IncludeHandled = false) : IRequest<Result<IReadOnlyList<InboundMailRow>>>;

internal sealed class ListInboundMailHandler(ServicenavDb db) : IHandler<ListInboundMail, Result<IReadOnlyList<InboundMailRow>>>
{
    public async Task<Result<IReadOnlyList<InboundMailRow>>> Handle(ListInboundMail request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesWork) || db.User.IsCustomerScoped)
        {
            return Result<IReadOnlyList<InboundMailRow>>.Forbidden();
        }

        var mails = db.InboundMails.AsNoTracking();
        mails = request.IncludeHandled
            ? mails
            : mails.Where(m => m.Outcome == InboundMailOutcome.Triage || m.Outcome == InboundMailOutcome.Unreadable || m.Outcome == InboundMailOutcome.Received);
        var rows = await (from m in mails
                          join c in db.Cases.IgnoreQueryFilters([ServicenavDb.CustomerScopeFilter]) on m.CaseId equals c.Id into cases
                          from c in cases.DefaultIfEmpty()
                          orderby m.ReceivedAtUtc, m.Id
                          select new InboundMailRow(m.Id, m.ReceivedAtUtc, m.FromAddress, m.FromName, m.Subject, m.Text, m.Outcome, m.Reason,
                              c == null ? null : c.Number, m.Size))
            .Take(500).ToListAsync(cancellationToken);
        return rows.Select(r => r with { ReceivedAtUtc = DateTime.SpecifyKind(r.ReceivedAtUtc, DateTimeKind.Utc) }).ToList();
    }
}

/// <summary>
/// An agent settles a triaged e-mail: opens a case for the person it is from (chosen in the contact directory, or a
/// new contact), or sets it aside with a reason. Nothing is deleted: the raw message stays.
/// </summary>
public sealed record TriageMail(Guid MailId, Guid? ContactId, string? DismissReason) : IRequest<Result<MailReceipt>>;

internal sealed class TriageMailHandler(ServicenavDb db, CaseOpener opener, CaseStore store, AttachmentIntake attachments, TimeProvider clock)
    : IHandler<TriageMail, Result<MailReceipt>>
{
    public async Task<Result<MailReceipt>> Handle(TriageMail request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesWork) || db.User.IsCustomerScoped)
        {
            return Result<MailReceipt>.Forbidden();
        }

        var mail = await db.InboundMails.FirstOrDefaultAsync(m => m.Id == request.MailId, cancellationToken);
        if (mail is null)
        {
            return Result<MailReceipt>.NotFound();
        }

        var actor = await CaseActors.CurrentAsync(db, cancellationToken);
        if (request.ContactId is not { } contactId)
        {
            mail.Settle(InboundMailOutcome.Done, null, string.IsNullOrWhiteSpace(request.DismissReason) ? null : request.DismissReason.Trim(), actor.Name);
            await db.SaveChangesAsync(cancellationToken);
            return new MailReceipt(mail.Id, mail.Outcome, null, mail.Reason);
        }

        var requester = (await CaseRequesters.ForContactAsync(db, contactId, null, null, numberYear: null, cancellationToken)).Requester;
        var group = await CaseRouting.GroupForAsync(db, null, cancellationToken);
        var subject = string.IsNullOrWhiteSpace(mail.Subject) ? ServiceDeskMessages.MailNoSubject : mail.Subject;
        var text = string.IsNullOrWhiteSpace(mail.Text) ? subject : mail.Text;
        var @case = await opener.OpenAsync(new NewCase(CaseType.Question, subject, text, null, requester, CaseChannel.Email, Impact.Low, Urgency.Medium,
            group.Id, false), actor, cancellationToken);

        // The mail's attachments come along, as the requester's (the agent only chose who the mail is from).
        if (InboundMailParser.Parse(mail.Raw, MailLimits.Default) is ParsedMail parsed
            && await attachments.TakeFromMailAsync(@case, parsed, new CaseActor(requester.Name, requester.UserId, IsStaff: false),
                clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            await store.SaveAsync(@case, isNew: false, cancellationToken);
        }

        mail.Settle(InboundMailOutcome.NewCase, @case.Id, null, actor.Name);
        await db.SaveChangesAsync(cancellationToken);
        return new MailReceipt(mail.Id, mail.Outcome, @case.Number, null);
    }
}
