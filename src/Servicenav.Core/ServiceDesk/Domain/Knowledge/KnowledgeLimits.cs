namespace Servicenav.ServiceDesk.Domain.Knowledge;

/// <summary>How long an article's texts may be (the editor, the API and the database keep to these).</summary>
public static class KnowledgeLimits
{
    public const int TitleLength = 200;

    public const int SummaryLength = 1_000;

    public const int BodyLength = 100_000;

    public const int CommentLength = 2_000;

    public const int ServiceCodeLength = 60;

    public const int MaxServices = 20;

    /// <summary>How many articles the portal form and the case page suggest.</summary>
    public const int Suggestions = 5;
}
