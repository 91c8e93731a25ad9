using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Reports;

/// <summary>
/// What the customer service knows of an agent beyond their sign-in: their FTE (tjänstgöringsgrad), 0.1–1.0, so
/// closed cases can be compared per full-time employee. Kept per person, not per group membership: an employment
/// rate belongs to the person; an agent without a profile counts as full time.
/// </summary>
public sealed class AgentProfile : Entity
{
    public const decimal FullTime = 1.0m;

    private AgentProfile()
    {
    }

    public AgentProfile(Guid userId, decimal fte)
    {
        UserId = userId;
        SetFte(fte);
    }

    public Guid UserId { get; private set; }

    /// <summary>Tjänstgöringsgrad as a fraction of full time, two decimals at most.</summary>
    public decimal Fte { get; private set; } = FullTime;

    public void SetFte(decimal fte)
    {
        CheckRule(new FteMustBeBetweenTenthAndFullTimeRule(fte));
        Fte = fte;
    }
}

public sealed class FteMustBeBetweenTenthAndFullTimeRule(decimal fte) : IBusinessRule
{
    public bool IsBroken() => fte is < 0.1m or > 1.0m || decimal.Round(fte, 2) != fte;

    public string Message => CaseReportMessages.FteRange;
}
