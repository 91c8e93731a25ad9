using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Attachments;

namespace Servicenav.ServiceDesk.Data.Attachments;

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> builder)
    {
        builder.ToTable("CaseAttachments");
        builder.HasKey(a => a.Id);

        // Uploads and removals are in the case's own history.
        builder.HasAnnotation(Audit.AuditTrail.OwnHistoryAnnotation, true);
        builder.Property(a => a.FileName).HasMaxLength(CaseAttachment.FileNameLength);
        builder.Property(a => a.ContentType).HasMaxLength(200);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.UploadedByName).HasMaxLength(200);
        builder.HasIndex(a => new { a.CaseId, a.UploadedAtUtc });

        // The sweep asks which stored files any row still points at.
        builder.HasIndex(a => a.Sha256);
        builder.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Customers.Domain.Customer>().WithMany().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
