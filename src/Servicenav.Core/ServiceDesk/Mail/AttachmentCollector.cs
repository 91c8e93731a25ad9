using MimeKit;
using MimeKit.Tnef;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>Every part that is not a body becomes an accepted or a rejected attachment; only TNEF (winmail.dat) is left out, with a warning.</summary>
internal static class AttachmentCollector
{
    public static (List<MailAttachment> Accepted, List<RejectedAttachment> Rejected) Collect(
        MimeMessage message, IReadOnlySet<MimeEntity> bodyParts, MailLimits limits, List<MailWarning> warnings)
    {
        var accepted = new List<MailAttachment>();
        var rejected = new List<RejectedAttachment>();
        var index = 0;
        foreach (var entity in message.BodyParts)
        {
            if (bodyParts.Contains(entity) || entity is Multipart)
            {
                continue;
            }

            if (entity is TnefPart)
            {
                warnings.Add(new MailWarning(MailWarningCode.TnefIgnored, "An Outlook TNEF part (winmail.dat) was left out."));
                continue;
            }

            var attachment = Read(entity, ++index);
            var rejection = AttachmentPolicy.Check(attachment.FileName, attachment.ContentType, attachment.Content, limits)
                ?? (accepted.Count >= limits.MaxAttachments ? AttachmentRejection.TooMany : null);
            if (rejection is { } reason)
            {
                rejected.Add(new RejectedAttachment(attachment.FileName, attachment.ContentType, attachment.Size, reason));
            }
            else
            {
                accepted.Add(attachment);
            }
        }

        return (accepted, rejected);
    }

    private static MailAttachment Read(MimeEntity entity, int index)
    {
        var contentType = entity.ContentType.MimeType.ToLowerInvariant();
        using var content = new MemoryStream();
        string? name;
        if (entity is MessagePart forwarded)
        {
            // A forwarded mail is kept whole, as the .eml a mail program opens.
            forwarded.Message?.WriteTo(content);
            name = forwarded.Message?.Subject is { Length: > 0 } subject ? subject + ".eml" : null;
        }
        else
        {
            var part = (MimePart)entity;
            part.Content?.DecodeTo(content);
            name = part.FileName;
        }

        var contentId = string.IsNullOrWhiteSpace(entity.ContentId) ? null : entity.ContentId;
        return new MailAttachment(AttachmentName.Clean(name, contentType, index), contentType, content.ToArray(), contentId, !entity.IsAttachment);
    }
}
