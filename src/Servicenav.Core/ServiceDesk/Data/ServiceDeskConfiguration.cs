using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Data;

internal sealed class ResolverGroupConfiguration : IEntityTypeConfiguration<ResolverGroup>
{
    public void Configure(EntityTypeBuilder<ResolverGroup> builder)
    {
        builder.ToTable("ResolverGroups");
        builder.HasAnnotation(Servicenav.Data.ReferenceCache.Annotation, true); // routing and OLA targets, read on every case
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Code).HasMaxLength(40);
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.Property(g => g.OlaResponseHours).HasPrecision(9, 2);
        builder.Property(g => g.OlaResolutionHours).HasPrecision(9, 2);
        builder.HasIndex(g => g.Code).IsUnique();
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Members).HasField("_members");
    }
}

internal sealed class ResolverGroupMemberConfiguration : IEntityTypeConfiguration<ResolverGroupMember>
{
    public void Configure(EntityTypeBuilder<ResolverGroupMember> builder)
    {
        builder.ToTable("ResolverGroupMembers");
        builder.HasKey(m => new { m.GroupId, m.UserId });
        builder.HasIndex(m => m.UserId);
        builder.HasOne<Access.Domain.User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceRouteConfiguration : IEntityTypeConfiguration<ServiceRoute>
{
    public void Configure(EntityTypeBuilder<ServiceRoute> builder)
    {
        builder.ToTable("CaseServiceRoutes");
        builder.HasAnnotation(Servicenav.Data.ReferenceCache.Annotation, true);
        builder.HasKey(r => r.ServiceCode);
        builder.Property(r => r.ServiceCode).HasMaxLength(60);
        builder.HasOne<ResolverGroup>().WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RootCauseConfiguration : IEntityTypeConfiguration<RootCause>
{
    public void Configure(EntityTypeBuilder<RootCause> builder)
    {
        builder.ToTable("RootCauses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Code).HasMaxLength(40);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.HasIndex(r => r.Code).IsUnique();
    }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("Contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(40);
        builder.Property(c => c.PhoneDigits).HasMaxLength(40);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.HasIndex(c => c.Email);
        builder.HasIndex(c => c.PhoneDigits);
        builder.HasIndex(c => c.UserId);
        builder.HasIndex(c => new { c.CustomerId, c.Name });
        builder.HasOne<Customers.Domain.Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Customers.Domain.OrganisationUnit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.SetNull);
    }
}
