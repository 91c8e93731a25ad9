using MimeKit;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>Turns a parsed MIME tree into a <see cref="ParsedMail"/>: addresses, bodies, attachments, warnings.</summary>
internal static class ParsedMailReader
{
    public static ParsedMail Read(MimeMessage message, MailLimits limits)
    {
        var warnings = new List<MailWarning>();
        var from = FromOf(message, warnings);
        var bodies = MailBodies.Find(message);
        var text = string.Join("\n\n", bodies.Plain.Select(part => PlainText.Read(part, warnings).TrimEnd()).Where(t => t.Length > 0));
        var html = bodies.Html.Count == 0 ? null : string.Concat(bodies.Html.Select(part => TextPartDecoder.Decode(part, warnings)));
        if (text.Length == 0 && html is not null)
        {
            text = HtmlText.From(html);
        }

        if (bodies.Plain.Count == 0 && bodies.Html.Count == 0)
        {
            warnings.Add(new MailWarning(MailWarningCode.NoBody, "The message has no text or HTML body."));
        }

        var safeHtml = html is null ? null : SafeHtml(html, limits, warnings);
        var (accepted, rejected) = AttachmentCollector.Collect(message, bodies.All, limits, warnings);
        var subject = message.Subject?.Trim() ?? "";
        return new ParsedMail
        {
            MessageId = Blank(message.MessageId),
            InReplyTo = Blank(message.InReplyTo),
            References = message.References.ToList(),
            From = from,
            ReplyTo = Contacts.Of(message.ReplyTo),
            To = Contacts.Of(message.To),
            Cc = Contacts.Of(message.Cc),
            Subject = subject,
            Date = message.Headers.Contains(HeaderId.Date) && message.Date != DateTimeOffset.MinValue ? message.Date : null,
            TextBody = text,
            HtmlBody = safeHtml,
            Attachments = accepted,
            RejectedAttachments = rejected,
            CaseNumber = CaseToken.Find(subject),
            IsAutomatic = AutomaticMail.IsAutomatic(message),
            Warnings = warnings,
        };
    }

    private static MailContact? FromOf(MimeMessage message, List<MailWarning> warnings)
    {
        var senders = Contacts.Of(message.From);
        if (senders.Count == 0)
        {
            warnings.Add(new MailWarning(MailWarningCode.MissingFrom, "The message has no From address."));
            return null;
        }

        if (senders.Count > 1)
        {
            warnings.Add(new MailWarning(MailWarningCode.SeveralFromAddresses, $"The message names {senders.Count} senders; the first is used."));
        }

        return senders[0];
    }

    private static string? SafeHtml(string html, MailLimits limits, List<MailWarning> warnings)
    {
        if (html.Length > limits.MaxHtmlChars)
        {
            warnings.Add(new MailWarning(MailWarningCode.HtmlNotSanitised, $"The HTML body has {html.Length} characters, over {limits.MaxHtmlChars}: only its text is kept."));
            return null;
        }

        var depth = HtmlShape.MaxDepth(html);
        if (depth > limits.MaxHtmlDepth)
        {
            warnings.Add(new MailWarning(MailWarningCode.HtmlNotSanitised, $"The HTML body nests {depth} elements deep, over {limits.MaxHtmlDepth}: only its text is kept."));
            return null;
        }

        return MailHtml.Sanitize(html);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
