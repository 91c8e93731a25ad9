using Servicenav.SharedKernel;

namespace Servicenav.Usage.Domain;

/// <summary>Whether a customer uses a service. "Unknown" is a real answer: the source does not say.</summary>
public enum UsageStatus
{
    Unknown,
    Uses,
    DoesNotUse,
}

/// <summary>
/// One cell of the customer × service matrix ("nuläge användande"). The degree of use (0–100 %) is
/// recorded where known, e.g. when a customer uses only parts of a service.
/// </summary>
public sealed class ServiceUsage : Entity, ICustomerOwned
{
    private ServiceUsage()
    {
    }

    public ServiceUsage(Guid customerId, string serviceCode)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        ServiceCode = serviceCode;
        Status = UsageStatus.Unknown;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public string ServiceCode { get; private set; } = "";

    public UsageStatus Status { get; private set; }

    public decimal? DegreePercent { get; private set; }

    public string? Note { get; private set; }

    public void Record(UsageStatus status, decimal? degreePercent, string? note)
    {
        CheckRule(new DegreeOfUseOnlyWhenUsedRule(status, degreePercent));
        Status = status;
        DegreePercent = degreePercent;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

public sealed class DegreeOfUseOnlyWhenUsedRule(UsageStatus status, decimal? degreePercent) : IBusinessRule
{
    public bool IsBroken() => degreePercent is not null && status != UsageStatus.Uses;

    public string Message => Messages.DegreeOnlyWhenUsed;
}
