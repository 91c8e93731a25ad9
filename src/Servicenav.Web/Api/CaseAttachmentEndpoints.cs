using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Servicenav.ServiceDesk;
using Servicenav.ServiceDesk.Features.Attachments;
using Servicenav.ServiceDesk.Features.Links;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Api;

/// <summary>
/// A case's attachments and links. Every route goes through the same case view as the case itself: a case, or an
/// internal attachment, outside the caller's view is 404. Downloads are always files to save, never pages to show.
/// </summary>
public static class CaseAttachmentEndpoints
{
    public static void MapCaseAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases/{id:guid}").WithTags("Ärenden");
        cases.MapGet("/attachments", (Guid id, HttpContext http) => http.RunHttp(new ListCaseAttachments(id)))
            .WithSummary("Ärendets bilagor (beställarsidan ser inte interna) med gränserna för storlek och filtyper.");
        cases.MapPost("/attachments", async (Guid id, bool? @internal, HttpContext http) =>
        {
            if (!http.Request.HasFormContentType)
            {
                throw new ValidationFailedException(AddCaseAttachment.Field, UiText.Problem_Validation);
            }

            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null)
                ?? throw new ValidationFailedException(AddCaseAttachment.Field, CaseAttachmentText.Upload_Choose);
            var markInternal = @internal ?? string.Equals(form["internal"], "true", StringComparison.OrdinalIgnoreCase);
            await using var content = file.OpenReadStream();
            return await http.RunHttp(new AddCaseAttachment(id, file.FileName, file.ContentType, content, markInternal),
                a => Results.Created($"/api/cases/{id}/attachments/{a.Id}", a));
        })
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes(app)))

            // An API upload with a bearer token or the same-site session cookie (SameSite=Lax: a cross-site form post
            // carries no session), like the ledger import; the case page uploads through its circuit, not this endpoint.
            .DisableAntiforgery()
            .WithSummary("Lägg till en bilaga (multipart, fältet file; internal=true för interna, bara handläggare). Otillåten typ, "
                + "innehåll som inte stämmer med filändelsen eller för stor fil ger 400 med filnamnet och skälet; inget sparas.");
        cases.MapGet("/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, HttpContext http) =>
        {
            var result = await http.Run(new GetCaseAttachment(id, attachmentId));
            if (!result.IsOk)
            {
                return result.ToHttp();
            }

            var file = result.Value!;
            http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            http.Response.Headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
            return Results.Stream(file.Content, Downloadable(file.ContentType), file.FileName);
        })
            .WithSummary("Hämta en bilaga (alltid som nedladdning, Content-Disposition: attachment). 404 om du inte får se ärendet eller bilagan.");
        cases.MapDelete("/attachments/{attachmentId:guid}", (Guid id, Guid attachmentId, HttpContext http) =>
                http.RunHttp(new RemoveCaseAttachment(id, attachmentId)))
            .WithSummary("Ta bort en bilaga från ärendet (handläggare). Borttagningen syns i historiken.");

        cases.MapGet("/links", (Guid id, HttpContext http) => http.RunHttp(new ListCaseLinks(id)))
            .WithSummary("Länkade ärenden som du får se.");
        cases.MapPost("/links", (Guid id, LinkBody body, HttpContext http) => http.RunHttp(new LinkCases(id, body.OtherCase)))
            .WithSummary("Länka ärendet till ett annat (nummer eller id). Båda måste vara synliga för dig; länken syns på båda ärendena.");
        cases.MapDelete("/links/{otherId:guid}", (Guid id, Guid otherId, HttpContext http) => http.RunHttp(new UnlinkCases(id, otherId)))
            .WithSummary("Ta bort länken mellan två ärenden.");
    }

    /// <summary>Anything a browser could render as a page or run is sent as plain bytes.</summary>
    private static string Downloadable(string contentType) =>
        contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || contentType.Contains("xml", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("javascript", StringComparison.OrdinalIgnoreCase)
            ? "application/octet-stream"
            : contentType;

    /// <summary>Room for twice the largest file, so an oversized file reaches the use case and is refused by name (beyond that, 413).</summary>
    private static long MaxRequestBytes(IEndpointRouteBuilder app) =>
        app.ServiceProvider.GetRequiredService<AttachmentSettings>().MaxFileBytes * 2 + (1024 * 1024);

    public sealed record LinkBody(string OtherCase);
}
