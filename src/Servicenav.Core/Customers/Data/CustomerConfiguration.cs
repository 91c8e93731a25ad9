using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.Customers.Domain;

namespace Servicenav.Customers.Data;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("Customers");
        builder.HasKey(c => c.Id);
        builder.Ignore(c => c.CustomerId);
        builder.Ignore(c => c.Details);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.OrganisationNumber).HasMaxLength(11);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.HasIndex(c => c.Number).IsUnique();
        builder.OwnsOne(c => c.AccountString, a =>
        {
            a.Property(x => x.Ansvar).HasMaxLength(20).HasColumnName("AccountAnsvar");
            a.Property(x => x.Verksamhet).HasMaxLength(20).HasColumnName("AccountVerksamhet");
            a.Property(x => x.Motpart).HasMaxLength(20).HasColumnName("AccountMotpart");
            a.Property(x => x.Projekt).HasMaxLength(20).HasColumnName("AccountProjekt");
            a.Property(x => x.Aktivitet).HasMaxLength(20).HasColumnName("AccountAktivitet");
        });
        builder.HasMany(c => c.Orderers).WithOne().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Units).WithOne().HasForeignKey(u => u.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Contracts).WithOne().HasForeignKey(k => k.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Orderers).HasField("_orderers");
        builder.Navigation(c => c.Units).HasField("_units");
        builder.Navigation(c => c.Contracts).HasField("_contracts");
    }
}

internal sealed class OrdererConfiguration : IEntityTypeConfiguration<Orderer>
{
    public void Configure(EntityTypeBuilder<Orderer> builder)
    {
        builder.ToTable("CustomerOrderers");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Email).HasMaxLength(200);
        builder.Property(o => o.Phone).HasMaxLength(40);
        builder.Property(o => o.Title).HasMaxLength(200);
    }
}

internal sealed class OrganisationUnitConfiguration : IEntityTypeConfiguration<OrganisationUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationUnit> builder)
    {
        builder.ToTable("CustomerUnits");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.Code).HasMaxLength(40);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LocalContractConfiguration : IEntityTypeConfiguration<LocalContract>
{
    public void Configure(EntityTypeBuilder<LocalContract> builder)
    {
        builder.ToTable("CustomerLocalContracts");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Supplier).HasMaxLength(200);
        builder.Property(k => k.ServiceCode).HasMaxLength(60);
        builder.HasIndex(k => k.ServiceCode);
    }
}
