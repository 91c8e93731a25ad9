using Servicenav.Customers.Features;

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

        api.MapPost("/{id:guid}/orderers", (Guid id, SaveOrderer body, HttpContext http) =>
        {
            body.CustomerId = id;
            body.OrdererId = null;
            return http.RunHttp(body);
        });
        api.MapPut("/{id:guid}/orderers/{ordererId:guid}", (Guid id, Guid ordererId, SaveOrderer body, HttpContext http) =>
        {
            body.CustomerId = id;
            body.OrdererId = ordererId;
            return http.RunHttp(body);
        });
        api.MapDelete("/{id:guid}/orderers/{ordererId:guid}", (Guid id, Guid ordererId, HttpContext http) =>
            http.RunHttp(new RemoveOrderer(id, ordererId)));

        api.MapPost("/{id:guid}/units", (Guid id, SaveOrganisationUnit body, HttpContext http) =>
        {
            body.CustomerId = id;
            body.UnitId = null;
            return http.RunHttp(body);
        });
        api.MapPut("/{id:guid}/units/{unitId:guid}", (Guid id, Guid unitId, SaveOrganisationUnit body, HttpContext http) =>
        {
            body.CustomerId = id;
            body.UnitId = unitId;
            return http.RunHttp(body);
        });
        api.MapDelete("/{id:guid}/units/{unitId:guid}", (Guid id, Guid unitId, HttpContext http) =>
            http.RunHttp(new RemoveOrganisationUnit(id, unitId)));

        api.MapPost("/{id:guid}/contracts", (Guid id, SaveLocalContract body, HttpContext http) =>
        {
            body.CustomerId = id;
            body.ContractId = null;
            return http.RunHttp(body);
        });
        api.MapPut("/{id:guid}/contracts/{contractId:guid}", (Guid id, Guid contractId, SaveLocalContract body, HttpContext http) =>
        {
            body.CustomerId = id;
            body.ContractId = contractId;
            return http.RunHttp(body);
        });
        api.MapDelete("/{id:guid}/contracts/{contractId:guid}", (Guid id, Guid contractId, HttpContext http) =>
            http.RunHttp(new RemoveLocalContract(id, contractId)));
    }
}
