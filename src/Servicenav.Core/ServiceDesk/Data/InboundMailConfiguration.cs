using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Data;

internal sealed class InboundMailConfiguration : IEntityTypeConfiguration<InboundMail>
{
    public void Configure(EntityTypeBuilder<InboundMail> builder)
    {
        builder.ToTable("InboundMails");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.SourceId).HasMaxLength(300);
        builder.Property(m => m.MessageId).HasMaxLength(300);
        builder.Property(m => m.FromAddress).HasMaxLength(200);
        builder.Property(m => m.FromName).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(CaseLimits.SubjectLength);
        builder.Property(m => m.Text).HasMaxLength(CaseLimits.DescriptionLength);
        builder.Property(m => m.Reason).HasMaxLength(500);
        builder.Property(m => m.HandledBy).HasMaxLength(200);
        builder.HasIndex(m => m.MessageId);
        builder.HasIndex(m => new { m.Outcome, m.ReceivedAtUtc });
        // The raw message is the record of what was received; the audit trail need not copy megabytes of it.
        builder.Property(m => m.Raw).HasAnnotation(Audit.AuditTrail.RedactedAnnotation, true);
    }
}
