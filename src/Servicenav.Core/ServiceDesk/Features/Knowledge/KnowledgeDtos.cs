using Servicenav.ServiceDesk.Domain.Knowledge;
using Servicenav.ServiceDesk.Features;

namespace Servicenav.ServiceDesk.Features.Knowledge;

/// <summary>A catalogue service an article belongs to, with its name in the current decided catalogue.</summary>
public sealed record KnowledgeServiceRef(string Code, string Name);

/// <summary>An article in a list, a search result or a suggestion.</summary>
public sealed record KnowledgeArticleRow(
    Guid Id,
    string Title,
    string Summary,
    KnowledgeArticleStatus Status,
    KnowledgeAudience Audience,
    IReadOnlyList<KnowledgeServiceRef> Services,
    bool HasDraft,
    DateTime UpdatedAtUtc);

/// <summary>One version as shown: its texts, the body rendered to safe HTML, and who wrote and published it.</summary>
public sealed record KnowledgeVersionView(
    int Number,
    KnowledgeVersionState State,
    string Title,
    string Summary,
    string Body,
    string Html,
    KnowledgeAudience Audience,
    IReadOnlyList<KnowledgeServiceRef> Services,
    string AuthorName,
    DateTime UpdatedAtUtc,
    DateTime? PublishedAtUtc,
    string? PublishedByName);

/// <summary>A line of the version history, with the answers that version got.</summary>
public sealed record KnowledgeVersionRow(
    int Number,
    KnowledgeVersionState State,
    string Title,
    string AuthorName,
    DateTime UpdatedAtUtc,
    DateTime? PublishedAtUtc,
    string? PublishedByName,
    int Solved,
    int NotSolved);

/// <summary>"Did this solve it?" for the published version and over all versions, and this reader's own answer to it.</summary>
public sealed record KnowledgeFeedbackSummary(int Solved, int NotSolved, int TotalSolved, int TotalNotSolved, bool? MyAnswer);

/// <summary>A reader's comment, for the article's editors.</summary>
public sealed record KnowledgeFeedbackComment(int VersionNumber, bool Solved, string Comment, string UserName, DateTime AtUtc);

/// <summary>What the reader may do with the article now, so pages show only the buttons that work.</summary>
public sealed record KnowledgeArticleAbilities(bool CanEdit, bool CanPublish, bool CanRetire, bool CanGiveFeedback);

public sealed record KnowledgeArticleDetails(
    Guid Id,
    KnowledgeArticleStatus Status,
    int? PublishedVersion,
    int? DraftVersion,
    KnowledgeVersionView Shown,
    IReadOnlyList<KnowledgeVersionRow> Versions,
    KnowledgeFeedbackSummary Feedback,
    IReadOnlyList<KnowledgeFeedbackComment> Comments,
    KnowledgeArticleAbilities Abilities);

/// <summary>Articles for everyone by audience; for agents also the cases they may see, both best match first.</summary>
public sealed record KnowledgeSearchResult(IReadOnlyList<KnowledgeArticleRow> Articles, IReadOnlyList<CaseRow>? Cases);
