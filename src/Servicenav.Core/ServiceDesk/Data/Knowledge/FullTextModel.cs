using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NpgsqlTypes;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Knowledge;

namespace Servicenav.ServiceDesk.Data.Knowledge;

/// <summary>
/// The full-text index of cases and articles in the model. PostgreSQL: a stored generated <c>tsvector</c> column
/// (a shadow property, so the domain knows nothing of it) with a GIN index, built with the <c>swedish</c> text
/// search configuration and weighted (title/subject A, summary/description B, the rest C). SQLite: FTS5 tables kept
/// in step by triggers (<see cref="FullTextSql"/>), which EF does not see — except that a table with AFTER triggers
/// must not be saved with <c>RETURNING</c>.
/// </summary>
internal static class FullTextModel
{
    public const string VectorColumn = "SearchVector";

    public const string Config = "swedish";

    private const string CaseVector =
        """setweight(to_tsvector('swedish'::regconfig, coalesce("Subject", '')), 'A') || setweight(to_tsvector('swedish'::regconfig, coalesce("Description", '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce("RequesterName", '')), 'C')""";

    private const string ArticleVector =
        """setweight(to_tsvector('swedish'::regconfig, coalesce("Title", '')), 'A') || setweight(to_tsvector('swedish'::regconfig, coalesce("Summary", '')), 'B') || setweight(to_tsvector('swedish'::regconfig, coalesce("Body", '')), 'C')""";

    public static void Configure(ModelBuilder modelBuilder, bool postgres)
    {
        // A search ranks the newest matches (CaseSearchWindows.RankWindow): for a word in most cases the planner walks
        // this index backwards and stops after a thousand matches instead of ranking them all.
        modelBuilder.Entity<Case>().HasIndex(c => c.CreatedAtUtc);
        if (postgres)
        {
            Vector(modelBuilder.Entity<Case>().Property<NpgsqlTsVector>(VectorColumn), CaseVector);
            modelBuilder.Entity<Case>().HasIndex(VectorColumn).HasMethod("GIN");
            Vector(modelBuilder.Entity<KnowledgeArticle>().Property<NpgsqlTsVector>(VectorColumn), ArticleVector);
            modelBuilder.Entity<KnowledgeArticle>().HasIndex(VectorColumn).HasMethod("GIN");
        }
        else
        {
            modelBuilder.Entity<Case>().ToTable(t => t.UseSqlReturningClause(false));
            modelBuilder.Entity<KnowledgeArticle>().ToTable(t => t.UseSqlReturningClause(false));
        }
    }

    /// <summary>
    /// Computed by the database on every insert and update, never written by EF and never read back after a save:
    /// only queries use it.
    /// </summary>
    private static void Vector(Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<NpgsqlTsVector> property, string sql)
    {
        property.HasComputedColumnSql(sql, stored: true);
        property.ValueGeneratedNever();
        property.Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        property.Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        property.HasAnnotation(Audit.AuditTrail.RedactedAnnotation, true);
    }
}
