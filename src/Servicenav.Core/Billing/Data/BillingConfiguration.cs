using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.Billing.Domain;
using Servicenav.Customers.Domain;

namespace Servicenav.Billing.Data;

/// <summary>
/// Billing's own index on the usage table (the table is mapped in <see cref="UsageRecordConfiguration"/>): the few
/// correction records, so a run can tell at once whether the month has any (usually none).
/// </summary>
internal sealed class UsageRecordBillingIndexConfiguration : IEntityTypeConfiguration<UsageRecord>
{
    public const string CorrectionsIndex = "IX_UsageRecords_Corrections";

    public const string PeriodIndex = "IX_UsageRecords_Period";

    public void Configure(EntityTypeBuilder<UsageRecord> builder)
    {
        builder.HasIndex(u => new { u.Period, u.CorrectsSourceReference }, CorrectionsIndex)
            .HasFilter("\"CorrectsSourceReference\" IS NOT NULL");

        // Every read of usage is by month (the run, the usage list, an invoice line's drill-down): one index on the
        // month only. A covering (month, customer, service, account string, quantity) index made the run read in
        // group order, but maintaining it cost more than the whole bulk insert (measured: +8 s per million rows on
        // PostgreSQL, +11 s on SQLite), and the run hashes 30 000 groups in well under a second without it.
        // PostgreSQL makes it a BRIN index (UsageRecordConfiguration.ConfigurePostgres): rows arrive month by month.
        builder.HasIndex(u => u.Period, PeriodIndex);
    }
}

internal sealed class BillingPeriodConfiguration : IEntityTypeConfiguration<BillingPeriod>
{
    public void Configure(EntityTypeBuilder<BillingPeriod> builder)
    {
        builder.ToTable("BillingPeriods");
        builder.HasKey(p => p.Period);
        builder.Property(p => p.Period).ValueGeneratedNever();
        builder.Ignore(p => p.IsClosed);
        builder.Property(p => p.LastRunBy).HasMaxLength(200);
        builder.Property(p => p.ClosedBy).HasMaxLength(200);
    }
}

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("Invoices");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Text).HasMaxLength(400);
        builder.Property(i => i.CustomerName).HasMaxLength(200);
        builder.ComplexProperty(i => i.Account, a =>
        {
            a.Property(x => x.Ansvar).HasMaxLength(40).HasColumnName("AccountAnsvar");
            a.Property(x => x.Verksamhet).HasMaxLength(40).HasColumnName("AccountVerksamhet");
            a.Property(x => x.Motpart).HasMaxLength(40).HasColumnName("AccountMotpart");
            a.Property(x => x.Projekt).HasMaxLength(40).HasColumnName("AccountProjekt");
            a.Property(x => x.Aktivitet).HasMaxLength(40).HasColumnName("AccountAktivitet");
        });
        builder.HasIndex(i => new { i.Period, i.CustomerId });
        builder.HasIndex(i => new { i.RefundDecisionId, i.CustomerId }).IsUnique();
        builder.HasOne<Customer>().WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    public void Configure(EntityTypeBuilder<InvoiceLine> builder)
    {
        builder.ToTable("InvoiceLines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedOnAdd();
        builder.Ignore(l => l.Quantity);
        builder.Property(l => l.ServiceCode).HasMaxLength(60);
        builder.Property(l => l.Text).HasMaxLength(400);
        builder.Property(l => l.Unit).HasMaxLength(40);
        builder.Property(l => l.Ansvar).HasMaxLength(40);
        builder.Property(l => l.Verksamhet).HasMaxLength(40);
        builder.Property(l => l.Projekt).HasMaxLength(40);
        builder.Property(l => l.Aktivitet).HasMaxLength(40);
        builder.Property(l => l.Diarienummer).HasMaxLength(60);
        // No foreign keys from lines (to their invoice, to the corrected line): a run writes 30 000 lines at a time and
        // PostgreSQL checks a foreign key with a trigger per row (≈ 0.3 s per run, measured). Lines and invoices are
        // written and deleted together by the run in one transaction; corrected lines belong to closed months,
        // which are never deleted. The indexes stay for the lookups.
        // Few indexes: every B-tree costs the run ≈ 60 ms per 30 000 lines on PostgreSQL (measured). The
        // specification and the draft's replacement go by invoice; everything else by month (a year's revenue, the
        // lines a correction refers to — few, so they filter the month's lines by customer and service).
        builder.HasIndex(l => l.InvoiceId);
        builder.HasIndex(l => l.Period, PeriodIndex);
    }

    public const string PeriodIndex = "IX_InvoiceLines_Period";

    /// <summary>PostgreSQL only: the month index is BRIN, as UsageRecords' (lines are written month by month, so
    /// block ranges map to months), and costs the run next to nothing to keep up.</summary>
    public static void ConfigurePostgres(EntityTypeBuilder<InvoiceLine> builder) =>
        builder.HasIndex(l => l.Period, PeriodIndex).HasMethod("brin");
}
