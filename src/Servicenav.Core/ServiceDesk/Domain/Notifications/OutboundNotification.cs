using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Notifications;

/// <summary>Why the requester is mailed.</summary>
public enum NotificationKind
{
    /// <summary>The case was registered: the receipt with its number.</summary>
    Receipt,

    /// <summary>An agent answered publicly (never an internal note).</summary>
    Reply,

    /// <summary>The case was solved; the first time with the end-user survey's link.</summary>
    Solved,
}

public enum OutboxStatus
{
    /// <summary>Waiting for its (next) attempt.</summary>
    Pending,

    /// <summary>Claimed by one sender, which is delivering it now.</summary>
    Sending,

    Sent,

    /// <summary>Given up: too many failed attempts, or a sending interrupted so that nobody knows whether it went out.</summary>
    Failed,
}

/// <summary>
/// One mail to a requester in the outbox: written in the same transaction as the case change it tells about, so a
/// change that is not saved mails nobody and a saved one is not forgotten when the host stops. A background sender
/// claims the row (Pending → Sending, guarded by <see cref="Version"/>, so two senders never both take it), delivers
/// it with its own Message-Id and marks it sent, or puts it back with a growing delay and the error. A row left in
/// Sending by a crash is not sent again (it may have gone out): it is marked failed with the reason.
/// </summary>
public sealed class OutboundNotification : ICustomerOwned
{
    public const int MaxAttempts = 6;

    private OutboundNotification()
    {
    }

    public OutboundNotification(Case @case, NotificationKind kind, string subject, string textBody, string messageDomain, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        CaseId = @case.Id;
        CustomerId = @case.CustomerId;
        CaseNumber = @case.Number;
        Kind = kind;
        ToAddress = @case.RequesterEmail ?? throw new ArgumentException("The requester has no e-mail address.", nameof(@case));
        ToName = @case.RequesterName;
        Subject = subject;
        TextBody = textBody;
        MessageId = Id.ToString("N") + "@" + messageDomain;
        CreatedAtUtc = nowUtc;
        NextAttemptAtUtc = nowUtc;
        Status = OutboxStatus.Pending;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid CustomerId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public NotificationKind Kind { get; private set; }

    public string ToAddress { get; private set; } = "";

    public string ToName { get; private set; } = "";

    /// <summary>Without the case tag: the builder puts <c>[KT-…]</c> in front when the mail is built.</summary>
    public string Subject { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    /// <summary>Fixed when the row is written, so the mail is the same message whenever it is sent.</summary>
    public string MessageId { get; private set; } = "";

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public DateTime? ClaimedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Concurrency token: a claim made by another sender meanwhile makes this one's save fail.</summary>
    public int Version { get; private set; }

    public void Claim(DateTime nowUtc)
    {
        if (Status != OutboxStatus.Pending)
        {
            throw new InvalidOperationException($"Outbox row {Id} is {Status}, not pending.");
        }

        Status = OutboxStatus.Sending;
        ClaimedAtUtc = nowUtc;
        Attempts++;
        Version++;
    }

    public void MarkSent(DateTime nowUtc)
    {
        Status = OutboxStatus.Sent;
        SentAtUtc = nowUtc;
        LastError = null;
        Version++;
    }

    /// <summary>Back to pending after 1, 2, 4 … minutes (at most an hour), or failed for good after <see cref="MaxAttempts"/>.</summary>
    public void MarkFailedAttempt(string error, DateTime nowUtc)
    {
        LastError = Trim(error);
        if (Attempts >= MaxAttempts)
        {
            Status = OutboxStatus.Failed;
        }
        else
        {
            Status = OutboxStatus.Pending;
            NextAttemptAtUtc = nowUtc + Backoff(Attempts);
        }

        Version++;
    }

    /// <summary>A claim that never finished (the sender stopped mid-send): it may have gone out, so it is not sent again.</summary>
    public void MarkInterrupted(string reason)
    {
        Status = OutboxStatus.Failed;
        LastError = Trim(reason);
        Version++;
    }

    /// <summary>
    /// Staff send a failed mail again (after fixing the address or the mail server, or having checked that an
    /// interrupted one never went out): pending at once, with a fresh set of attempts. Only a failed mail.
    /// </summary>
    public void Retry(DateTime nowUtc)
    {
        if (Status != OutboxStatus.Failed)
        {
            throw new BusinessRuleException(new OnlyFailedMailIsSentAgainRule());
        }

        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAtUtc = nowUtc;
        ClaimedAtUtc = null;
        Version++;
    }

    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, attempts - 1))));

    private static string Trim(string text) => text.Length <= 1000 ? text : text[..1000];
}

public sealed class OnlyFailedMailIsSentAgainRule : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => NotificationMessages.Outbox_OnlyFailedRetried;
}
