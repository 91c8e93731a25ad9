using Servicenav.ServiceDesk.Domain.Knowledge;
using Servicenav.ServiceDesk.Features.Knowledge;

namespace Servicenav.Web.Api;

/// <summary>
/// The knowledge base (kunskapsbank): articles per service in Markdown, versioned; Swedish full-text search over
/// articles (and cases, for agents); suggestions while a case is written; "did this solve it?". An article outside
/// the reader's audience, a draft or a retired one is 404 to readers.
/// </summary>
public static class KnowledgeEndpoints
{
    public static void MapKnowledgeEndpoints(this IEndpointRouteBuilder app)
    {
        var knowledge = app.MapGroup("/api/knowledge").WithTags("Kunskapsbank");
        knowledge.MapGet("/", (string? service, KnowledgeArticleStatus? status, HttpContext http) =>
                http.RunHttp(new ListKnowledgeArticles(service, status)))
            .WithSummary("Artiklar efter rubrik, valfritt för en tjänst. Läsare får publicerade artiklar för sin målgrupp; redaktörer alla, eller de i ett visst läge.");
        knowledge.MapGet("/search", (string q, string? service, HttpContext http) => http.RunHttp(new SearchKnowledge(q, service)))
            .WithSummary("Fritextsökning på svenska (alla ord, även början av ord): publicerade artiklar, och för handläggare även ärenden de får se. Bästa träff först.");
        knowledge.MapGet("/suggest", (string? text, string? service, HttpContext http) => http.RunHttp(new SuggestKnowledgeArticles(text, service)))
            .WithSummary("Upp till fem artiklar som kan besvara en text som skrivs (ärendets rubrik); något ord räcker, den valda tjänstens artiklar först.");
        knowledge.MapGet("/{id:guid}", (Guid id, int? version, HttpContext http) => http.RunHttp(new GetKnowledgeArticle(id, version)))
            .WithSummary("En artikel med texten som säker HTML, versionshistorik och svar på om den löste problemet. Äldre versioner med ?version=.");
        knowledge.MapPost("/", (CreateKnowledgeArticle body, HttpContext http) =>
                http.RunHttp(body, id => Results.Created($"/api/knowledge/{id}", new { id })))
            .WithSummary("Skriv en ny artikel (Markdown) som utkast: rubrik, sammanfattning, text, målgrupp och tjänster.");
        knowledge.MapPut("/{id:guid}", (Guid id, ArticleBody body, HttpContext http) => http.RunHttp(new EditKnowledgeArticle
            {
                Id = id, Title = body.Title, Summary = body.Summary ?? "", Body = body.Body, Audience = body.Audience,
                ServiceCodes = body.ServiceCodes ?? [],
            }))
            .WithSummary("Ändra artikelns utkast. En publicerad artikel får ett nytt utkast; läsarna ser den publicerade tills utkastet publiceras.");
        knowledge.MapPost("/{id:guid}/publish", (Guid id, HttpContext http) => http.RunHttp(new PublishKnowledgeArticle(id)))
            .WithSummary("Publicera utkastet. Den tidigare versionen finns kvar i historiken.");
        knowledge.MapPost("/{id:guid}/retire", (Guid id, HttpContext http) => http.RunHttp(new RetireKnowledgeArticle(id)))
            .WithSummary("Dra tillbaka en publicerad artikel från läsning, sökning och förslag.");
        knowledge.MapPost("/{id:guid}/feedback", (Guid id, FeedbackBody body, HttpContext http) =>
                http.RunHttp(new GiveKnowledgeFeedback(id, body.Solved, body.Comment)))
            .WithSummary("Löste artikeln problemet? Ja eller nej med valfri kommentar, en gång per person och version. Svarar med antalen.");
    }

    public sealed record ArticleBody(string Title, string? Summary, string Body, KnowledgeAudience Audience = KnowledgeAudience.Everyone,
        IReadOnlyList<string>? ServiceCodes = null);

    public sealed record FeedbackBody(bool Solved, string? Comment = null);
}
