using Servicenav.Billing;
using Servicenav.Billing.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Api;

/// <summary>Internal charging: billing months (run, close, ledger export) and invoices with drill-down to usage.</summary>
public static class BillingEndpoints
{
    public static void MapBillingEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/billing").WithTags("Debitering");

        api.MapGet("/periods", (int year, HttpContext http) => http.RunHttp(new ListBillingPeriods(year)))
            .WithSummary("Årets tolv debiteringsmånader med status (öppen/stängd) och senaste körning.");
        api.MapPost("/periods/{period}/run", (string period, HttpContext http) => http.RunHttp(new RunBilling(ParsePeriod(period))))
            .WithSummary("Kör debiteringen för månaden (yyyy-mm). Upprepningsbar; 409 om månaden är stängd eller en körning pågår.");
        api.MapPost("/periods/{period}/close", (string period, HttpContext http) => http.RunHttp(new CloseBillingPeriod(ParsePeriod(period))))
            .WithSummary("Stäng månaden efter en slutlig körning; 409 om ny användning kommit efter körningen.");
        api.MapGet("/periods/{period}/export", (string period, LedgerExportFormat format, HttpContext http) =>
            http.RunHttp(new ExportLedger(ParsePeriod(period), format), ApiResults.File))
            .WithSummary("Månadens internfakturor till huvudboken: SIE 4I (format=Sie, CP437) eller CSV (format=Csv).");
        api.MapGet("/invoices", (string? period, Guid? customerId, HttpContext http) =>
            http.RunHttp(new ListInvoices(period is null ? null : ParsePeriod(period), customerId)))
            .WithSummary("Fakturor (en beställare ser bara sin egen kunds).");
        api.MapGet("/invoices/export", (string? period, HttpContext http) =>
            http.RunHttp(new ExportInvoices(period is null ? null : ParsePeriod(period)), ApiResults.File))
            .WithSummary("Fakturor, rader och användningsrader som Excel.");
        api.MapGet("/invoices/{id:guid}", (Guid id, HttpContext http) => http.RunHttp(new GetInvoice(id)))
            .WithSummary("En faktura med specifikation, prislisteversion och länk till prisets uppbyggnad per rad.");
        api.MapGet("/lines/{lineId:long}/usage", (long lineId, int? skip, int? take, HttpContext http) =>
            http.RunHttp(new GetInvoiceLineUsage(lineId, skip ?? 0, take ?? 500)))
            .WithSummary("Användningsraderna bakom en fakturarad.");
    }

    private static Period ParsePeriod(string text) =>
        Period.TryParse(text, out var period) ? period : throw new ValidationFailedException("period", BillingMessages.PeriodRequired);
}
