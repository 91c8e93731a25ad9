using MimeKit;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>
/// Checks the parsed tree against the limits that make a message fail: the number of MIME parts, and every header
/// block (the message's, each part's, each forwarded message's) against the count and size limits.
/// </summary>
internal static class StructureLimits
{
    public static MailParseFailure? Check(MimeMessage message, MailLimits limits)
    {
        var parts = 0;
        foreach (var headers in HeaderBlocks(message))
        {
            if (++parts > limits.MaxParts)
            {
                return new MailParseFailure(MailFailureReason.TooManyParts, $"The message has more than {limits.MaxParts} MIME parts.");
            }

            if (headers.Count > limits.MaxHeaderCount)
            {
                return new MailParseFailure(MailFailureReason.TooManyHeaders, $"A header block has {headers.Count} fields; at most {limits.MaxHeaderCount} are accepted.");
            }

            var bytes = headers.Sum(header => (long)header.RawField.Length + 1 + header.RawValue.Length);
            if (bytes > limits.MaxHeaderBytes)
            {
                return new MailParseFailure(MailFailureReason.HeaderTooLarge, $"A header block has {bytes} bytes; at most {limits.MaxHeaderBytes} are accepted.");
            }
        }

        return null;
    }

    private static IEnumerable<HeaderList> HeaderBlocks(MimeMessage message)
    {
        var messages = new Stack<MimeMessage>([message]);
        while (messages.TryPop(out var current))
        {
            yield return current.Headers;
            var entities = new Stack<MimeEntity>();
            if (current.Body is not null)
            {
                entities.Push(current.Body);
            }

            while (entities.TryPop(out var entity))
            {
                yield return entity.Headers;
                if (entity is Multipart multipart)
                {
                    foreach (var child in multipart)
                    {
                        entities.Push(child);
                    }
                }
                else if (entity is MessagePart { Message: { } inner })
                {
                    messages.Push(inner);
                }
            }
        }
    }
}
