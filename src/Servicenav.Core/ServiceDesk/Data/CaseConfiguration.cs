using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Data;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.HasAnnotation(Audit.AuditTrail.OwnHistoryAnnotation, true);
        builder.Ignore(c => c.NewEvents);
        builder.Ignore(c => c.IsOpen);
        builder.Property(c => c.Number).HasMaxLength(20);
        builder.Property(c => c.Subject).HasMaxLength(CaseLimits.SubjectLength);
        builder.Property(c => c.Description).HasMaxLength(CaseLimits.DescriptionLength);
        builder.Property(c => c.ServiceCode).HasMaxLength(60);
        builder.Property(c => c.RequesterName).HasMaxLength(200);
        builder.Property(c => c.RequesterEmail).HasMaxLength(200);
        builder.Property(c => c.UnitName).HasMaxLength(200);
        builder.Property(c => c.AssigneeName).HasMaxLength(200);
        builder.Property(c => c.Solution).HasMaxLength(CaseLimits.DescriptionLength);
        builder.Property(c => c.Impact).HasConversion<int>();
        builder.Property(c => c.Urgency).HasConversion<int>();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => new { c.Year, c.Sequence }).IsUnique();

        // The agent's queue: a group's open cases by priority and age.
        builder.HasIndex(c => new { c.GroupId, c.Status, c.Priority, c.CreatedAtUtc });
        // "My cases" for a Medarbetare, the customer's cases for a Beställare, a requester's recent cases for the agent.
        builder.HasIndex(c => new { c.RequesterUserId, c.CreatedAtUtc });
        builder.HasIndex(c => new { c.CustomerId, c.CreatedAtUtc });
        builder.HasIndex(c => new { c.ContactId, c.CreatedAtUtc });
        builder.HasIndex(c => new { c.AssigneeUserId, c.Status });
        builder.HasIndex(c => new { c.Status, c.SolvedAtUtc });
        builder.Property(c => c.ResponseSla).HasMaxLength(20);
        builder.Property(c => c.ResolutionSla).HasMaxLength(20);
        builder.Property(c => c.GroupSla).HasMaxLength(20);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ResolverGroup>().WithMany().HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RootCause>().WithMany().HasForeignKey(c => c.RootCauseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customers.Domain.Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.ToTable("CaseEvents");
        builder.HasKey(e => e.Id);
        builder.HasAnnotation(Audit.AuditTrail.OwnHistoryAnnotation, true);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.FromValue).HasMaxLength(200);
        builder.Property(e => e.ToValue).HasMaxLength(200);
        builder.HasIndex(e => new { e.CaseId, e.AtUtc });
        builder.HasOne<Case>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The last sequence number given out per year; case numbers are taken from it in the case's own transaction.</summary>
internal sealed class CaseNumberCounter
{
    public int Year { get; set; }

    public long LastSequence { get; set; }
}

internal sealed class CaseNumberCounterConfiguration : IEntityTypeConfiguration<CaseNumberCounter>
{
    public void Configure(EntityTypeBuilder<CaseNumberCounter> builder)
    {
        builder.ToTable("CaseNumberCounters");
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
    }
}
