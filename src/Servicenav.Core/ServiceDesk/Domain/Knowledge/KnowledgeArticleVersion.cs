namespace Servicenav.ServiceDesk.Domain.Knowledge;

/// <summary>
/// One version of an article, kept for ever: what was written, by whom, and whether readers see it now (published),
/// saw it before (superseded) or will when it is published (draft). Only a draft changes.
/// </summary>
public sealed class KnowledgeArticleVersion
{
    private const char ServiceSeparator = ',';

    private KnowledgeArticleVersion()
    {
    }

    internal KnowledgeArticleVersion(Guid articleId, int number, KnowledgeContent content, KnowledgeAuthor author, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        ArticleId = articleId;
        Number = number;
        State = KnowledgeVersionState.Draft;
        CreatedAtUtc = nowUtc;
        Update(content, author, nowUtc);
    }

    public Guid Id { get; private set; }

    public Guid ArticleId { get; private set; }

    public int Number { get; private set; }

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string Body { get; private set; } = "";

    public KnowledgeAudience Audience { get; private set; }

    /// <summary>The version's service codes, comma-separated (the article's own list is a table; a version is only read whole).</summary>
    public string ServiceCodes { get; private set; } = "";

    public KnowledgeVersionState State { get; private set; }

    public string AuthorName { get; private set; } = "";

    public Guid? AuthorUserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public string? PublishedByName { get; private set; }

    public KnowledgeContent Content => new(Title, Summary, Body, Audience, ServiceCodeList(ServiceCodes));

    public static IReadOnlyList<string> ServiceCodeList(string codes) =>
        codes.Split(ServiceSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal void Update(KnowledgeContent content, KnowledgeAuthor author, DateTime nowUtc)
    {
        if (State != KnowledgeVersionState.Draft)
        {
            throw new InvalidOperationException("Only a draft version changes.");
        }

        Title = content.Title;
        Summary = content.Summary;
        Body = content.Body;
        Audience = content.Audience;
        ServiceCodes = string.Join(ServiceSeparator, content.ServiceCodes);
        AuthorName = author.Name;
        AuthorUserId = author.UserId;
        UpdatedAtUtc = nowUtc;
    }

    internal void Publish(KnowledgeAuthor author, DateTime nowUtc)
    {
        State = KnowledgeVersionState.Published;
        PublishedAtUtc = nowUtc;
        PublishedByName = author.Name;
    }

    internal void Supersede() => State = KnowledgeVersionState.Superseded;
}
