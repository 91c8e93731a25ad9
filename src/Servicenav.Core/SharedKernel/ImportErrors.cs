namespace Servicenav.SharedKernel;

/// <summary>One reason a row of an import file was refused: file, line (1 = header), column and why.</summary>
public sealed record ImportError(string File, int Line, string? Column, string Reason)
{
    public override string ToString() =>
        Column is null ? $"{File} rad {Line}: {Reason}" : $"{File} rad {Line}, kolumn {Column}: {Reason}";
}

/// <summary>An import was refused whole: nothing was written. Lists every bad row, not just the first.</summary>
public sealed class ImportRejectedException(IReadOnlyList<ImportError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ImportError> Errors { get; } = errors;
}

/// <summary>Collects errors while a whole file set is checked, so the user sees all of them at once.</summary>
public sealed class ImportErrorList
{
    private readonly List<ImportError> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string file, int line, string? column, string reason) => _errors.Add(new(file, line, column, reason));

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new ImportRejectedException(_errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ToList());
        }
    }
}
