using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Surveys;

namespace Servicenav.ServiceDesk.Data.Surveys;

internal sealed class CaseSurveyConfiguration : IEntityTypeConfiguration<CaseSurvey>
{
    public void Configure(EntityTypeBuilder<CaseSurvey> builder)
    {
        builder.ToTable("CaseSurveys");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.TokenHash).HasMaxLength(64);
        builder.Property(s => s.RecipientEmail).HasMaxLength(200);
        builder.Property(s => s.ServiceCode).HasMaxLength(60);
        builder.Property(s => s.Comment).HasMaxLength(SurveyLimits.CommentLength);

        // The answer is saved as UPDATE … WHERE "AnsweredAtUtc" IS NULL (its original value): of two answers at the
        // same moment only the first changes the row, the second finds none and is refused, on both databases.
        builder.Property(s => s.AnsweredAtUtc).IsConcurrencyToken();

        // One survey per case, whatever races; a link is found by its token's hash alone.
        builder.HasIndex(s => s.CaseId).IsUnique();
        builder.HasIndex(s => s.TokenHash).IsUnique();

        // The results: a year's surveys by month, and a customer's for a Beställare.
        builder.HasIndex(s => s.Month);
        builder.HasIndex(s => new { s.CustomerId, s.Month });
        builder.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contact>().WithMany().HasForeignKey(s => s.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ResolverGroup>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customers.Domain.Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
