using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.Billing.Domain;
using Servicenav.Customers.Domain;

namespace Servicenav.Billing.Data;

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
        builder.HasOne<Invoice>().WithMany().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<InvoiceLine>().WithMany().HasForeignKey(l => l.OriginalLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.InvoiceId);
        builder.HasIndex(l => new { l.Period, l.CustomerId, l.ServiceCode });
        builder.HasIndex(l => l.RunId);
    }
}
