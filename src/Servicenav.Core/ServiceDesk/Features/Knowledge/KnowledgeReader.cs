using Servicenav.Access;
using Servicenav.ServiceDesk.Domain.Knowledge;

namespace Servicenav.ServiceDesk.Features.Knowledge;

/// <summary>
/// Who reads the knowledge base, decided once per request: every signed-in user reads published articles for
/// everyone; agents (people who work cases) and editors also the agents-only ones; editors (service owners,
/// agents, administrators) see drafts and retired articles too. An article outside a person's reach is "not
/// found", never "forbidden".
/// </summary>
internal sealed record KnowledgeReader(Guid? UserId, bool CanRead, bool CanManage, bool SeesAgentsOnly)
{
    public static KnowledgeReader For(UserContext user)
    {
        var staff = user.IsSystem || !user.IsCustomerScoped;
        var manage = staff && user.Has(Permission.KnowledgeManage);
        return new KnowledgeReader(user.UserId, user.Has(Permission.KnowledgeRead), manage,
            manage || (staff && user.Has(Permission.CasesWork)));
    }

    /// <summary>The published articles this person may read.</summary>
    public IQueryable<KnowledgeArticle> Readable(IQueryable<KnowledgeArticle> articles) => SeesAgentsOnly
        ? articles.Where(a => a.Status == KnowledgeArticleStatus.Published)
        : articles.Where(a => a.Status == KnowledgeArticleStatus.Published && a.Audience == KnowledgeAudience.Everyone);

    /// <summary>Editors see every article in any state; readers the published ones of their audience.</summary>
    public IQueryable<KnowledgeArticle> Visible(IQueryable<KnowledgeArticle> articles) => CanManage ? articles : Readable(articles);

    /// <summary>May this person read this version? Editors any; readers a published or earlier version of their audience.</summary>
    public bool MayRead(KnowledgeArticleVersion version) =>
        CanManage || (version.State != KnowledgeVersionState.Draft && (SeesAgentsOnly || version.Audience == KnowledgeAudience.Everyone));
}
