using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// The case list as a file (Excel or CSV) with the same view and filters as the page, and the same scope: an export
/// never holds a case the reader could not open. Refused, not cut short, above <see cref="MaxRows"/> rows.
/// </summary>
public sealed record ExportCases(
    ExportFormat Format,
    CaseListView View = CaseListView.All,
    CaseStateFilter State = CaseStateFilter.Open,
    Guid? GroupId = null,
    Guid? CustomerId = null,
    string? Search = null) : IRequest<Result<ExportFile>>
{
    public const int MaxRows = 100_000;
}

public sealed class CaseExportWithinLimitRule(int rows) : IBusinessRule
{
    public bool IsBroken() => rows > ExportCases.MaxRows;

    public string Message => string.Format(SwedishCulture.Culture, ServiceDeskMessages.ExportTooLarge, rows, ExportCases.MaxRows);
}

internal sealed class ExportCasesHandler(ServicenavDb db, TimeProvider clock) : IHandler<ExportCases, Result<ExportFile>>
{
    public async Task<Result<ExportFile>> Handle(ExportCases request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesRaise))
        {
            return Result<ExportFile>.Forbidden();
        }

        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var cases = CaseListQuery.Filter(db, viewer, request.View, request.State, request.GroupId, request.CustomerId, request.Search).AsNoTracking();
        var count = await cases.CountAsync(cancellationToken);
        if (count == 0 && CaseSearch.CanWidenToPrefixes(db, request.Search))
        {
            // As the list does: no whole word matched, so the words are taken as prefixes.
            cases = CaseListQuery.Filter(db, viewer, request.View, request.State, request.GroupId, request.CustomerId, request.Search, prefixes: true).AsNoTracking();
            count = await cases.CountAsync(cancellationToken);
        }

        var rule = new CaseExportWithinLimitRule(count);
        if (rule.IsBroken())
        {
            throw new BusinessRuleException(rule);
        }

        var rows = await CaseReads.RowsAsync(db, CaseListQuery.Order(cases, request.View), cancellationToken);
        var table = new TableExport(ServiceDeskMessages.Export_Sheet, Headers, rows.Select(Cells).ToList());
        var stem = string.Create(SwedishCulture.Culture, $"arenden-{SwedishCulture.Date(SwedishCulture.Today(clock))}");
        return table.To(request.Format, stem);
    }

    private static readonly string[] Headers =
    [
        ServiceDeskMessages.Col_Number, ServiceDeskMessages.Col_Created, ServiceDeskMessages.Col_Type, ServiceDeskMessages.Col_Status,
        ServiceDeskMessages.Col_Priority, ServiceDeskMessages.Col_Subject, ServiceDeskMessages.Col_Service, ServiceDeskMessages.Col_Customer,
        ServiceDeskMessages.Col_Requester, ServiceDeskMessages.Col_Group, ServiceDeskMessages.Col_Assignee, ServiceDeskMessages.Col_Channel,
        ServiceDeskMessages.Col_NextDue, ServiceDeskMessages.Col_Sla,
    ];

    private static object?[] Cells(CaseRow r) =>
    [
        r.Number, SwedishCulture.DateTimeText(r.CreatedAtUtc), CaseStatusText.Name(r.Type), CaseStatusText.Name(r.Status), r.Priority, r.Subject,
        r.ServiceName ?? r.ServiceCode, r.CustomerName, r.RequesterName, r.GroupName, r.AssigneeName, CaseStatusText.Name(r.Channel),
        r.NextDueUtc is { } due ? SwedishCulture.DateTimeText(due) : null, r.Sla is { } sla ? CaseStatusText.Name(sla) : null,
    ];
}
