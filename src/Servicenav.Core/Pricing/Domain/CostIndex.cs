using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Domain;

/// <summary>
/// The budget assumptions for one year, used for the indicative prices: how much each cost type changes from the
/// year before (wages, other costs, capital costs, in percent) and the organisation's own efficiency requirement.
/// </summary>
public sealed class CostIndex : Entity
{
    private CostIndex()
    {
    }

    public CostIndex(int year)
    {
        Id = Guid.CreateVersion7();
        Year = year;
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public decimal PersonnelPercent { get; private set; }

    public decimal OtherPercent { get; private set; }

    public decimal CapitalPercent { get; private set; }

    public decimal EfficiencyPercent { get; private set; }

    public void Set(decimal personnelPercent, decimal otherPercent, decimal capitalPercent, decimal efficiencyPercent)
    {
        PersonnelPercent = personnelPercent;
        OtherPercent = otherPercent;
        CapitalPercent = capitalPercent;
        EfficiencyPercent = efficiencyPercent;
    }

    /// <summary>An unknown year: no change assumed.</summary>
    public static CostIndex Neutral(int year) => new(year);
}
