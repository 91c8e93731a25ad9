using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.Billing.Domain;

namespace Servicenav.Billing.Data;

internal sealed class UsageImportBatchConfiguration : IEntityTypeConfiguration<UsageImportBatch>
{
    public void Configure(EntityTypeBuilder<UsageImportBatch> builder)
    {
        builder.ToTable("UsageImportBatches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.SourceName).HasMaxLength(200);
        builder.Property(b => b.ReceivedBy).HasMaxLength(200);
        builder.Property(b => b.PeriodTotals).HasMaxLength(4000);
        builder.HasIndex(b => b.ReceivedAtUtc);
    }
}
