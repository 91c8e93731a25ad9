namespace Servicenav.SharedKernel;

/// <summary>A use case's input. The web page, the API endpoint and the CLI all send the same request.</summary>
public interface IRequest<TResponse>;

/// <summary>Carries out one use case. Lives in the same file as its request and validator.</summary>
public interface IHandler<in TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken);
}
