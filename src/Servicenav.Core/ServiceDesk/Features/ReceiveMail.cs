using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Attachments;
using Servicenav.ServiceDesk.Domain.Links;
using Servicenav.ServiceDesk.Features.Attachments;
using Servicenav.ServiceDesk.Mail;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// One received e-mail into the one way in. The raw message is stored first, in its own save, so it is never lost;
/// then it is read: a reply (case number in the subject) from the case's requester is added to that case (a solved
/// case reopens; a closed one gets a new, linked case), a message from a known person opens a new case by e-mail,
/// and anything else — unknown sender, someone else answering a case, unreadable mail — waits in triage for an agent.
/// A message id seen before is not handled twice (mail sources deliver at least once).
/// </summary>
public sealed record ReceiveMail(string SourceId, byte[] Raw) : IRequest<Result<MailReceipt>>;

public sealed record MailReceipt(Guid MailId, InboundMailOutcome Outcome, string? CaseNumber, string? Reason);

internal sealed class ReceiveMailHandler(ServicenavDb db, CaseStore store, CaseOpener opener, AttachmentIntake attachments, TimeProvider clock)
    : IHandler<ReceiveMail, Result<MailReceipt>>
{
    public async Task<Result<MailReceipt>> Handle(ReceiveMail request, CancellationToken cancellationToken)
    {
        if (!db.User.IsSystem && !db.User.Has(Permission.ServiceDeskManage))
        {
            return Result<MailReceipt>.Forbidden();
        }

        var mail = new InboundMail(request.SourceId, request.Raw, clock.GetUtcNow().UtcDateTime);
        db.InboundMails.Add(mail);
        await db.SaveChangesAsync(cancellationToken);

        var (outcome, @case, reason) = await ReadAsync(mail, cancellationToken);
        mail.Settle(outcome, @case?.Id, reason);
        await db.SaveChangesAsync(cancellationToken);
        return new MailReceipt(mail.Id, outcome, @case?.Number, reason);
    }

    private async Task<(InboundMailOutcome, Case?, string?)> ReadAsync(InboundMail mail, CancellationToken cancellationToken)
    {
        if (InboundMailParser.Parse(mail.Raw, MailLimits.Default) is not ParsedMail parsed)
        {
            var failure = (MailParseFailure)InboundMailParser.Parse(mail.Raw, MailLimits.Default);
            return (InboundMailOutcome.Unreadable, null, string.Format(SwedishCulture.Culture, ServiceDeskMessages.MailUnreadable, failure.Detail));
        }

        mail.Read(parsed.MessageId, parsed.From?.Address, parsed.From?.Name, parsed.Subject, parsed.TextBody);
        if (parsed.MessageId is { } messageId
            && await db.InboundMails.AnyAsync(m => m.MessageId == messageId && m.Id != mail.Id && m.Outcome != InboundMailOutcome.Received, cancellationToken))
        {
            return (InboundMailOutcome.Done, null, ServiceDeskMessages.MailDuplicate);
        }

        if (parsed.IsAutomatic)
        {
            return (InboundMailOutcome.Done, null, ServiceDeskMessages.MailAutomatic);
        }

        var text = string.IsNullOrWhiteSpace(parsed.TextBody) ? parsed.Subject : parsed.TextBody.Trim();
        var contact = mail.FromAddress is null ? null : await db.Contacts.FirstOrDefaultAsync(c => c.Email == mail.FromAddress, cancellationToken);
        if (parsed.CaseNumber is { } number && await db.Cases.FirstOrDefaultAsync(c => c.Number == number, cancellationToken) is { } existing)
        {
            if (contact is null || existing.ContactId != contact.Id)
            {
                return (InboundMailOutcome.Triage, existing, ServiceDeskMessages.MailNotFromRequester);
            }

            var requester = new CaseActor(contact.Name, contact.UserId, IsStaff: false);
            if (existing.Status != CaseStatus.Closed && !ReopenWindowPassed(existing))
            {
                existing.AddRequesterMessage(text, requester, clock.GetUtcNow().UtcDateTime, CaseLimits.DefaultReopenWindowDays);
                await AttachAsync(existing, parsed, requester, cancellationToken);
                await store.SaveAsync(existing, isNew: false, cancellationToken);
                return (InboundMailOutcome.AddedToCase, existing, null);
            }

            var follow = await OpenAsync(contact, parsed.Subject, text, cancellationToken);
            var (there, back) = CaseLink.Between(follow, existing, CaseActor.System, clock.GetUtcNow().UtcDateTime);
            db.CaseLinks.AddRange(there, back);
            await AttachAsync(follow, parsed, requester, cancellationToken);
            await store.SaveAsync(follow, isNew: false, cancellationToken);
            await store.SaveAsync(existing, isNew: false, cancellationToken);
            return (InboundMailOutcome.NewCase, follow, ServiceDeskMessages.MailFollowUpOfClosed);
        }

        if (contact is null)
        {
            return (InboundMailOutcome.Triage, null, ServiceDeskMessages.MailUnknownSender);
        }

        var opened = await OpenAsync(contact, parsed.Subject, text, cancellationToken);
        if (await AttachAsync(opened, parsed, new CaseActor(contact.Name, contact.UserId, IsStaff: false), cancellationToken))
        {
            await store.SaveAsync(opened, isNew: false, cancellationToken);
        }

        return (InboundMailOutcome.NewCase, opened, null);
    }

    private Task<bool> AttachAsync(Case @case, ParsedMail parsed, CaseActor sender, CancellationToken cancellationToken) =>
        attachments.TakeFromMailAsync(@case, parsed, sender, clock.GetUtcNow().UtcDateTime, cancellationToken);

    private bool ReopenWindowPassed(Case c) =>
        c.Status == CaseStatus.Solved && c.SolvedAtUtc is { } solved && clock.GetUtcNow().UtcDateTime > solved.AddDays(CaseLimits.DefaultReopenWindowDays);

    private async Task<Case> OpenAsync(Contact contact, string subject, string text, CancellationToken cancellationToken)
    {
        var requester = (await CaseRequesters.ForContactAsync(db, contact.Id, null, null, numberYear: null, cancellationToken)).Requester;
        var group = await CaseRouting.GroupForAsync(db, null, cancellationToken);
        var title = string.IsNullOrWhiteSpace(subject) ? ServiceDeskMessages.MailNoSubject : subject.Trim();
        return await opener.OpenAsync(new NewCase(CaseType.Question, title.Length > CaseLimits.SubjectLength ? title[..CaseLimits.SubjectLength] : title,
            text.Length > CaseLimits.DescriptionLength ? text[..CaseLimits.DescriptionLength] : text, null, requester, CaseChannel.Email,
            Impact.Low, Urgency.Medium, group.Id, false), new CaseActor(contact.Name, contact.UserId, IsStaff: false), cancellationToken);
    }
}
