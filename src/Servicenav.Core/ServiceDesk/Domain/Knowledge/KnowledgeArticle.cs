using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Knowledge;

/// <summary>
/// A knowledge article (manual, lathund): Markdown written for one or more catalogue services, or general. Every
/// version is kept: an article is written as a draft, published, and an edit of a published article becomes a new
/// draft version while readers keep the published one; publishing it supersedes the earlier version, which stays
/// readable in the history. The article itself carries the content readers see (the published version, or the
/// draft before the first publish), which is what the full-text index covers.
/// </summary>
public sealed class KnowledgeArticle : Entity
{
    private readonly List<KnowledgeArticleVersion> _versions = [];
    private readonly List<KnowledgeArticleService> _services = [];

    private KnowledgeArticle()
    {
    }

    private KnowledgeArticle(KnowledgeContent content, KnowledgeAuthor author, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        Status = KnowledgeArticleStatus.Draft;
        CreatedByName = author.Name;
        CreatedByUserId = author.UserId;
        CreatedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
        LatestVersion = 1;
        DraftVersion = 1;
        _versions.Add(new KnowledgeArticleVersion(Id, 1, content, author, nowUtc));
        Show(content);
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    /// <summary>Markdown; rendered to safe HTML by <see cref="KnowledgeMarkdown"/>.</summary>
    public string Body { get; private set; } = "";

    public KnowledgeAudience Audience { get; private set; }

    public KnowledgeArticleStatus Status { get; private set; }

    /// <summary>The version readers see; null until the first publish.</summary>
    public int? PublishedVersion { get; private set; }

    /// <summary>The version being written, if any (beside the published one, or before the first publish).</summary>
    public int? DraftVersion { get; private set; }

    public int LatestVersion { get; private set; }

    public string CreatedByName { get; private set; } = "";

    public Guid? CreatedByUserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public DateTime? RetiredAtUtc { get; private set; }

    /// <summary>Bumped by every change: two editors saving at once cannot overwrite each other.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<KnowledgeArticleVersion> Versions => _versions;

    /// <summary>The catalogue services of the content shown (none: a general article).</summary>
    public IReadOnlyList<KnowledgeArticleService> Services => _services;

    public static KnowledgeArticle Write(KnowledgeContent content, KnowledgeAuthor author, DateTime nowUtc)
    {
        var normalised = content.Normalised();
        CheckRule(new ArticleTitleMustNotBeEmptyRule(normalised.Title));
        return new KnowledgeArticle(normalised, author, nowUtc);
    }

    /// <summary>
    /// Changes the draft, or starts a new draft version when the latest version is published (or retired), so
    /// readers keep what was published until the draft is. Needs the versions loaded.
    /// </summary>
    public void Edit(KnowledgeContent content, KnowledgeAuthor author, DateTime nowUtc)
    {
        var normalised = content.Normalised();
        CheckRule(new ArticleTitleMustNotBeEmptyRule(normalised.Title));
        if (DraftVersion is { } draft)
        {
            VersionNumbered(draft).Update(normalised, author, nowUtc);
        }
        else
        {
            LatestVersion++;
            DraftVersion = LatestVersion;
            _versions.Add(new KnowledgeArticleVersion(Id, LatestVersion, normalised, author, nowUtc));
        }

        if (Status == KnowledgeArticleStatus.Draft)
        {
            Show(normalised);
        }

        Touch(nowUtc);
    }

    /// <summary>Makes the draft the version readers see; the one they saw before stays readable as superseded.</summary>
    public void Publish(KnowledgeAuthor author, DateTime nowUtc)
    {
        CheckRule(new ArticleNeedsDraftToPublishRule(DraftVersion));
        if (PublishedVersion is { } previous)
        {
            VersionNumbered(previous).Supersede();
        }

        var draft = VersionNumbered(DraftVersion!.Value);
        draft.Publish(author, nowUtc);
        PublishedVersion = draft.Number;
        DraftVersion = null;
        Status = KnowledgeArticleStatus.Published;
        PublishedAtUtc = nowUtc;
        RetiredAtUtc = null;
        Show(draft.Content);
        Touch(nowUtc);
    }

    /// <summary>Takes a published article out of reading, search and suggestions; it can be edited and published again.</summary>
    public void Retire(DateTime nowUtc)
    {
        CheckRule(new OnlyPublishedArticleCanBeRetiredRule(Status));
        Status = KnowledgeArticleStatus.Retired;
        RetiredAtUtc = nowUtc;
        Touch(nowUtc);
    }

    private KnowledgeArticleVersion VersionNumbered(int number) =>
        _versions.SingleOrDefault(v => v.Number == number)
        ?? throw new InvalidOperationException($"Version {number} of article {Id} is not loaded.");

    private void Show(KnowledgeContent content)
    {
        Title = content.Title;
        Summary = content.Summary;
        Body = content.Body;
        Audience = content.Audience;
        _services.RemoveAll(s => !content.ServiceCodes.Contains(s.ServiceCode));
        foreach (var code in content.ServiceCodes.Where(code => _services.All(s => s.ServiceCode != code)))
        {
            _services.Add(new KnowledgeArticleService(Id, code));
        }
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        Version++;
    }
}

/// <summary>An article belongs to a catalogue service (by code): listed on it and suggested for cases about it.</summary>
public sealed class KnowledgeArticleService
{
    private KnowledgeArticleService()
    {
    }

    internal KnowledgeArticleService(Guid articleId, string serviceCode)
    {
        ArticleId = articleId;
        ServiceCode = serviceCode;
    }

    public Guid ArticleId { get; private set; }

    public string ServiceCode { get; private set; } = "";
}
