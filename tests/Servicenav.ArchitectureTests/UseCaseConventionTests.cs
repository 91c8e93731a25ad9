using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ArchitectureTests;

/// <summary>Conventions every module inherits: one handler per request, handlers only behind the sender, every customer-owned table scoped.</summary>
public sealed class UseCaseConventionTests
{
    private static readonly Type[] CoreTypes = typeof(Sender).Assembly.GetTypes();

    private static IEnumerable<Type> RequestTypes() =>
        CoreTypes.Where(t => t is { IsClass: true, IsAbstract: false } && RequestResponse(t) is not null);

    private static Type? RequestResponse(Type t) =>
        t.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))?.GetGenericArguments()[0];

    [Fact]
    public void Every_request_has_exactly_one_handler()
    {
        var handled = CoreTypes
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHandler<,>))
            .Select(i => i.GetGenericArguments()[0])
            .ToList();
        var missing = RequestTypes().Where(r => handled.Count(h => h == r) != 1).Select(r => r.Name).ToList();
        missing.ShouldBeEmpty("requests without exactly one handler");
        RequestTypes().Count().ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Handlers_are_internal_so_only_the_sender_runs_them()
    {
        var publicHandlers = CoreTypes
            .Where(t => t.IsPublic && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHandler<,>)))
            .Select(t => t.Name)
            .ToList();
        publicHandlers.ShouldBeEmpty();
    }

    [Fact]
    public void Every_use_case_lives_in_a_features_folder_with_its_handler_in_the_same_namespace()
    {
        var handlers = CoreTypes.Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHandler<,>)));
        foreach (var handler in handlers)
        {
            var request = handler.GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHandler<,>)).GetGenericArguments()[0];
            handler.Namespace.ShouldBe(request.Namespace, $"{handler.Name} should sit beside {request.Name}");
            // A module may group its use cases in sub-folders of Features (ServiceDesk's Features/Surveys).
            (request.Namespace!.EndsWith(".Features", StringComparison.Ordinal) || request.Namespace.Contains(".Features.", StringComparison.Ordinal)
                || request.Namespace.Contains(".Imports.", StringComparison.Ordinal))
                .ShouldBeTrue($"{request.FullName} is not in a Features folder");
        }
    }

    [Fact]
    public void Every_customer_owned_entity_carries_the_customer_scope_filter()
    {
        var user = new CurrentUser();
        using var db = new ServicenavDb(DbContextOptionsFactory.Build(DatabaseProvider.Sqlite, "Data Source=:memory:")).ForScope(user, TimeProvider.System);
        var owned = db.Model.GetEntityTypes().Where(t => typeof(ICustomerOwned).IsAssignableFrom(t.ClrType) && !t.IsOwned()).ToList();

        owned.Select(t => t.ClrType.Name).ShouldContain("ServiceUsage");
        owned.Select(t => t.ClrType.Name).ShouldContain("Customer");
        foreach (var entity in owned)
        {
            entity.FindDeclaredQueryFilter(ServicenavDb.CustomerScopeFilter).ShouldNotBeNull($"{entity.ClrType.Name} has no customer scope filter");
        }
    }

    [Fact]
    public void Money_and_amounts_are_never_floating_point()
    {
        var floating = CoreTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (t, p)))
            .Where(x => x.p.PropertyType == typeof(double) || x.p.PropertyType == typeof(float) || x.p.PropertyType == typeof(double?) || x.p.PropertyType == typeof(float?))
            .Select(x => $"{x.t.Name}.{x.p.Name}")
            .ToList();
        floating.ShouldBeEmpty();
    }
}
