namespace Servicenav.SharedKernel;

/// <summary>Base for aggregates and entities: gives them <see cref="CheckRule"/>.</summary>
public abstract class Entity
{
    protected static void CheckRule(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleException(rule);
        }
    }
}
