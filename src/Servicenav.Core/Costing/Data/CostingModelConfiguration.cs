using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Servicenav.Costing.Domain;

namespace Servicenav.Costing.Data;

internal sealed class CostingModelConfiguration : IEntityTypeConfiguration<CostingModel>
{
    public void Configure(EntityTypeBuilder<CostingModel> builder)
    {
        builder.ToTable("CostingModels");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => m.Year).IsUnique();
        builder.Property(m => m.CreatedBy).HasMaxLength(200);
        builder.HasMany(m => m.Activities).WithOne().HasForeignKey(a => a.CostingModelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Drivers).WithOne().HasForeignKey(d => d.CostingModelId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Activities).HasField("_activities");
        builder.Navigation(m => m.Drivers).HasField("_drivers");
    }
}

internal sealed class CostingActivityConfiguration : IEntityTypeConfiguration<CostingActivity>
{
    public void Configure(EntityTypeBuilder<CostingActivity> builder)
    {
        builder.ToTable("CostingActivities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Code).HasMaxLength(40);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.HasIndex(a => new { a.CostingModelId, a.Code }).IsUnique();
    }
}

internal sealed class CostingDriverConfiguration : IEntityTypeConfiguration<CostingDriver>
{
    public void Configure(EntityTypeBuilder<CostingDriver> builder)
    {
        builder.ToTable("CostingDrivers");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.SourceKey).HasMaxLength(120);
        builder.Property(d => d.Unit).HasMaxLength(40);
        builder.Ignore(d => d.Total);
        builder.Ignore(d => d.Weights);
        builder.Ignore(d => d.OrderedLines);
        builder.HasIndex(d => new { d.CostingModelId, d.Kind, d.Source, d.SourceKey }).IsUnique();
        builder.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.CostingDriverId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Lines).HasField("_lines");
    }
}

internal sealed class CostingDriverLineConfiguration : IEntityTypeConfiguration<CostingDriverLine>
{
    public void Configure(EntityTypeBuilder<CostingDriverLine> builder)
    {
        builder.ToTable("CostingDriverLines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Target).HasMaxLength(60);

        // Exact on both databases: a value with at most six decimals as a whole number of millionths.
        builder.Property(l => l.Value).HasConversion(new ValueConverter<decimal, long>(v => (long)(v * 1_000_000m), m => m / 1_000_000m)).HasColumnName("ValueMicro");
    }
}

internal sealed class CostingRunConfiguration : IEntityTypeConfiguration<CostingRun>
{
    public void Configure(EntityTypeBuilder<CostingRun> builder)
    {
        builder.ToTable("CostingRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CalculatedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.Year, r.CalculatedAtUtc });
        builder.HasOne<CostingModel>().WithMany().HasForeignKey(r => r.CostingModelId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CostingRunPoolConfiguration : IEntityTypeConfiguration<CostingRunPool>
{
    public void Configure(EntityTypeBuilder<CostingRunPool> builder)
    {
        builder.ToTable("CostingRunPools");
        builder.HasKey(p => new { p.CostingRunId, p.PoolKey });
        builder.Property(p => p.PoolKey).HasMaxLength(120);
        builder.Property(p => p.AccountGroup).HasMaxLength(40);
        builder.Property(p => p.AccountGroupName).HasMaxLength(200);
        builder.Property(p => p.Ansvar).HasMaxLength(40);
        builder.HasOne<CostingRun>().WithMany().HasForeignKey(p => p.CostingRunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CostingRunActivityConfiguration : IEntityTypeConfiguration<CostingRunActivity>
{
    public void Configure(EntityTypeBuilder<CostingRunActivity> builder)
    {
        builder.ToTable("CostingRunActivities");
        builder.HasKey(a => new { a.CostingRunId, a.ActivityCode });
        builder.Property(a => a.ActivityCode).HasMaxLength(40);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.HasOne<CostingRun>().WithMany().HasForeignKey(a => a.CostingRunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CostingRunActivityPoolConfiguration : IEntityTypeConfiguration<CostingRunActivityPool>
{
    public void Configure(EntityTypeBuilder<CostingRunActivityPool> builder)
    {
        builder.ToTable("CostingRunActivityPools");
        builder.HasKey(a => new { a.CostingRunId, a.ActivityCode, a.PoolKey });
        builder.Property(a => a.ActivityCode).HasMaxLength(40);
        builder.Property(a => a.PoolKey).HasMaxLength(120);
        builder.Ignore(a => a.TotalOre);
        builder.HasOne<CostingRun>().WithMany().HasForeignKey(a => a.CostingRunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CostingRunReachConfiguration : IEntityTypeConfiguration<CostingRunReach>
{
    public void Configure(EntityTypeBuilder<CostingRunReach> builder)
    {
        builder.ToTable("CostingRunReach");
        builder.HasKey(r => new { r.CostingRunId, r.PrimaryCode, r.SupportCode });
        builder.Property(r => r.PrimaryCode).HasMaxLength(40);
        builder.Property(r => r.SupportCode).HasMaxLength(40);

        // As invariant text: exact on both databases with all 28 digits (SQLite has no decimal; numeric would need a scale).
        builder.Property(r => r.Fraction).HasMaxLength(40).HasConversion(new ValueConverter<decimal, string>(
            v => v.ToString(System.Globalization.CultureInfo.InvariantCulture),
            t => decimal.Parse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)));
        builder.HasOne<CostingRun>().WithMany().HasForeignKey(r => r.CostingRunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CostingRunServiceActivityConfiguration : IEntityTypeConfiguration<CostingRunServiceActivity>
{
    public void Configure(EntityTypeBuilder<CostingRunServiceActivity> builder)
    {
        builder.ToTable("CostingRunServiceActivities");
        builder.HasKey(s => new { s.CostingRunId, s.ServiceCode, s.ActivityCode });
        builder.Property(s => s.ServiceCode).HasMaxLength(60);
        builder.Property(s => s.ActivityCode).HasMaxLength(40);
        builder.Ignore(s => s.TotalOre);
        builder.HasOne<CostingRun>().WithMany().HasForeignKey(s => s.CostingRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
