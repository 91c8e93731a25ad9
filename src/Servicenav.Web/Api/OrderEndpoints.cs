using Servicenav.ServiceDesk.Features;

namespace Servicenav.Web.Api;

/// <summary>
/// Standard orders: the order forms of catalogue services (read by everyone who raises cases, maintained by the service's
/// owner), submitting an order (a case of type order), approval by the customer's Beställare or the named manager,
/// group tasks, a retry of a failed automatic fulfilment, and the local fulfilment register. An order outside the
/// caller's view is 404 on every route.
/// </summary>
public static class OrderEndpoints
{
    public static void MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/api/order-forms").WithTags("Beställningsformulär");
        forms.MapGet("/", (HttpContext http, CancellationToken _) => http.RunHttp(new ListOrderForms()))
            .WithSummary("Tjänster som kan beställas med formulär (rubrik, vem som godkänner, hur de levereras).");
        forms.MapGet("/adapters", (HttpContext http, CancellationToken _) => http.RunHttp(new ListFulfilmentAdapters()))
            .WithSummary("Leveransadaptrar som ett formulär kan ange för automatisk leverans.");
        forms.MapGet("/{serviceCode}", (string serviceCode, HttpContext http) => http.RunHttp(new GetOrderForm(serviceCode)))
            .WithSummary("En tjänsts beställningsformulär med fält, regel för antal och enhet, godkännande och leveransrecept.");
        forms.MapPut("/{serviceCode}", (string serviceCode, SaveOrderForm body, HttpContext http) => http.RunHttp(body with { ServiceCode = serviceCode }))
            .WithSummary("Skapa eller ändra en tjänsts beställningsformulär (ny version). Tjänsteägaren för sina tjänster, administratören för alla.");

        var orders = app.MapGroup("/api/orders").WithTags("Beställningar");
        orders.MapPost("/", (SubmitOrder body, HttpContext http) => http.RunHttp(body, o => Results.Created($"/api/orders/{o.OrderId}", o)))
            .WithSummary("Skicka en beställning (svar per fältnyckel som text). Skapar ett ärende av typen beställning; varje felaktigt fält namnges.");
        orders.MapGet("/to-approve", (HttpContext http, CancellationToken _) => http.RunHttp(new ListOrdersToApprove()))
            .WithSummary("Beställningar som väntar på ditt godkännande: din kunds (beställare) och de som anger dig som chef.");
        orders.MapGet("/tasks", (bool? includeDone, HttpContext http) => http.RunHttp(new ListOrderTasks(includeDone ?? false)))
            .WithSummary("Beställningsuppgifter för dina lösargrupper (öppna, eller alla med includeDone=true).");
        orders.MapPost("/tasks/{taskId:guid}/done", (Guid taskId, HttpContext http) => http.RunHttp(new CompleteOrderTask(taskId)))
            .WithSummary("Markera en uppgift som klar. När alla är klara registreras användningen och ärendet löses.");
        orders.MapGet("/register", (Guid? customerId, string? serviceCode, int? take, HttpContext http) =>
                http.RunHttp(new ListFulfilmentRegister(customerId, serviceCode, take ?? 200)))
            .WithSummary("Det lokala leveransregistret: vem som fått vad, när och genom vilken beställning.");
        orders.MapGet("/{key}", (string key, HttpContext http) => http.RunHttp(new GetOrder(key)))
            .WithSummary("En beställning per id, ärendets id eller ärendenummer: svar, godkännande, leverans, uppgifter och logg. 404 om du inte får se den.");
        orders.MapPost("/{id:guid}/approve", (Guid id, HttpContext http) => http.RunHttp(new ApproveOrder(id)))
            .WithSummary("Godkänn beställningen. Automatisk leverans körs direkt; annars går uppgifterna till lösargrupperna.");
        orders.MapPost("/{id:guid}/reject", (Guid id, RejectBody body, HttpContext http) => http.RunHttp(new RejectOrder(id, body.Reason)))
            .WithSummary("Avslå beställningen med skäl (obligatoriskt). En avslagen beställning levereras aldrig.");
        orders.MapPost("/{id:guid}/retry", (Guid id, HttpContext http) => http.RunHttp(new RetryOrderFulfilment(id)))
            .WithSummary("Kör en misslyckad eller avbruten leverans igen (handläggare). Debiteras aldrig två gånger.");
    }

    public sealed record RejectBody(string Reason);
}
