using MudBlazor;
using Servicenav.ServiceDesk.Domain.Knowledge;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Components.Pages.ServiceDesk.Knowledge;

/// <summary>How the knowledge base reads on screen: states and audiences in Swedish (always the word, never colour alone).</summary>
public static class KnowledgeFormat
{
    /// <summary>
    /// Rendered article text. The HTML comes from <see cref="KnowledgeMarkdown"/>, which escapes raw HTML and drops
    /// unsafe link schemes, so it may be written to the page as markup.
    /// </summary>
    public static Microsoft.AspNetCore.Components.MarkupString Html(string html) => new(html);

    public static string Status(KnowledgeArticleStatus status) => status switch
    {
        KnowledgeArticleStatus.Draft => KnowledgeText.Status_Draft,
        KnowledgeArticleStatus.Published => KnowledgeText.Status_Published,
        _ => KnowledgeText.Status_Retired,
    };

    public static Color StatusColor(KnowledgeArticleStatus status) => status switch
    {
        KnowledgeArticleStatus.Draft => Color.Info,
        KnowledgeArticleStatus.Published => Color.Success,
        _ => Color.Default,
    };

    public static string State(KnowledgeVersionState state) => state switch
    {
        KnowledgeVersionState.Draft => KnowledgeText.Version_Draft,
        KnowledgeVersionState.Published => KnowledgeText.Version_Published,
        _ => KnowledgeText.Version_Superseded,
    };

    public static string Audience(KnowledgeAudience audience) =>
        audience == KnowledgeAudience.AgentsOnly ? KnowledgeText.Audience_AgentsOnly : KnowledgeText.Audience_Everyone;

    public static string Time(DateTime utc) => SwedishCulture.DateTimeText(utc);

    public static string Fmt(string format, params object?[] args) => string.Format(SwedishCulture.Culture, format, args);

    public static string Href(Guid id, int? version = null) => version is { } v ? $"/kunskap/{id}?version={v}" : $"/kunskap/{id}";
}
