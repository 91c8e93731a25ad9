using Servicenav.Customers.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Api;

public static class CustomerEndpoints
{
    public static void MapCustomerEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customers").WithTags("Kunder");

        api.MapGet("/", (string? search, HttpContext http) => http.RunHttp(new ListCustomers(search)))
            .WithSummary("Kundregistret. Beställare och medarbetare ser bara sin egen kund.");
        api.MapGet("/{id:guid}", (Guid id, HttpContext http) => http.RunHttp(new GetCustomer(id)))
            .WithSummary("En kund med beställare, organisation, konteringssträng och lokala avtal. 404 för annan kunds data.");
        api.MapPost("/", (CreateCustomer body, HttpContext http) =>
            http.RunHttp(body, c => Results.Created($"/api/customers/{c.Id}", c)));
        api.MapPut("/{id:guid}", (Guid id, UpdateCustomer body, HttpContext http) =>
        {
            body.Id = id;
            return http.RunHttp(body);
        });

        MapPart<SaveOrderer>(api, "orderers", (id, part) => new RemoveOrderer(id, part));
        MapPart<SaveOrganisationUnit>(api, "units", (id, part) => new RemoveOrganisationUnit(id, part));
        MapPart<SaveLocalContract>(api, "contracts", (id, part) => new RemoveLocalContract(id, part));
    }

    /// <summary>POST adds a part, PUT changes it, DELETE removes it: the same routes for orderers, units and contracts.</summary>
    private static void MapPart<TSave>(RouteGroupBuilder api, string segment, Func<Guid, Guid, IRequest<Result<CustomerDetailsDto>>> remove)
        where TSave : class, ICustomerPartChange
    {
        api.MapPost($"/{{id:guid}}/{segment}", (Guid id, TSave body, HttpContext http) =>
        {
            body.CustomerId = id;
            body.PartId = null;
            return http.RunHttp(body);
        });
        api.MapPut($"/{{id:guid}}/{segment}/{{partId:guid}}", (Guid id, Guid partId, TSave body, HttpContext http) =>
        {
            body.CustomerId = id;
            body.PartId = partId;
            return http.RunHttp(body);
        });
        api.MapDelete($"/{{id:guid}}/{segment}/{{partId:guid}}", (Guid id, Guid partId, HttpContext http) => http.RunHttp(remove(id, partId)));
    }
}
