using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Data;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    /// <summary>The open cases' index condition, word for word what <see cref="CaseStatusFlow.Open"/> becomes in SQL (SQLite matches it as text).</summary>
    public const string OpenCases = "\"Status\" NOT IN ('Solved', 'Closed')";

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

        // Open cases are about a tenth of all and what people work from: partial indexes over them alone serve the
        // agent's queue (a group's open cases by priority and age), the open lists of a requester, a customer and
        // everyone, and the SLA recompute's walk, without reading the closed years.
        builder.HasIndex(c => new { c.GroupId, c.Priority, c.CreatedAtUtc }, "IX_Cases_Open_Queue").HasFilter(OpenCases);
        builder.HasIndex(c => new { c.RequesterUserId, c.CreatedAtUtc }, "IX_Cases_Open_Requester").HasFilter(OpenCases);
        builder.HasIndex(c => new { c.CustomerId, c.CreatedAtUtc }, "IX_Cases_Open_Customer").HasFilter(OpenCases);
        builder.HasIndex(c => c.CreatedAtUtc, "IX_Cases_Open_Created").HasFilter(OpenCases);
        builder.HasIndex(c => c.Id, "IX_Cases_Open_Id").HasFilter(OpenCases);
        // Every state: "my cases" for a Medarbetare, the customer's cases for a Beställare, a requester's recent cases
        // for the agent, a group's cases.
        builder.HasIndex(c => new { c.GroupId, c.CreatedAtUtc });
        builder.HasIndex(c => new { c.RequesterUserId, c.CreatedAtUtc });
        builder.HasIndex(c => new { c.CustomerId, c.CreatedAtUtc });
        builder.HasIndex(c => new { c.ContactId, c.CreatedAtUtc });
        builder.HasIndex(c => new { c.AssigneeUserId, c.Status }).HasFilter(CaseIndexes.Set(nameof(Case.AssigneeUserId)));
        builder.HasIndex(c => new { c.Status, c.SolvedAtUtc }).HasFilter(CaseIndexes.Set(nameof(Case.SolvedAtUtc)));
        builder.HasIndex(c => c.RootCauseId).HasFilter(CaseIndexes.Set(nameof(Case.RootCauseId)));
        builder.HasIndex(c => c.ProblemId).HasFilter(CaseIndexes.Set(nameof(Case.ProblemId)));
        builder.OwnsOne(c => c.Clocks, clocks =>
        {
            clocks.ToTable("CaseClocks");
            clocks.WithOwner().HasForeignKey("CaseId");
            clocks.HasKey("CaseId");
            clocks.HasAnnotation(Audit.AuditTrail.OwnHistoryAnnotation, true);
            clocks.Property(k => k.ResponseSla).HasMaxLength(20);
            clocks.Property(k => k.ResolutionSla).HasMaxLength(20);
            clocks.Property(k => k.GroupSla).HasMaxLength(20);
            clocks.Property(k => k.CaseVersion).IsConcurrencyToken();
        });
        builder.Navigation(c => c.Clocks).IsRequired();
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ResolverGroup>().WithMany().HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RootCause>().WithMany().HasForeignKey(c => c.RootCauseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customers.Domain.Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// Columns empty when a case is opened (assignee, root cause, problem, solved and closed times, the clocks' ends) are
/// indexed only where set: every index a new row enters is work at intake, at thousands of cases a second. A query that
/// compares the column (=, &lt;, &gt;=) implies it is set, so both databases still use these indexes for it.
/// </summary>
internal static class CaseIndexes
{
    public static string Set(string column) => $"\"{column}\" IS NOT NULL";
}

internal static class CasePostgresStorage
{
    /// <summary>
    /// A case is written a few times in its life (replies, status, its SLA clocks every minute while open). Room left
    /// on its page lets PostgreSQL rewrite it in place (a HOT update) without a new entry in each of its indexes,
    /// when no indexed column changed, as with the clocks.
    /// </summary>
    public static void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.HasStorageParameter("fillfactor", 80);
        // The clocks' row is rewritten every time a clock moves; room on its page keeps that a HOT update too.
        builder.OwnsOne(c => c.Clocks).OwnedEntityType.SetStorageParameter("fillfactor", 80);
    }

    /// <summary>Case numbers come from a sequence per year, which a query can take from (<see cref="CaseNumbers"/>).</summary>
    public static void ConfigureNumbers(ModelBuilder modelBuilder) =>
        modelBuilder.HasDbFunction(typeof(CaseNumbers).GetMethod(nameof(CaseNumbers.NextInQuery))!).HasName(CaseNumbers.SequenceFunction);
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

/// <summary>
/// The last sequence number given out per year, for SQLite, where case numbers are taken from it in the case's own
/// transaction. On PostgreSQL a year's sequence starts after it (<see cref="CaseNumbers"/>).
/// </summary>
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
