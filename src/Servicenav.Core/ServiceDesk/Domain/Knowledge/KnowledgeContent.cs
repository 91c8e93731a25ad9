namespace Servicenav.ServiceDesk.Domain.Knowledge;

/// <summary>What an author writes: one version's title, summary, Markdown body, audience and catalogue services.</summary>
public sealed record KnowledgeContent(string Title, string Summary, string Body, KnowledgeAudience Audience, IReadOnlyList<string> ServiceCodes)
{
    /// <summary>Trimmed texts and distinct, ordered service codes, so a version stores the same thing however it was typed.</summary>
    public KnowledgeContent Normalised() => this with
    {
        Title = Title.Trim(),
        Summary = Summary.Trim(),
        Body = Body.Trim(),
        ServiceCodes = ServiceCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList(),
    };
}

/// <summary>Who writes, publishes or retires an article.</summary>
public sealed record KnowledgeAuthor(string Name, Guid? UserId);
