using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Knowledge;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Knowledge;

/// <summary>
/// "Did this solve it?": the reader answers yes or no for the article's published version, with an optional
/// comment for its editors. Once per person and version; answers the counts as they now stand.
/// </summary>
public sealed record GiveKnowledgeFeedback(Guid ArticleId, bool Solved, string? Comment = null) : IRequest<Result<KnowledgeFeedbackSummary>>;

public sealed class GiveKnowledgeFeedbackValidator : AbstractValidator<GiveKnowledgeFeedback>
{
    public GiveKnowledgeFeedbackValidator()
    {
        RuleFor(r => r.Comment).MaximumLength(KnowledgeLimits.CommentLength)
            .WithMessage(string.Format(SwedishCulture.Culture, KnowledgeMessages.CommentTooLong, KnowledgeLimits.CommentLength));
    }
}

internal sealed class GiveKnowledgeFeedbackHandler(ServicenavDb db, TimeProvider clock) : IHandler<GiveKnowledgeFeedback, Result<KnowledgeFeedbackSummary>>
{
    public async Task<Result<KnowledgeFeedbackSummary>> Handle(GiveKnowledgeFeedback request, CancellationToken cancellationToken)
    {
        var reader = KnowledgeReader.For(db.User);
        if (!reader.CanRead || reader.UserId is not { } me)
        {
            return Result<KnowledgeFeedbackSummary>.Forbidden();
        }

        var article = await reader.Visible(db.KnowledgeArticles.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == request.ArticleId, cancellationToken);
        if (article is null)
        {
            return Result<KnowledgeFeedbackSummary>.NotFound();
        }

        var version = article.PublishedVersion;
        var given = version is not null
            && await db.KnowledgeFeedback.AnyAsync(f => f.ArticleId == article.Id && f.VersionNumber == version && f.UserId == me, cancellationToken);
        var author = await KnowledgeReads.AuthorAsync(db, cancellationToken);
        db.KnowledgeFeedback.Add(KnowledgeFeedback.Give(article, me, author.Name, request.Solved, request.Comment, given, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same person answering twice at once: the unique index keeps it to one.
            throw new BusinessRuleException(new FeedbackOncePerVersionRule(alreadyGiven: true));
        }

        var counts = await db.KnowledgeFeedback.AsNoTracking().Where(f => f.ArticleId == article.Id)
            .GroupBy(f => new { Current = f.VersionNumber == version, f.Solved })
            .Select(g => new { g.Key.Current, g.Key.Solved, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new KnowledgeFeedbackSummary(
            counts.Where(c => c.Current && c.Solved).Sum(c => c.Count), counts.Where(c => c.Current && !c.Solved).Sum(c => c.Count),
            counts.Where(c => c.Solved).Sum(c => c.Count), counts.Where(c => !c.Solved).Sum(c => c.Count), request.Solved);
    }
}
