using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.Pricing.Domain;

namespace Servicenav.Pricing.Data;

internal sealed class PriceListConfiguration : IEntityTypeConfiguration<PriceList>
{
    public void Configure(EntityTypeBuilder<PriceList> builder)
    {
        builder.ToTable("PriceLists");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.Year, p.Version }).IsUnique();

        // At most one draft per year, also when two controllers start one at the same moment.
        builder.HasIndex(p => new { p.Year, p.Status }).IsUnique().HasFilter("\"Status\" = 'Draft'").HasDatabaseName("IX_PriceLists_OneDraftPerYear");
        builder.Property(p => p.ResultRequirementPercent).HasPrecision(9, 4);
        builder.Property(p => p.CreatedBy).HasMaxLength(200);
        builder.Property(p => p.DecisionRecordedBy).HasMaxLength(200);
        builder.Property(p => p.PublishedBy).HasMaxLength(200);
        builder.OwnsOne(p => p.Decision, d =>
        {
            d.Property(x => x.Diarienummer).HasMaxLength(60).HasColumnName("Diarienummer");
            d.Property(x => x.DecisionDate).HasColumnName("DecisionDate");
            d.Property(x => x.DecidedBy).HasMaxLength(200).HasColumnName("DecidedBy");
            d.Property(x => x.EffectiveFrom).HasColumnName("EffectiveFrom");
        });
        builder.HasMany(p => p.Services).WithOne().HasForeignKey(s => s.PriceListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Forecasts).WithOne().HasForeignKey(f => f.PriceListId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Services).HasField("_services");
        builder.Navigation(p => p.Forecasts).HasField("_forecasts");
    }
}

internal sealed class PriceListServiceConfiguration : IEntityTypeConfiguration<PriceListService>
{
    public void Configure(EntityTypeBuilder<PriceListService> builder)
    {
        builder.ToTable("PriceListServices");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.ServiceCode).HasMaxLength(60);
        builder.Property(s => s.ServiceName).HasMaxLength(200);
        builder.Property(s => s.AreaName).HasMaxLength(200);
        builder.Property(s => s.Unit).HasMaxLength(40);
        builder.Property(s => s.Issue).HasMaxLength(400);
        builder.Property(s => s.BaseSharePercent).HasPrecision(9, 4);
        builder.HasIndex(s => new { s.PriceListId, s.ServiceCode }).IsUnique();
    }
}

internal sealed class VolumeForecastConfiguration : IEntityTypeConfiguration<VolumeForecast>
{
    public void Configure(EntityTypeBuilder<VolumeForecast> builder)
    {
        builder.ToTable("PriceListForecasts");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.ServiceCode).HasMaxLength(60);
        builder.Property(f => f.CustomerName).HasMaxLength(200);
        builder.Property(f => f.Quantity).HasPrecision(18, 3);
        builder.HasIndex(f => new { f.PriceListId, f.ServiceCode, f.CustomerId }).IsUnique();
        builder.HasIndex(f => f.CustomerId);
    }
}

internal sealed class CostIndexConfiguration : IEntityTypeConfiguration<CostIndex>
{
    public void Configure(EntityTypeBuilder<CostIndex> builder)
    {
        builder.ToTable("PricingCostIndices");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.Year).IsUnique();
        builder.Property(c => c.PersonnelPercent).HasPrecision(9, 4);
        builder.Property(c => c.OtherPercent).HasPrecision(9, 4);
        builder.Property(c => c.CapitalPercent).HasPrecision(9, 4);
        builder.Property(c => c.EfficiencyPercent).HasPrecision(9, 4);
    }
}
