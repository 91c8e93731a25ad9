using Servicenav.SharedKernel;

namespace Servicenav.YearEnd.Domain;

/// <summary>A service area's budget for a year: the revenue and cost it was planned to have.</summary>
public sealed class AreaBudget
{
    private AreaBudget()
    {
    }

    public AreaBudget(int year, string areaCode, Money revenue, Money cost)
    {
        Year = year;
        AreaCode = areaCode;
        Revise(revenue, cost);
    }

    public int Year { get; private set; }

    public string AreaCode { get; private set; } = "";

    public Money Revenue { get; private set; }

    public Money Cost { get; private set; }

    public Money Result => Revenue - Cost;

    public void Revise(Money revenue, Money cost)
    {
        Revenue = revenue;
        Cost = cost;
    }
}
