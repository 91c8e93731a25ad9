using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.Ledger.Domain;

namespace Servicenav.Ledger.Data;

internal sealed class LedgerImportConfiguration : IEntityTypeConfiguration<LedgerImport>
{
    public void Configure(EntityTypeBuilder<LedgerImport> builder)
    {
        builder.ToTable("LedgerImports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.ImportedBy).HasMaxLength(200);

        // One import per year and kind: a second import replaces the first; two at once, one wins.
        builder.HasIndex(i => new { i.Year, i.Kind }).IsUnique();
    }
}

internal sealed class LedgerRowConfiguration : IEntityTypeConfiguration<LedgerRow>
{
    /// <summary>Column names the bulk writers use (they bypass EF).</summary>
    public const string Table = "LedgerLines";

    public void Configure(EntityTypeBuilder<LedgerRow> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.Account).HasMaxLength(10);
        builder.Property(r => r.AccountName).HasMaxLength(200);
        builder.Property(r => r.AccountGroup).HasMaxLength(3);
        builder.Property(r => r.AccountGroupName).HasMaxLength(200);
        builder.Property(r => r.Ansvar).HasMaxLength(40);
        builder.Property(r => r.Voucher).HasMaxLength(60);
        builder.Property(r => r.Text).HasMaxLength(200);
        builder.HasOne<LedgerImport>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Cascade);

        // Pools: one year and kind grouped by account group and ansvar; drill-down adds the group and ansvar.
        builder.HasIndex(r => new { r.Year, r.Kind, r.AccountGroup, r.Ansvar });
    }
}

internal sealed class LedgerPoolMonthConfiguration : IEntityTypeConfiguration<LedgerPoolMonth>
{
    public const string Table = "LedgerPoolMonths";

    public void Configure(EntityTypeBuilder<LedgerPoolMonth> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(m => new { m.ImportId, m.AccountGroup, m.Ansvar, m.Month });
        builder.Property(m => m.AccountGroup).HasMaxLength(3);
        builder.Property(m => m.AccountGroupName).HasMaxLength(200);
        builder.Property(m => m.Ansvar).HasMaxLength(40);
        builder.HasOne<LedgerImport>().WithMany().HasForeignKey(m => m.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.Year, m.Kind });
    }
}
