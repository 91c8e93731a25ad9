using System.Collections.Concurrent;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;

namespace Servicenav.SharedKernel;

/// <summary>
/// Runs a use case in its own short-lived scope (so a Blazor circuit never holds a DbContext), as the
/// given user: sets the scope's current user, validates the request, then calls its handler.
/// </summary>
public sealed class Sender(IServiceScopeFactory scopes)
{
    private static readonly ConcurrentDictionary<(Type, Type), Type> InvokerTypes = new();

    public async Task<TResponse> Send<TResponse>(IRequest<TResponse> request, UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(user);
        await Validate(request, scope.ServiceProvider, cancellationToken);

        var invokerType = InvokerTypes.GetOrAdd(
            (request.GetType(), typeof(TResponse)),
            key => typeof(Invoker<,>).MakeGenericType(key.Item1, key.Item2));
        var invoker = (IInvoker<TResponse>)Activator.CreateInstance(invokerType)!;
        return await invoker.Invoke(request, scope.ServiceProvider, cancellationToken);
    }

    private static async Task Validate(object request, IServiceProvider services, CancellationToken cancellationToken)
    {
        var validatorType = typeof(IValidator<>).MakeGenericType(request.GetType());
        var errors = new Dictionary<string, List<string>>();
        foreach (IValidator validator in services.GetServices(validatorType).OfType<IValidator>())
        {
            var result = await validator.ValidateAsync(new ValidationContext<object>(request), cancellationToken);
            foreach (var failure in result.Errors)
            {
                var field = FieldName.From(failure.PropertyName);
                if (!errors.TryGetValue(field, out var messages))
                {
                    errors[field] = messages = [];
                }

                messages.Add(failure.ErrorMessage);
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }

    private interface IInvoker<TResponse>
    {
        Task<TResponse> Invoke(object request, IServiceProvider services, CancellationToken cancellationToken);
    }

    private sealed class Invoker<TRequest, TResponse> : IInvoker<TResponse>
        where TRequest : IRequest<TResponse>
    {
        public Task<TResponse> Invoke(object request, IServiceProvider services, CancellationToken cancellationToken) =>
            services.GetRequiredService<IHandler<TRequest, TResponse>>().Handle((TRequest)request, cancellationToken);
    }
}
