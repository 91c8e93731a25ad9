using Servicenav.Access;
using Servicenav.ServiceDesk.Domain.Knowledge;
using Servicenav.ServiceDesk.Features.Knowledge;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Knowledge;

/// <summary>Writing and publishing articles in a <see cref="ServiceDeskWorld"/> through the use cases, as an editor does.</summary>
internal static class KnowledgeArticles
{
    public static async Task<Guid> Write(this ServiceDeskWorld w, string title, string body, KnowledgeAudience audience = KnowledgeAudience.Everyone,
        string[]? services = null, bool publish = true, UserContext? editor = null)
    {
        var id = (await w.Send(new CreateKnowledgeArticle
        {
            Title = title, Summary = "Sammanfattning av " + title, Body = body, Audience = audience, ServiceCodes = services ?? [],
        }, editor ?? w.ItAgent)).ShouldBeOk();
        if (publish)
        {
            (await w.Send(new PublishKnowledgeArticle(id), editor ?? w.ItAgent)).ShouldBeOk();
        }

        return id;
    }

    public static Task<SharedKernel.Result<SharedKernel.Unit>> Edit(this ServiceDeskWorld w, Guid id, string title, string body,
        KnowledgeAudience audience = KnowledgeAudience.Everyone, string[]? services = null) =>
        w.Send(new EditKnowledgeArticle
        {
            Id = id, Title = title, Summary = "Sammanfattning av " + title, Body = body, Audience = audience, ServiceCodes = services ?? [],
        }, w.ItAgent);

    public static async Task<IReadOnlyList<string>> SearchTitles(this ServiceDeskWorld w, string query, UserContext user) =>
        (await w.Send(new SearchKnowledge(query), user)).ShouldBeOk().Articles.Select(a => a.Title).ToList();

    public static async Task<IReadOnlyList<string>> SuggestedTitles(this ServiceDeskWorld w, string text, UserContext user, string? service = null) =>
        (await w.Send(new SuggestKnowledgeArticles(text, service), user)).ShouldBeOk().Select(a => a.Title).ToList();
}
