using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Orders;

/// <summary>
/// The local register of what automatic fulfilment granted or delivered: who got what, for which customer, when, by
/// which order. One entry per order (the register is written once however often fulfilment is retried).
/// </summary>
public sealed class FulfilmentRegisterEntry : ICustomerOwned
{
    private FulfilmentRegisterEntry()
    {
    }

    public FulfilmentRegisterEntry(Guid orderId, string caseNumber, Guid customerId, string serviceCode, string recipientName,
        Guid? recipientUserId, string what, decimal quantity, DateTime registeredAtUtc)
    {
        Id = Guid.CreateVersion7();
        OrderId = orderId;
        CaseNumber = caseNumber;
        CustomerId = customerId;
        ServiceCode = serviceCode;
        RecipientName = recipientName;
        RecipientUserId = recipientUserId;
        What = what;
        Quantity = quantity;
        RegisteredAtUtc = registeredAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public Guid CustomerId { get; private set; }

    public string ServiceCode { get; private set; } = "";

    public string RecipientName { get; private set; } = "";

    public Guid? RecipientUserId { get; private set; }

    /// <summary>What was granted or delivered, as the order said it ("Behörighet till system: System: Cosmic; Roll: Läsare").</summary>
    public string What { get; private set; } = "";

    public decimal Quantity { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }
}
