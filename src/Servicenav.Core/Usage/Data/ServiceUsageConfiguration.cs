using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.Customers.Domain;
using Servicenav.Usage.Domain;

namespace Servicenav.Usage.Data;

internal sealed class ServiceUsageConfiguration : IEntityTypeConfiguration<ServiceUsage>
{
    public void Configure(EntityTypeBuilder<ServiceUsage> builder)
    {
        builder.ToTable("ServiceUsages");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.ServiceCode).HasMaxLength(60);
        builder.Property(u => u.DegreePercent).HasPrecision(5, 2);
        builder.HasIndex(u => new { u.CustomerId, u.ServiceCode }).IsUnique();
        builder.HasOne<Customer>().WithMany().HasForeignKey(u => u.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
