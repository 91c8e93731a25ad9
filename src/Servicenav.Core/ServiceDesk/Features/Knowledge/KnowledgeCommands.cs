using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Knowledge;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Knowledge;

/// <summary>Loading an article with its versions for a change by an editor, and saving it without overwriting another editor's.</summary>
internal static class KnowledgeCommands
{
    public static async Task<Result<Unit>> ChangeAsync(ServicenavDb db, Guid articleId, Action<KnowledgeArticle, KnowledgeAuthor> change,
        CancellationToken cancellationToken)
    {
        if (!KnowledgeReader.For(db.User).CanManage)
        {
            return Result.Forbidden();
        }

        var article = await db.KnowledgeArticles.Include(a => a.Versions).Include(a => a.Services)
            .AsSplitQuery().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return Result.NotFound();
        }

        change(article, await KnowledgeReads.AuthorAsync(db, cancellationToken));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(new ArticleChangedMeanwhileRule());
        }

        return Result.Ok();
    }
}
