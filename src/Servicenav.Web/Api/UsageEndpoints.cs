using Servicenav.SharedKernel;
using Servicenav.Usage.Features;

namespace Servicenav.Web.Api;

public static class UsageEndpoints
{
    public static void MapUsageEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/usage").WithTags("Användning");

        api.MapGet("/", (string? area, HttpContext http) => http.RunHttp(new GetUsageMatrix(area)))
            .WithSummary("Matrisen kund × tjänst med täckning per tjänst och område (Bilaga 9).");
        api.MapPut("/{customerId:guid}/{serviceCode}", (Guid customerId, string serviceCode, SetServiceUsage body, HttpContext http) =>
        {
            body.CustomerId = customerId;
            body.ServiceCode = serviceCode;
            return http.RunHttp(body);
        }).WithSummary("Ange om kunden använder tjänsten (Uses, DoesNotUse, Unknown) och nyttjandegrad.");
        api.MapGet("/export", (ExportFormat format, string? area, HttpContext http) =>
            http.RunHttp(new ExportUsage(format, area), ApiResults.File))
            .WithSummary("Matrisen som csv eller xlsx.");
    }
}
