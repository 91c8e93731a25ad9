namespace Servicenav.SharedKernel;

/// <summary>A named invariant of an aggregate. Broken rules surface as <see cref="BusinessRuleException"/> (HTTP 409).</summary>
public interface IBusinessRule
{
    bool IsBroken();

    string Message { get; }
}
