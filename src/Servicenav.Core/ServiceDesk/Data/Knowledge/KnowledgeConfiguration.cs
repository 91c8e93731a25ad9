using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.ServiceDesk.Domain.Knowledge;

namespace Servicenav.ServiceDesk.Data.Knowledge;

internal sealed class KnowledgeArticleConfiguration : IEntityTypeConfiguration<KnowledgeArticle>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticle> builder)
    {
        builder.ToTable("KnowledgeArticles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Title).HasMaxLength(KnowledgeLimits.TitleLength);
        builder.Property(a => a.Summary).HasMaxLength(KnowledgeLimits.SummaryLength);
        builder.Property(a => a.Body).HasMaxLength(KnowledgeLimits.BodyLength);
        builder.Property(a => a.CreatedByName).HasMaxLength(200);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.Status, a.UpdatedAtUtc });
        builder.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Versions).HasField("_versions");
        builder.HasMany(a => a.Services).WithOne().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Services).HasField("_services");
    }
}

internal sealed class KnowledgeArticleVersionConfiguration : IEntityTypeConfiguration<KnowledgeArticleVersion>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticleVersion> builder)
    {
        builder.ToTable("KnowledgeArticleVersions");
        builder.HasKey(v => v.Id);
        builder.Ignore(v => v.Content);
        builder.Property(v => v.Title).HasMaxLength(KnowledgeLimits.TitleLength);
        builder.Property(v => v.Summary).HasMaxLength(KnowledgeLimits.SummaryLength);
        builder.Property(v => v.Body).HasMaxLength(KnowledgeLimits.BodyLength);
        builder.Property(v => v.ServiceCodes).HasMaxLength((KnowledgeLimits.ServiceCodeLength + 1) * KnowledgeLimits.MaxServices);
        builder.Property(v => v.AuthorName).HasMaxLength(200);
        builder.Property(v => v.PublishedByName).HasMaxLength(200);
        builder.HasIndex(v => new { v.ArticleId, v.Number }).IsUnique();
    }
}

internal sealed class KnowledgeArticleServiceConfiguration : IEntityTypeConfiguration<KnowledgeArticleService>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticleService> builder)
    {
        builder.ToTable("KnowledgeArticleServices");
        builder.HasKey(s => new { s.ArticleId, s.ServiceCode });
        builder.Property(s => s.ServiceCode).HasMaxLength(KnowledgeLimits.ServiceCodeLength);

        // The articles of a service: the catalogue page's and the case page's list.
        builder.HasIndex(s => s.ServiceCode);
    }
}

internal sealed class KnowledgeFeedbackConfiguration : IEntityTypeConfiguration<KnowledgeFeedback>
{
    public void Configure(EntityTypeBuilder<KnowledgeFeedback> builder)
    {
        builder.ToTable("KnowledgeFeedback");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.UserName).HasMaxLength(200);
        builder.Property(f => f.Comment).HasMaxLength(KnowledgeLimits.CommentLength);

        // One answer per person and version; the same index counts an article's answers.
        builder.HasIndex(f => new { f.ArticleId, f.VersionNumber, f.UserId }).IsUnique();
        builder.HasOne<KnowledgeArticle>().WithMany().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
