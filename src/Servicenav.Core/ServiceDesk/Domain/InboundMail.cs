namespace Servicenav.ServiceDesk.Domain;

/// <summary>What became of a received e-mail.</summary>
public enum InboundMailOutcome
{
    /// <summary>Stored, not yet read (a crash between storing and reading leaves it here; the next run reads it).</summary>
    Received,

    /// <summary>A reply to a case, added to it as the requester's message.</summary>
    AddedToCase,

    /// <summary>A new case for a known sender.</summary>
    NewCase,

    /// <summary>Waiting for an agent: unknown sender, a reply from someone other than the requester, a closed case.</summary>
    Triage,

    /// <summary>Could not be read as e-mail; kept whole and shown in triage.</summary>
    Unreadable,

    /// <summary>Handled by an agent from triage, or an automatic reply / duplicate that needs no case.</summary>
    Done,
}

/// <summary>
/// An e-mail as received, kept whole (the raw message) before anything is read from it, so nothing received is ever
/// lost: a message that cannot be parsed, or whose sender is unknown, waits in triage for an agent. Staff data, not
/// a customer's (the sender is not yet known to belong to any customer).
/// </summary>
public sealed class InboundMail
{
    private InboundMail()
    {
    }

    public InboundMail(string sourceId, byte[] raw, DateTime receivedAtUtc)
    {
        Id = Guid.CreateVersion7();
        SourceId = sourceId;
        Raw = raw;
        Size = raw.Length;
        ReceivedAtUtc = receivedAtUtc;
        Outcome = InboundMailOutcome.Received;
    }

    public Guid Id { get; private set; }

    public string SourceId { get; private set; } = "";

    public byte[] Raw { get; private set; } = [];

    public int Size { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public string? MessageId { get; private set; }

    public string? FromAddress { get; private set; }

    public string? FromName { get; private set; }

    public string? Subject { get; private set; }

    /// <summary>The text as read (sanitised), for the agent in triage.</summary>
    public string? Text { get; private set; }

    public InboundMailOutcome Outcome { get; private set; }

    /// <summary>Why it went to triage or was set aside, in words for the agent.</summary>
    public string? Reason { get; private set; }

    public Guid? CaseId { get; private set; }

    public string? HandledBy { get; private set; }

    public void Read(string? messageId, string? fromAddress, string? fromName, string subject, string text)
    {
        MessageId = Trim(messageId, 300);
        FromAddress = Trim(fromAddress?.ToLowerInvariant(), 200);
        FromName = Trim(fromName, 200);
        Subject = Trim(subject, CaseLimits.SubjectLength);
        Text = Trim(text, CaseLimits.DescriptionLength);
    }

    public void Settle(InboundMailOutcome outcome, Guid? caseId, string? reason, string? handledBy = null)
    {
        Outcome = outcome;
        CaseId = caseId ?? CaseId;
        Reason = reason;
        HandledBy = handledBy ?? HandledBy;
    }

    private static string? Trim(string? text, int max) => text is null ? null : text.Length <= max ? text : text[..max];
}
