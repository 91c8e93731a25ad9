using Servicenav.ServiceDesk.Domain.Orders;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Fulfils an approved order automatically (grants an access right, registers a delivery, calls a supplier's system)
/// and says what it did. Adapters are registered in DI and chosen by <see cref="Name"/>, which an order form names.
/// An adapter must be idempotent: the same order may be fulfilled again after a failure or a crash (the context
/// carries the order's id to recognise it), and must then not grant or deliver twice. A failure is returned (or
/// thrown) and logged on the case; the order stays approved and can be retried.
/// </summary>
public interface IFulfilmentAdapter
{
    /// <summary>The adapter's name as order forms name it, e.g. <c>lokalt-register</c>.</summary>
    string Name { get; }

    Task<FulfilmentResult> FulfilAsync(FulfilmentContext order, CancellationToken cancellationToken);
}

/// <summary>What an adapter knows of the order it fulfils.</summary>
public sealed record FulfilmentContext(
    Guid OrderId,
    string CaseNumber,
    Guid CustomerId,
    string CustomerName,
    string ServiceCode,
    string FormTitle,
    string RecipientName,
    Guid? RecipientUserId,
    IReadOnlyList<OrderAnswer> Answers,
    decimal Quantity,
    int Attempt)
{
    /// <summary>An answer's stored value by field key (numbers with a point, dates ISO, yes/no "true"/"false").</summary>
    public string? Answer(string key) => Answers.FirstOrDefault(a => a.Key == key)?.Value;
}

/// <summary>What the adapter did (its log, in Swedish, shown on the case) and whether it succeeded.</summary>
public sealed record FulfilmentResult(bool Succeeded, IReadOnlyList<string> Log, string? Error)
{
    public static FulfilmentResult Done(params string[] log) => new(true, log, null);

    public static FulfilmentResult Failed(string error, params string[] log) => new(false, log, error);
}
