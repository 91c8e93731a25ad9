using System.Collections.Frozen;
using System.Text;
using MimeKit.Text;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>
/// The readable text of an HTML body, for mail that has no text/plain part. MimeKit's streaming tokenizer keeps this
/// linear however hostile the markup: no tree is built, so nesting depth costs nothing.
/// </summary>
internal static class HtmlText
{
    // Their content is never shown.
    private static readonly FrozenSet<HtmlTagId> Hidden = new[]
    {
        HtmlTagId.Script, HtmlTagId.Style, HtmlTagId.Title, HtmlTagId.Head, HtmlTagId.Object, HtmlTagId.Applet,
    }.ToFrozenSet();

    private static readonly FrozenSet<HtmlTagId> Blocks = new[]
    {
        HtmlTagId.P, HtmlTagId.Div, HtmlTagId.Table, HtmlTagId.TR, HtmlTagId.UL, HtmlTagId.OL, HtmlTagId.BlockQuote,
        HtmlTagId.Pre, HtmlTagId.H1, HtmlTagId.H2, HtmlTagId.H3, HtmlTagId.H4, HtmlTagId.H5, HtmlTagId.H6, HtmlTagId.HR,
        HtmlTagId.Address, HtmlTagId.Article, HtmlTagId.Section, HtmlTagId.Header, HtmlTagId.Footer, HtmlTagId.Main,
        HtmlTagId.Nav, HtmlTagId.Aside, HtmlTagId.DL, HtmlTagId.DT, HtmlTagId.DD, HtmlTagId.Center, HtmlTagId.Figure,
        HtmlTagId.FigCaption, HtmlTagId.Caption, HtmlTagId.Details, HtmlTagId.Summary, HtmlTagId.Body,
    }.ToFrozenSet();

    public static string From(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        HtmlTagId? hidden = null;
        var inPre = false;
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader) { DecodeCharacterReferences = true };
        while (tokenizer.ReadNextToken(out var token))
        {
            if (token is HtmlTagToken tag)
            {
                if (hidden is not null)
                {
                    // </head> may be missing: <body> ends the head anyway.
                    if ((tag.IsEndTag && tag.Id == hidden) || (hidden == HtmlTagId.Head && tag.Id == HtmlTagId.Body))
                    {
                        hidden = null;
                    }

                    continue;
                }

                if (Hidden.Contains(tag.Id) && !tag.IsEndTag && !tag.IsEmptyElement)
                {
                    hidden = tag.Id;
                    continue;
                }

                inPre = tag.Id == HtmlTagId.Pre ? !tag.IsEndTag : inPre;
                AppendBreak(text, tag);
            }
            else if (hidden is null && token.Kind == HtmlTokenKind.Data && token is HtmlDataToken data)
            {
                AppendData(text, data.Data, inPre);
            }
        }

        return Tidy(text.ToString());
    }

    private static void AppendBreak(StringBuilder text, HtmlTagToken tag)
    {
        if (tag.Id == HtmlTagId.Br)
        {
            text.Append('\n');
        }
        else if (tag.Id == HtmlTagId.LI && !tag.IsEndTag)
        {
            text.Append("\n- ");
        }
        else if (tag.Id is HtmlTagId.TD or HtmlTagId.TH && !tag.IsEndTag)
        {
            text.Append(' ');
        }
        else if (Blocks.Contains(tag.Id))
        {
            text.Append('\n');
        }
    }

    private static void AppendData(StringBuilder text, string data, bool inPre)
    {
        if (inPre)
        {
            text.Append(data.Replace('\u00A0', ' '));
            return;
        }

        // HTML collapses white space; a non-breaking space stays one space.
        var space = text.Length > 0 && char.IsWhiteSpace(text[^1]);
        foreach (var c in data)
        {
            if (c == '\u00A0')
            {
                text.Append(' ');
                space = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    text.Append(' ');
                    space = true;
                }
            }
            else
            {
                text.Append(c);
                space = false;
            }
        }
    }

    private static string Tidy(string text)
    {
        var lines = PlainText.LineEnds(text).Split('\n').Select(line => line.Trim());
        var result = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var line in lines)
        {
            blank = line.Length == 0 ? blank + 1 : 0;
            if (blank < 2)
            {
                result.Append(line).Append('\n');
            }
        }

        return result.ToString().Trim();
    }
}
