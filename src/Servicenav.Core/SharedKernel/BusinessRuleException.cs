namespace Servicenav.SharedKernel;

/// <summary>An aggregate refused an action because it would break one of its rules.</summary>
public sealed class BusinessRuleException : Exception
{
    public BusinessRuleException(IBusinessRule rule)
        : base(rule.Message)
    {
        RuleName = rule.GetType().Name;
    }

    public string RuleName { get; }
}
