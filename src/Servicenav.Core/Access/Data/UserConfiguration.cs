using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.Access.Domain;
using Servicenav.Audit;
using Servicenav.Customers.Domain;

namespace Servicenav.Access.Data;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("Users");
        builder.HasAnnotation(Servicenav.Data.ReferenceCache.Annotation, true); // bearer requests read their user from the cache
        builder.HasKey(u => u.Id);
        builder.Ignore(u => u.Roles);
        builder.Property(u => u.UserName).HasMaxLength(100);
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Email).HasMaxLength(200);
        builder.Property(u => u.RoleList).HasMaxLength(200);
        builder.Property(u => u.ExternalSubject).HasMaxLength(200);
        builder.Property(u => u.PasswordHash).HasAnnotation(AuditTrail.RedactedAnnotation, true);
        builder.HasIndex(u => u.UserName).IsUnique();
        builder.HasIndex(u => u.ExternalSubject).IsUnique();
        builder.HasOne<Customer>().WithMany().HasForeignKey(u => u.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
