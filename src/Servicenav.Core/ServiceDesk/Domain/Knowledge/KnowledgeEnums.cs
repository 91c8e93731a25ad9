namespace Servicenav.ServiceDesk.Domain.Knowledge;

/// <summary>Who may read an article: everyone signed in (the portal), or the agents who work cases.</summary>
public enum KnowledgeAudience
{
    Everyone,
    AgentsOnly,
}

/// <summary>
/// Where an article stands. A draft has never been published; a published article is read, searched and suggested
/// (an edit waits as a new draft version beside it); a retired one is kept but shown to nobody but its editors.
/// </summary>
public enum KnowledgeArticleStatus
{
    Draft,
    Published,
    Retired,
}

/// <summary>One version's place in the article's history: being written, the one readers see, or an earlier one.</summary>
public enum KnowledgeVersionState
{
    Draft,
    Published,
    Superseded,
}
