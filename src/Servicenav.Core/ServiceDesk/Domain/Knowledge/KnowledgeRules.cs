using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Knowledge;

public sealed class ArticleNeedsDraftToPublishRule(int? draftVersion) : IBusinessRule
{
    public bool IsBroken() => draftVersion is null;

    public string Message => KnowledgeMessages.NothingToPublish;
}

public sealed class OnlyPublishedArticleCanBeRetiredRule(KnowledgeArticleStatus status) : IBusinessRule
{
    public bool IsBroken() => status != KnowledgeArticleStatus.Published;

    public string Message => status == KnowledgeArticleStatus.Retired ? KnowledgeMessages.AlreadyRetired : KnowledgeMessages.RetireOnlyPublished;
}

public sealed class FeedbackOnlyOnPublishedArticleRule(KnowledgeArticleStatus status) : IBusinessRule
{
    public bool IsBroken() => status != KnowledgeArticleStatus.Published;

    public string Message => KnowledgeMessages.FeedbackOnlyPublished;
}

/// <summary>One answer per person and version: a new version may be judged again, the same one not twice.</summary>
public sealed class FeedbackOncePerVersionRule(bool alreadyGiven) : IBusinessRule
{
    public bool IsBroken() => alreadyGiven;

    public string Message => KnowledgeMessages.FeedbackAlreadyGiven;
}

public sealed class ArticleTitleMustNotBeEmptyRule(string? title) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(title);

    public string Message => KnowledgeMessages.TitleRequired;
}

public sealed class ArticleChangedMeanwhileRule : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => KnowledgeMessages.ChangedMeanwhile;
}
