using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Orders;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// The built-in fulfilment adapter: writes the grant or delivery into the local register (<c>FulfilmentRegister</c>:
/// who got what, for which customer, when, by which order) and commits it, as a system of record would. Once per
/// order: a second run finds the entry and says so instead of writing another.
/// </summary>
internal sealed class LocalRegisterAdapter(ServicenavDb db, TimeProvider clock) : IFulfilmentAdapter
{
    public const string AdapterName = "lokalt-register";

    public string Name => AdapterName;

    public async Task<FulfilmentResult> FulfilAsync(FulfilmentContext order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var existing = await Find(order.OrderId, cancellationToken);
        if (existing is not null)
        {
            return FulfilmentResult.Done(AlreadyThere(existing));
        }

        var entry = new FulfilmentRegisterEntry(order.OrderId, order.CaseNumber, order.CustomerId, order.ServiceCode, order.RecipientName,
            order.RecipientUserId, What(order), order.Quantity, clock.GetUtcNow().UtcDateTime);
        db.FulfilmentRegister.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another run of the same order wrote it first (the register is unique per order): that one counts.
            db.Entry(entry).State = EntityState.Detached;
            if (await Find(order.OrderId, cancellationToken) is { } first)
            {
                return FulfilmentResult.Done(AlreadyThere(first));
            }

            throw;
        }

        return FulfilmentResult.Done(Fmt(OrderMessages.RegisterWritten, entry.What, entry.RecipientName, order.CustomerName, order.CaseNumber));
    }

    private Task<FulfilmentRegisterEntry?> Find(Guid orderId, CancellationToken cancellationToken) =>
        db.FulfilmentRegister.AsNoTracking().FirstOrDefaultAsync(e => e.OrderId == orderId, cancellationToken);

    private static string AlreadyThere(FulfilmentRegisterEntry entry) =>
        Fmt(OrderMessages.RegisterAlreadyWritten, entry.What, entry.RecipientName, SwedishCulture.DateTimeText(entry.RegisteredAtUtc));

    /// <summary>"Behörighet till system – System: Cosmic; Roll: Läsare" (long free texts are left to the order itself).</summary>
    private static string What(FulfilmentContext order)
    {
        var answers = order.Answers.Where(a => a.Value is not null && a.Kind != OrderFieldKind.MultilineText).Select(a => $"{a.Label}: {a.Display}");
        var text = $"{order.FormTitle} – {string.Join("; ", answers)}";
        return text.Length > 1_000 ? text[..1_000] : text;
    }

    private static string Fmt(string format, params object?[] args) => string.Format(SwedishCulture.Culture, format, args);
}
