using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.Billing.Domain;

namespace Servicenav.Billing.Data;

/// <summary>Written only by SQL (<see cref="UsageMonthTotals"/>); the key is the billing run's grouping.</summary>
internal sealed class UsageMonthTotalConfiguration : IEntityTypeConfiguration<UsageMonthTotal>
{
    public void Configure(EntityTypeBuilder<UsageMonthTotal> builder)
    {
        builder.ToTable("UsageMonthTotals");
        builder.HasKey(t => new { t.Period, t.CustomerId, t.ServiceCode, t.Ansvar, t.Verksamhet, t.Projekt, t.Aktivitet });
        builder.Property(t => t.ServiceCode).HasMaxLength(60);
        builder.Property(t => t.Ansvar).HasMaxLength(40);
        builder.Property(t => t.Verksamhet).HasMaxLength(40);
        builder.Property(t => t.Projekt).HasMaxLength(40);
        builder.Property(t => t.Aktivitet).HasMaxLength(40);
    }
}
