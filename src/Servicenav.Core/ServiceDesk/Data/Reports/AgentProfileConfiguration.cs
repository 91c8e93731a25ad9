using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Reports;

namespace Servicenav.ServiceDesk.Data.Reports;

internal sealed class AgentProfileConfiguration : IEntityTypeConfiguration<AgentProfile>
{
    public void Configure(EntityTypeBuilder<AgentProfile> builder)
    {
        builder.ToTable("AgentProfiles");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.UserId).ValueGeneratedNever();
        builder.Property(p => p.Fte).HasPrecision(3, 2);
        builder.HasOne<Access.Domain.User>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// The indexes the customer-service reports read by, next to the queue indexes of <see cref="CaseConfiguration"/>
/// (a second configuration of the same entities, so this part merges on its own). Every report filters a time range
/// first: created, solved, closed, clock ended (response / resolution) and the history's solving events by instant.
/// </summary>
internal sealed class CaseReportIndexConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.HasIndex(c => c.CreatedAtUtc);
        // Empty while a case is open, so indexed only once set: a new case is not entered in them (CaseIndexes.Set).
        builder.HasIndex(c => c.SolvedAtUtc).HasFilter(CaseIndexes.Set(nameof(Case.SolvedAtUtc)));
        builder.HasIndex(c => c.ClosedAtUtc).HasFilter(CaseIndexes.Set(nameof(Case.ClosedAtUtc)));
        builder.OwnsOne(c => c.Clocks, clocks =>
        {
            clocks.HasIndex(k => k.ResponseEndedAtUtc).HasFilter(CaseIndexes.Set(nameof(CaseClockState.ResponseEndedAtUtc)));
            clocks.HasIndex(k => k.ResolutionEndedAtUtc).HasFilter(CaseIndexes.Set(nameof(CaseClockState.ResolutionEndedAtUtc)));
        });
        builder.HasIndex(c => new { c.Status, c.CreatedAtUtc });
    }
}

internal sealed class CaseEventReportIndexConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder) => builder.HasIndex(e => new { e.Kind, e.AtUtc });
}
