using Servicenav.SharedKernel;

namespace Servicenav.YearEnd.Domain;

public sealed class RefundMustBePositiveRule(Money amount) : IBusinessRule
{
    public bool IsBroken() => amount <= Money.Zero;

    public string Message => Messages.RefundMustBePositive;
}

/// <summary>An area cannot give back more than it made: the refund must fit in what is left of its result.</summary>
public sealed class RefundCannotExceedAreaResultRule(Money amount, AreaResult area) : IBusinessRule
{
    private Money Available => area.ResultAfterRefunds;

    public bool IsBroken() => amount > Available;

    public string Message => string.Format(SwedishCulture.Culture, Messages.RefundExceedsAreaResult, amount, area.AreaName, Available);
}

public sealed class RefundNeedsChargedCustomersRule(int shareCount, string areaName) : IBusinessRule
{
    public bool IsBroken() => shareCount == 0;

    public string Message => string.Format(SwedishCulture.Culture, Messages.RefundWithoutCharges, areaName);
}
