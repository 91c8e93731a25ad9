using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Servicenav.ServiceDesk.Domain.Knowledge;

/// <summary>
/// Turns an article's Markdown into HTML that is safe to put on a page: raw HTML is shown as text (never run), a
/// link may only go to http(s), mailto, tel or a relative address and an image only to http(s) or a relative one
/// (no <c>javascript:</c>, no <c>data:</c>), and headings start at level 2 under the page's own h1.
/// </summary>
public static partial class KnowledgeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .Build();

    private static readonly string[] LinkSchemes = ["http", "https", "mailto", "tel"];
    private static readonly string[] ImageSchemes = ["http", "https"];

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url, link.IsImage ? ImageSchemes : LinkSchemes))
            {
                link.Url = "";
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsSafe(link.Url, LinkSchemes))
            {
                link.Url = "";
            }
        }

        var headings = document.Descendants<HeadingBlock>().ToList();
        if (headings.Count > 0)
        {
            var shift = 2 - headings.Min(h => h.Level);
            foreach (var heading in headings)
            {
                heading.Level = Math.Clamp(heading.Level + shift, 2, 6);
            }
        }

        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>No scheme (a relative address or an anchor) or one of the allowed; control characters and spaces cannot hide a scheme.</summary>
    private static bool IsSafe(string? url, string[] schemes)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var match = Scheme().Match(compact);
        return !match.Success || schemes.Contains(match.Groups[1].Value.ToLowerInvariant(), StringComparer.Ordinal);
    }

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();
}
