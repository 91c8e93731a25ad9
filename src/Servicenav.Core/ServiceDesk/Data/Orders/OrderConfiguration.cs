using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Orders;

namespace Servicenav.ServiceDesk.Data.Orders;

/// <summary>
/// A list stored as one JSON text column (a form's fields, an order's answers and log): always read and written whole,
/// never queried inside, and the same on SQLite and PostgreSQL. Compared by content, so a replaced list is saved.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static PropertyBuilder<IReadOnlyList<T>> AsJson<T>(this PropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasConversion(
            value => Write(value),
            text => Read<T>(text),
            new ValueComparer<IReadOnlyList<T>>(
                (a, b) => Write(a) == Write(b),
                value => StringComparer.Ordinal.GetHashCode(Write(value)),
                value => Read<T>(Write(value))));

    private static string Write<T>(IReadOnlyList<T>? value) => JsonSerializer.Serialize(value ?? [], Options);

    private static List<T> Read<T>(string? text) =>
        string.IsNullOrEmpty(text) ? [] : JsonSerializer.Deserialize<List<T>>(text, Options) ?? [];
}

internal sealed class OrderFormConfiguration : IEntityTypeConfiguration<OrderForm>
{
    public void Configure(EntityTypeBuilder<OrderForm> builder)
    {
        builder.ToTable("OrderForms");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.ServiceCode).HasMaxLength(60);
        builder.HasIndex(f => f.ServiceCode).IsUnique();
        builder.Property(f => f.Title).HasMaxLength(OrderLimits.TitleLength);
        builder.Property(f => f.Intro).HasMaxLength(OrderLimits.IntroLength);
        builder.Property(f => f.Fields).AsJson();
        builder.Property(f => f.Tasks).AsJson();
        builder.Property(f => f.FixedQuantity).HasPrecision(18, 3);
        builder.Property(f => f.QuantityFieldKey).HasMaxLength(OrderLimits.FieldKeyLength);
        builder.Property(f => f.ManagerFieldKey).HasMaxLength(OrderLimits.FieldKeyLength);
        builder.Property(f => f.UsageUnit).HasMaxLength(OrderLimits.UnitLength);
        builder.Property(f => f.AdapterName).HasMaxLength(OrderLimits.AdapterNameLength);
        builder.Property(f => f.UpdatedBy).HasMaxLength(200);
        builder.Property(f => f.Version).IsConcurrencyToken();
    }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.HasKey(o => o.Id);
        // Every change to an order is an event in its case's history (who, when, what): not copied into the audit trail.
        builder.HasAnnotation(Audit.AuditTrail.OwnHistoryAnnotation, true);
        builder.Ignore(o => o.UsageReference);
        builder.Ignore(o => o.IsApproved);
        builder.Property(o => o.CaseNumber).HasMaxLength(20);
        builder.Property(o => o.ServiceCode).HasMaxLength(60);
        builder.Property(o => o.FormTitle).HasMaxLength(OrderLimits.TitleLength);
        builder.Property(o => o.RequesterName).HasMaxLength(200);
        builder.Property(o => o.Answers).AsJson();
        builder.Property(o => o.TaskTemplates).AsJson();
        builder.Property(o => o.Log).AsJson();
        builder.Property(o => o.Quantity).HasPrecision(18, 3);
        builder.Property(o => o.UsageUnit).HasMaxLength(OrderLimits.UnitLength);
        builder.Property(o => o.ApproverName).HasMaxLength(200);
        builder.Property(o => o.DecidedByName).HasMaxLength(200);
        builder.Property(o => o.DecisionReason).HasMaxLength(OrderLimits.ReasonLength);
        builder.Property(o => o.AdapterName).HasMaxLength(OrderLimits.AdapterNameLength);
        builder.Property(o => o.LastError).HasMaxLength(OrderLimits.ReasonLength);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => o.CaseId).IsUnique();
        builder.HasIndex(o => o.CaseNumber).IsUnique();
        // "Att godkänna": a customer's pending orders, and those naming a manager.
        builder.HasIndex(o => new { o.CustomerId, o.ApprovalState });
        builder.HasIndex(o => new { o.ApproverUserId, o.ApprovalState });
        builder.HasOne<Case>().WithMany().HasForeignKey(o => o.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrderForm>().WithMany().HasForeignKey(o => o.FormId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customers.Domain.Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrderTaskConfiguration : IEntityTypeConfiguration<OrderTask>
{
    public void Configure(EntityTypeBuilder<OrderTask> builder)
    {
        builder.ToTable("OrderTasks");
        builder.HasKey(t => t.Id);
        builder.HasAnnotation(Audit.AuditTrail.OwnHistoryAnnotation, true);
        builder.Property(t => t.Text).HasMaxLength(OrderLimits.TaskTextLength);
        builder.Property(t => t.DoneByName).HasMaxLength(200);
        builder.HasIndex(t => new { t.OrderId, t.Position });
        // A group's open tasks.
        builder.HasIndex(t => new { t.GroupId, t.IsDone });
        builder.HasOne<Order>().WithMany().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ResolverGroup>().WithMany().HasForeignKey(t => t.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FulfilmentRegisterConfiguration : IEntityTypeConfiguration<FulfilmentRegisterEntry>
{
    public void Configure(EntityTypeBuilder<FulfilmentRegisterEntry> builder)
    {
        builder.ToTable("FulfilmentRegister");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.CaseNumber).HasMaxLength(20);
        builder.Property(e => e.ServiceCode).HasMaxLength(60);
        builder.Property(e => e.RecipientName).HasMaxLength(200);
        builder.Property(e => e.What).HasMaxLength(1_000);
        builder.Property(e => e.Quantity).HasPrecision(18, 3);
        // Written once per order, however often fulfilment runs.
        builder.HasIndex(e => e.OrderId).IsUnique();
        builder.HasIndex(e => new { e.CustomerId, e.RegisteredAtUtc });
    }
}
