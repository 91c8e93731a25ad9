using Servicenav.SharedKernel;

namespace Servicenav.Billing.Domain;

/// <summary>
/// One measured use of a service by a customer in a month: the raw material of internal charging. Written in
/// bulk (COPY / prepared inserts), never edited: a wrong record is answered by a correction record (negative
/// quantity) that names the record it corrects. Its source reference makes a re-import count it once.
/// </summary>
public sealed class UsageRecord : ICustomerOwned
{
    /// <summary>Quantities are stored as whole thousandths so SQL sums are exact on SQLite too.</summary>
    public const long MilliPerUnit = 1000;

    private UsageRecord()
    {
    }

    public UsageRecord(
        Guid customerId,
        string serviceCode,
        Period period,
        decimal quantity,
        string unit,
        string sourceReference,
        Guid batchId,
        DateTime receivedAtUtc)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        ServiceCode = serviceCode;
        Period = period;
        QuantityMilli = ToMilli(quantity);
        Unit = unit;
        SourceReference = sourceReference;
        BatchId = batchId;
        ReceivedAtUtc = receivedAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public string ServiceCode { get; private set; } = "";

    public Period Period { get; private set; }

    /// <summary>Quantity × 1000.</summary>
    public long QuantityMilli { get; private set; }

    public decimal Quantity => QuantityMilli / (decimal)MilliPerUnit;

    public string Unit { get; private set; } = "";

    /// <summary>The sending system's id of this record (unique): an order number, a meal-report row, a file row.</summary>
    public string SourceReference { get; private set; } = "";

    /// <summary>For a correction: the source reference of the record it corrects.</summary>
    public string? CorrectsSourceReference { get; private set; }

    /// <summary>Where the customer wants this charge booked, when not on its default account string.</summary>
    public string? Ansvar { get; private set; }

    public string? Verksamhet { get; private set; }

    public string? Projekt { get; private set; }

    public string? Aktivitet { get; private set; }

    /// <summary>The customer's organisation unit, when the sender knows it.</summary>
    public string? OrganisationUnit { get; private set; }

    /// <summary>The import batch (file or API call) that brought the record; one audit entry per batch.</summary>
    public Guid BatchId { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public static long ToMilli(decimal quantity) =>
        (long)Math.Round(quantity * MilliPerUnit, 0, MidpointRounding.AwayFromZero);

    public UsageRecord Correcting(string correctedSourceReference)
    {
        CorrectsSourceReference = correctedSourceReference;
        return this;
    }

    public UsageRecord BookedOn(string? ansvar, string? verksamhet, string? projekt, string? aktivitet, string? organisationUnit)
    {
        Ansvar = ansvar;
        Verksamhet = verksamhet;
        Projekt = projekt;
        Aktivitet = aktivitet;
        OrganisationUnit = organisationUnit;
        return this;
    }
}
