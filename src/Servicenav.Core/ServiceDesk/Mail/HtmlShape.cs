using System.Collections.Frozen;
using MimeKit.Text;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>How deep an HTML body nests, estimated in one linear pass before the sanitiser builds a tree from it.</summary>
internal static class HtmlShape
{
    // Closed by the parser on their own or never holding content: they do not deepen the tree.
    private static readonly FrozenSet<HtmlTagId> Flat = new[]
    {
        HtmlTagId.P, HtmlTagId.LI, HtmlTagId.TD, HtmlTagId.TH, HtmlTagId.TR, HtmlTagId.Option, HtmlTagId.DT, HtmlTagId.DD,
        HtmlTagId.Br, HtmlTagId.Image, HtmlTagId.HR, HtmlTagId.Meta, HtmlTagId.Link, HtmlTagId.Input, HtmlTagId.Col,
        HtmlTagId.Area, HtmlTagId.Base, HtmlTagId.Wbr, HtmlTagId.Source, HtmlTagId.Param, HtmlTagId.Track, HtmlTagId.Embed,
        HtmlTagId.Keygen, HtmlTagId.BaseFont, HtmlTagId.BGSound,
    }.ToFrozenSet();

    public static int MaxDepth(string html)
    {
        var depth = 0;
        var max = 0;
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader);
        while (tokenizer.ReadNextToken(out var token))
        {
            if (token is not HtmlTagToken tag || tag.IsEmptyElement || Flat.Contains(tag.Id))
            {
                continue;
            }

            depth = tag.IsEndTag ? Math.Max(0, depth - 1) : depth + 1;
            max = Math.Max(max, depth);
        }

        return max;
    }
}
