using System.Runtime.InteropServices;
using MimeKit;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>
/// Reads an inbound message into a <see cref="ParsedMail"/>, or says why it cannot in a <see cref="MailParseFailure"/>.
/// Hostile input never throws: malformed MIME, oversized messages, headers or part counts are failures; odd charsets, a missing
/// From and forbidden or oversized attachments are warnings and rejected attachments on a parsed mail.
/// </summary>
public static class InboundMailParser
{
    /// <summary>Reads at most one byte more than the limit, so an endless stream ends as <see cref="MailFailureReason.TooLarge"/>.</summary>
    public static MailParseResult Parse(Stream raw, MailLimits limits)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(limits);
        return Parse(BoundedRead.ReadAtMost(raw, Math.Min(limits.MaxMessageBytes, Array.MaxLength - 1) + 1), limits);
    }

    public static MailParseResult Parse(ReadOnlyMemory<byte> raw, MailLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (raw.IsEmpty)
        {
            return new MailParseFailure(MailFailureReason.Empty, "The message is empty.");
        }

        if (raw.Length > limits.MaxMessageBytes)
        {
            return new MailParseFailure(MailFailureReason.TooLarge, $"The message is larger than {limits.MaxMessageBytes} bytes.");
        }

        MimeMessage message;
        try
        {
            message = Load(raw, limits);
        }
        catch (FormatException e)
        {
            return new MailParseFailure(MailFailureReason.Malformed, e.Message);
        }

        using (message)
        {
            return StructureLimits.Check(message, limits) ?? ReadSafely(message, limits);
        }
    }

    private static MimeMessage Load(ReadOnlyMemory<byte> raw, MailLimits limits)
    {
        var options = new ParserOptions { MaxMimeDepth = limits.MaxMimeDepth, CharsetEncoding = Charsets.Windows1252 };
        using var stream = MemoryMarshal.TryGetArray(raw, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(raw.ToArray(), writable: false);
        return MimeMessage.Load(options, stream);
    }

    // The promise is "never throws for what a sender can put in a message": a library tripping over some input we
    // have not seen becomes a failure the caller can file, not an exception that stops the mail loop.
    private static MailParseResult ReadSafely(MimeMessage message, MailLimits limits)
    {
        try
        {
            return ParsedMailReader.Read(message, limits);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new MailParseFailure(MailFailureReason.Malformed, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
