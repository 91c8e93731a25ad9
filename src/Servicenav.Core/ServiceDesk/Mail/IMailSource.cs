namespace Servicenav.ServiceDesk.Mail;

public enum MailOutcome
{
    Processed,
    Failed,
}

/// <summary>One message as it came in: the source's id for it and its raw bytes (cut one byte past the source's size limit).</summary>
public sealed record RawMail(string SourceId, ReadOnlyMemory<byte> Content);

/// <summary>
/// Where inbound mail waits. A message listed stays new until it is acknowledged, so a crash between the two hands
/// it out again: callers make handling idempotent (by Message-Id) rather than risk losing one.
/// </summary>
public interface IMailSource
{
    Task<IReadOnlyList<RawMail>> ListNewAsync(CancellationToken cancellationToken = default);

    /// <summary>Marks one listed message done; <paramref name="reason"/> says why a failed one failed.</summary>
    Task AcknowledgeAsync(string sourceId, MailOutcome outcome, string? reason = null, CancellationToken cancellationToken = default);
}
