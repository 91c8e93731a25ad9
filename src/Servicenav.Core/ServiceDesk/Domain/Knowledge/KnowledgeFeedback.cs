namespace Servicenav.ServiceDesk.Domain.Knowledge;

/// <summary>
/// "Did this solve it?": one reader's yes or no, with an optional comment, on one published version of an article.
/// At most one per person and version (a new version may be judged again).
/// </summary>
public sealed class KnowledgeFeedback : SharedKernel.Entity
{
    private KnowledgeFeedback()
    {
    }

    private KnowledgeFeedback(KnowledgeArticle article, Guid userId, string userName, bool solved, string? comment, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        ArticleId = article.Id;
        VersionNumber = article.PublishedVersion!.Value;
        UserId = userId;
        UserName = userName;
        Solved = solved;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        AtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid ArticleId { get; private set; }

    public int VersionNumber { get; private set; }

    public Guid UserId { get; private set; }

    public string UserName { get; private set; } = "";

    /// <summary>True: "Ja, det löste mitt problem".</summary>
    public bool Solved { get; private set; }

    public string? Comment { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <param name="alreadyGiven">Whether this person has answered for the article's published version already.</param>
    public static KnowledgeFeedback Give(KnowledgeArticle article, Guid userId, string userName, bool solved, string? comment, bool alreadyGiven,
        DateTime nowUtc)
    {
        CheckRule(new FeedbackOnlyOnPublishedArticleRule(article.Status));
        CheckRule(new FeedbackOncePerVersionRule(alreadyGiven));
        return new KnowledgeFeedback(article, userId, userName, solved, comment, nowUtc);
    }
}
