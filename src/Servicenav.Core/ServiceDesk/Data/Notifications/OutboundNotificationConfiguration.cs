using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Notifications;

namespace Servicenav.ServiceDesk.Data.Notifications;

internal sealed class OutboundNotificationConfiguration : IEntityTypeConfiguration<OutboundNotification>
{
    public void Configure(EntityTypeBuilder<OutboundNotification> builder)
    {
        builder.ToTable("OutboundNotifications");
        builder.HasKey(n => n.Id);
        builder.HasAnnotation(Audit.AuditTrail.OwnHistoryAnnotation, true);
        builder.Property(n => n.CaseNumber).HasMaxLength(20);
        builder.Property(n => n.ToAddress).HasMaxLength(200);
        builder.Property(n => n.ToName).HasMaxLength(200);
        builder.Property(n => n.Subject).HasMaxLength(400);
        builder.Property(n => n.TextBody).HasMaxLength(CaseLimits.DescriptionLength + 4000);
        builder.Property(n => n.MessageId).HasMaxLength(200);
        builder.Property(n => n.LastError).HasMaxLength(1000);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasIndex(n => n.MessageId).IsUnique();

        // The sender's queue: what is due next.
        builder.HasIndex(n => new { n.Status, n.NextAttemptAtUtc });
        builder.HasIndex(n => new { n.CaseId, n.CreatedAtUtc });
        builder.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
