namespace Servicenav.SharedKernel;

public enum ResultStatus
{
    Ok,
    NotFound,
    Forbidden,
}

/// <summary>
/// The expected outcomes of a use case that are not errors: found, not found, not allowed.
/// A customer-scoped user asking for another customer's data gets <see cref="ResultStatus.NotFound"/>,
/// never <see cref="ResultStatus.Forbidden"/>, so the other customer's existence is not revealed.
/// </summary>
public readonly record struct Result<T>(ResultStatus Status, T? Value)
{
    public bool IsOk => Status == ResultStatus.Ok;

    public static implicit operator Result<T>(T value) => new(ResultStatus.Ok, value);

    public static Result<T> NotFound() => new(ResultStatus.NotFound, default);

    public static Result<T> Forbidden() => new(ResultStatus.Forbidden, default);

    public Result<TOut> Map<TOut>(Func<T, TOut> map) =>
        IsOk ? new Result<TOut>(ResultStatus.Ok, map(Value!)) : new Result<TOut>(Status, default);
}

public static class Result
{
    public static Result<Unit> Ok() => new(ResultStatus.Ok, Unit.Value);

    public static Result<Unit> NotFound() => Result<Unit>.NotFound();

    public static Result<Unit> Forbidden() => Result<Unit>.Forbidden();
}

/// <summary>The value of a use case that returns nothing.</summary>
public readonly record struct Unit
{
    public static readonly Unit Value;
}
