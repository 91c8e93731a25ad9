using Ganss.Xss;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>
/// Makes an inbound HTML body safe to show: HtmlSanitizer's allow-list drops scripts, event handlers, iframes, objects,
/// style expressions and URLs in schemes other than http(s); forms and their controls go too (phishing in a trusted
/// page). <c>cid:</c> (inline images), <c>mailto:</c> and <c>tel:</c> links stay. Remote images stay as well: blocking
/// them until the reader asks is for the page that shows the mail. Only the body is kept, not head styles.
/// </summary>
internal static class MailHtml
{
    // Configured once, then only Sanitize is called: HtmlSanitizer documents that as safe from many threads.
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html).Trim();

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in new[] { "form", "input", "button", "select", "option", "optgroup", "textarea", "keygen", "datalist", "output" })
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        foreach (var scheme in new[] { "cid", "mailto", "tel" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        return sanitizer;
    }
}
