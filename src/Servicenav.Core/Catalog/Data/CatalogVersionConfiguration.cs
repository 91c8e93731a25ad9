using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.Catalog.Domain;

namespace Servicenav.Catalog.Data;

internal sealed class CatalogVersionConfiguration : IEntityTypeConfiguration<CatalogVersion>
{
    public void Configure(EntityTypeBuilder<CatalogVersion> builder)
    {
        builder.ToTable("CatalogVersions");
        builder.HasAnnotation(Servicenav.Data.ReferenceCache.Annotation, true); // read on every case and price lookup, decided a few times a year
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => v.Number).IsUnique();

        // At most one draft at a time, also when two people start one at the same moment.
        builder.HasIndex(v => v.Status).IsUnique().HasFilter("\"Status\" = 'Draft'").HasDatabaseName("IX_CatalogVersions_OneDraft");
        builder.OwnsOne(v => v.Decision, d =>
        {
            d.Property(x => x.Diarienummer).HasMaxLength(60).HasColumnName("Diarienummer");
            d.Property(x => x.DecisionDate).HasColumnName("DecisionDate");
            d.Property(x => x.DecidedBy).HasMaxLength(200).HasColumnName("DecidedBy");
            d.Property(x => x.EffectiveFrom).HasColumnName("EffectiveFrom");
        });
        builder.HasMany(v => v.Areas).WithOne().HasForeignKey(a => a.CatalogVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Services).WithOne().HasForeignKey(s => s.CatalogVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Areas).HasField("_areas");
        builder.Navigation(v => v.Services).HasField("_services");
    }
}

internal sealed class CatalogAreaConfiguration : IEntityTypeConfiguration<CatalogArea>
{
    public void Configure(EntityTypeBuilder<CatalogArea> builder)
    {
        builder.ToTable("CatalogAreas");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Code).HasMaxLength(60);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.HasIndex(a => new { a.CatalogVersionId, a.Code }).IsUnique();
    }
}

internal sealed class CatalogServiceConfiguration : IEntityTypeConfiguration<CatalogService>
{
    public void Configure(EntityTypeBuilder<CatalogService> builder)
    {
        builder.ToTable("CatalogServices");
        builder.HasAnnotation(Servicenav.Data.ReferenceCache.Annotation, true);
        builder.HasKey(s => s.Id);
        builder.Ignore(s => s.Content);
        builder.Property(s => s.Code).HasMaxLength(60);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.AreaCode).HasMaxLength(60);
        builder.Property(s => s.OwnerName).HasMaxLength(200);
        builder.Property(s => s.OpeningHours).HasMaxLength(200);
        foreach (var property in builder.Metadata.GetProperties().Where(p => p.ClrType == typeof(decimal?)))
        {
            property.SetPrecision(9);
            property.SetScale(3);
        }

        builder.HasIndex(s => new { s.CatalogVersionId, s.Code }).IsUnique();
        builder.OwnsOne(s => s.LastDecision, d =>
        {
            d.Property(x => x.VersionNumber).HasColumnName("DecidedInVersion");
            d.Property(x => x.Diarienummer).HasMaxLength(60).HasColumnName("DecisionDiarienummer");
            d.Property(x => x.DecisionDate).HasColumnName("DecisionDate");
            d.Property(x => x.DecidedBy).HasMaxLength(200).HasColumnName("DecidedBy");
        });
    }
}
