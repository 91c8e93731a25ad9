using MimeKit;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>
/// Mail no program should answer by itself: auto-replies and out-of-office notes (RFC 3834 Auto-Submitted and the
/// older X-Autoreply/Precedence), bounces and receipts (multipart/report, null return path) and list mail.
/// Answering those automatically is how two mail systems end up in a loop.
/// </summary>
internal static class AutomaticMail
{
    public static bool IsAutomatic(MimeMessage message)
    {
        var headers = message.Headers;
        var autoSubmitted = headers[HeaderId.AutoSubmitted]?.Trim();
        if (!string.IsNullOrEmpty(autoSubmitted) && !autoSubmitted.StartsWith("no", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var precedence = headers[HeaderId.Precedence]?.Trim();
        return headers.Contains("X-Autoreply")
            || headers.Contains("X-Autorespond")
            || headers.Contains(HeaderId.ListId)
            || precedence is not null && (precedence.Equals("bulk", StringComparison.OrdinalIgnoreCase)
                || precedence.Equals("junk", StringComparison.OrdinalIgnoreCase)
                || precedence.Equals("list", StringComparison.OrdinalIgnoreCase)
                || precedence.Equals("auto_reply", StringComparison.OrdinalIgnoreCase))
            || message.Body is MultipartReport
            || string.Equals(headers[HeaderId.ReturnPath]?.Trim(), "<>", StringComparison.Ordinal);
    }
}
