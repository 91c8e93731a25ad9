using Servicenav.SharedKernel;

namespace Servicenav.Web.Components.Shared;

/// <summary>
/// Server-side field errors for a form: filled from a <see cref="ValidationFailedException"/> so each
/// message shows beside its field (keys are the camelCase field names, as in the API).
/// </summary>
public sealed class FieldErrors
{
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    public bool Any => _errors.Count > 0;

    public string? Summary { get; private set; }

    public void Set(ValidationFailedException exception)
    {
        _errors = exception.Errors;
        Summary = UiText.Common_FixErrors;
    }

    public void SetRule(BusinessRuleException exception)
    {
        _errors = new Dictionary<string, string[]>();
        Summary = exception.Message;
    }

    public void Clear()
    {
        _errors = new Dictionary<string, string[]>();
        Summary = null;
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    public string? For(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Runs a change; turns validation and rule failures into messages instead of errors. Returns true on success.</summary>
    public async Task<bool> Try(Func<Task> action)
    {
        Clear();
        try
        {
            await action();
            return true;
        }
        catch (ValidationFailedException e)
        {
            Set(e);
        }
        catch (BusinessRuleException e)
        {
            SetRule(e);
        }

        return false;
    }
}
