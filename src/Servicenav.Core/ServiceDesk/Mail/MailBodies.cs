using MimeKit;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>
/// The parts that make up the body: every inline text/plain and text/html part outside forwarded messages (Apple Mail
/// splits a body around an inline image into several). A text part with a file name is an attachment, not body.
/// </summary>
internal sealed record MailBodies(IReadOnlyList<TextPart> Plain, IReadOnlyList<TextPart> Html)
{
    public IReadOnlySet<MimeEntity> All => new HashSet<MimeEntity>(Plain.Concat(Html), ReferenceEqualityComparer.Instance);

    public static MailBodies Find(MimeMessage message)
    {
        var texts = message.BodyParts.OfType<TextPart>().Where(part => !part.IsAttachment && part.FileName is null).ToList();
        return new MailBodies(texts.Where(part => part.IsPlain).ToList(), texts.Where(part => part.IsHtml).ToList());
    }
}
