using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.Billing.Domain;

namespace Servicenav.Billing.Data;

internal sealed class UsageRecordConfiguration : IEntityTypeConfiguration<UsageRecord>
{
    public void Configure(EntityTypeBuilder<UsageRecord> builder)
    {
        builder.ToTable("UsageRecords");
        builder.HasKey(u => u.Id);
        builder.Ignore(u => u.Quantity);
        builder.Property(u => u.ServiceCode).HasMaxLength(60);
        builder.Property(u => u.Unit).HasMaxLength(40);
        builder.Property(u => u.SourceReference).HasMaxLength(200);
        builder.Property(u => u.CorrectsSourceReference).HasMaxLength(200);
        builder.Property(u => u.Ansvar).HasMaxLength(40);
        builder.Property(u => u.Verksamhet).HasMaxLength(40);
        builder.Property(u => u.Projekt).HasMaxLength(40);
        builder.Property(u => u.Aktivitet).HasMaxLength(40);
        builder.Property(u => u.OrganisationUnit).HasMaxLength(200);

        // A source reference is counted once, whichever batch brings it again.
        builder.HasIndex(u => u.SourceReference).IsUnique();

        // The month-by-customer-and-service index is the billing run's covering index (BillingConfiguration).

        // No foreign key to Customers: the import checks every customer set-based before inserting, customers are
        // never deleted, and a row-by-row key check made the bulk insert several times slower on PostgreSQL.
    }
}
