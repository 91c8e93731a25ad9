using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Servicenav.Web.Hosting;

/// <summary>GET /health: "Healthy" with 200 when the database answers, 503 otherwise, with each check's state.</summary>
public static class HealthResponse
{
    public static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }));
    }
}
