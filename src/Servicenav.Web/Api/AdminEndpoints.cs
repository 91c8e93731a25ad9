using Servicenav.Access.Features;
using Servicenav.Audit.Features;

namespace Servicenav.Web.Api;

public static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", (string? entityType, string? userName, string? search, int? page, int? pageSize, HttpContext http) =>
            http.RunHttp(new ListAuditEntries(entityType, userName, search, page ?? 1, pageSize ?? 50)))
            .WithTags("Logg").WithSummary("Ändringsloggen: vem, när, vad, före och efter.");

        var users = app.MapGroup("/api/users").WithTags("Användare");
        users.MapGet("/", (HttpContext http, CancellationToken _) => http.RunHttp(new ListUsers()));
        users.MapPost("/", (CreateUser body, HttpContext http) => http.RunHttp(body, u => Results.Created($"/api/users/{u.Id}", u)));
        users.MapPut("/{id:guid}", (Guid id, UpdateUser body, HttpContext http) =>
        {
            body.Id = id;
            return http.RunHttp(body);
        });
    }
}
