using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.Billing.Domain;

namespace Servicenav.Billing.Data;

internal sealed class UsageRecordConfiguration : IEntityTypeConfiguration<UsageRecord>
{
    public void Configure(EntityTypeBuilder<UsageRecord> builder)
    {
        builder.ToTable("UsageRecords");

        // The source reference is the record's identity: a re-import is recognised by it and a correction names it.
        // As the key it is also the one unique index a bulk insert keeps up; the Id is a label for lists and the API,
        // looked up by nobody, so it has no index (an index on it cost 1.3 s per million rows on PostgreSQL, measured).
        builder.HasKey(u => u.SourceReference);
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

        // The month index is billing's (BillingConfiguration).

        // No foreign key to Customers: the import checks every customer before inserting, customers are
        // never deleted, and a row-by-row key check made the bulk insert several times slower on PostgreSQL.
    }

    /// <summary>
    /// PostgreSQL only. Source references are opaque keys compared byte for byte: the "C" collation spares the
    /// key's index a locale-aware comparison per row (a third of its insert cost, measured). The month index is
    /// BRIN: usage arrives month by month, so block ranges map to months and the index costs almost nothing to
    /// keep up during a bulk import, where a B-tree costs about a second per million rows.
    /// </summary>
    public static void ConfigurePostgres(EntityTypeBuilder<UsageRecord> builder)
    {
        builder.Property(u => u.SourceReference).UseCollation(OrdinalCollation);
        builder.Property(u => u.CorrectsSourceReference).UseCollation(OrdinalCollation);
        builder.HasIndex(u => u.Period, UsageRecordBillingIndexConfiguration.PeriodIndex).HasMethod("brin");
    }

    /// <summary>PostgreSQL's byte-order collation.</summary>
    public const string OrdinalCollation = "C";
}
