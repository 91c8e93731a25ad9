using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Links;

namespace Servicenav.ServiceDesk.Data.Links;

internal sealed class CaseLinkConfiguration : IEntityTypeConfiguration<CaseLink>
{
    public void Configure(EntityTypeBuilder<CaseLink> builder)
    {
        builder.ToTable("CaseLinks");
        builder.HasKey(l => l.Id);
        builder.HasAnnotation(Audit.AuditTrail.OwnHistoryAnnotation, true);
        builder.Property(l => l.CreatedByName).HasMaxLength(200);

        // Two cases are linked once, whatever races.
        builder.HasIndex(l => new { l.CaseId, l.LinkedCaseId }).IsUnique();
        builder.HasIndex(l => l.LinkedCaseId);
        builder.HasOne<Case>().WithMany().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Case>().WithMany().HasForeignKey(l => l.LinkedCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customers.Domain.Customer>().WithMany().HasForeignKey(l => l.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
