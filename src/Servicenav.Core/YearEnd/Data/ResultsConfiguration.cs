using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.Customers.Domain;
using Servicenav.YearEnd.Domain;

namespace Servicenav.YearEnd.Data;

internal sealed class AreaBudgetConfiguration : IEntityTypeConfiguration<AreaBudget>
{
    public void Configure(EntityTypeBuilder<AreaBudget> builder)
    {
        builder.ToTable("AreaBudgets");
        builder.HasKey(b => new { b.Year, b.AreaCode });
        builder.Property(b => b.AreaCode).HasMaxLength(40);
        builder.Ignore(b => b.Result);
    }
}

internal sealed class RefundDecisionConfiguration : IEntityTypeConfiguration<RefundDecision>
{
    public void Configure(EntityTypeBuilder<RefundDecision> builder)
    {
        builder.ToTable("RefundDecisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.AreaCode).HasMaxLength(40);
        builder.Property(r => r.AreaName).HasMaxLength(200);
        builder.Property(r => r.Diarienummer).HasMaxLength(60);
        builder.Property(r => r.DecidedBy).HasMaxLength(200);
        builder.Property(r => r.Text).HasMaxLength(400);
        builder.Property(r => r.RecordedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.Year, r.AreaCode });
        builder.HasMany(r => r.Shares).WithOne().HasForeignKey(s => s.RefundDecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Shares).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RefundDecisionShareConfiguration : IEntityTypeConfiguration<RefundDecisionShare>
{
    public void Configure(EntityTypeBuilder<RefundDecisionShare> builder)
    {
        builder.ToTable("RefundDecisionShares");
        builder.HasKey(s => new { s.RefundDecisionId, s.CustomerId });
        builder.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
