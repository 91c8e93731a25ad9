using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Problems;

namespace Servicenav.ServiceDesk.Data.Problems;

internal sealed class ProblemConfiguration : IEntityTypeConfiguration<Problem>
{
    public void Configure(EntityTypeBuilder<Problem> builder)
    {
        builder.ToTable("Problems");
        builder.HasKey(p => p.Id);
        builder.HasAnnotation(Audit.AuditTrail.OwnHistoryAnnotation, true);
        builder.Ignore(p => p.NewEvents);
        builder.Ignore(p => p.IsOpen);
        builder.Ignore(p => p.ServiceCodeList);
        builder.Property(p => p.Number).HasMaxLength(20);
        builder.Property(p => p.Title).HasMaxLength(ProblemLimits.TitleLength);
        builder.Property(p => p.Description).HasMaxLength(ProblemLimits.TextLength);
        builder.Property(p => p.Workaround).HasMaxLength(ProblemLimits.TextLength);
        builder.Property(p => p.ServiceCodes).HasMaxLength(600);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.Number).IsUnique();
        builder.HasIndex(p => new { p.Year, p.Sequence }).IsUnique();
        builder.HasIndex(p => new { p.Status, p.RootCauseId });
        builder.HasIndex(p => new { p.OwnerGroupId, p.Status });
        builder.HasOne<RootCause>().WithMany().HasForeignKey(p => p.RootCauseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ResolverGroup>().WithMany().HasForeignKey(p => p.OwnerGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Actions).WithOne().HasForeignKey(a => a.ProblemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Actions).HasField("_actions");

        // A case names the problem that explains it (Cases.ProblemId).
        builder.HasMany<Case>().WithOne().HasForeignKey(c => c.ProblemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProblemActionConfiguration : IEntityTypeConfiguration<ProblemAction>
{
    public void Configure(EntityTypeBuilder<ProblemAction> builder)
    {
        builder.ToTable("ProblemActions");
        builder.HasKey(a => a.Id);
        builder.HasAnnotation(Audit.AuditTrail.OwnHistoryAnnotation, true);
        builder.Property(a => a.Text).HasMaxLength(ProblemLimits.TitleLength);
        builder.Property(a => a.Responsible).HasMaxLength(200);
    }
}

internal sealed class ProblemEventConfiguration : IEntityTypeConfiguration<ProblemEvent>
{
    public void Configure(EntityTypeBuilder<ProblemEvent> builder)
    {
        builder.ToTable("ProblemEvents");
        builder.HasKey(e => e.Id);
        builder.HasAnnotation(Audit.AuditTrail.OwnHistoryAnnotation, true);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.Text).HasMaxLength(ProblemLimits.TextLength);
        builder.Property(e => e.FromValue).HasMaxLength(200);
        builder.Property(e => e.ToValue).HasMaxLength(200);
        builder.HasIndex(e => new { e.ProblemId, e.AtUtc });
        builder.HasOne<Problem>().WithMany().HasForeignKey(e => e.ProblemId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The last problem number given out per year (PR-2026-0001 …), taken in the problem's own transaction.</summary>
internal sealed class ProblemNumberCounter
{
    public int Year { get; set; }

    public long LastSequence { get; set; }
}

internal sealed class ProblemNumberCounterConfiguration : IEntityTypeConfiguration<ProblemNumberCounter>
{
    public void Configure(EntityTypeBuilder<ProblemNumberCounter> builder)
    {
        builder.ToTable("ProblemNumberCounters");
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
    }
}
