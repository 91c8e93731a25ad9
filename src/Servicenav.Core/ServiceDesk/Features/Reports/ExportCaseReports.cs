using ClosedXML.Excel;
using FluentValidation;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Reports;

/// <summary>The tables of the customer-service reports, each a sheet in Excel or one CSV file.</summary>
public enum CaseReportTable
{
    Flow,
    Backlog,
    TimesByPriority,
    TimesByService,
    SlaByService,
    SlaByCustomer,
    SlaByMonth,
    Agents,
    Groups,
    RootCauses,
}

/// <summary>
/// The reports as the reader sees them (same filter, same scope — a Beställare's file holds its own customer's
/// figures only): in Excel every table as a sheet (or the one asked for), as CSV the one table asked for (the flow
/// per day when none is). Made by the report use cases themselves and written by <see cref="TableExport"/>.
/// </summary>
public sealed record ExportCaseReports(ExportFormat Format, CaseReportFilter Filter, CaseReportTable? Table = null) : IRequest<Result<ExportFile>>;

public sealed class ExportCaseReportsValidator : AbstractValidator<ExportCaseReports>
{
    public ExportCaseReportsValidator() => RuleFor(r => r.Filter).NotNull().SetValidator(new CaseReportFilterValidator());
}

internal sealed class ExportCaseReportsHandler(
    IHandler<GetCaseFlow, Result<CaseFlowReport>> flow,
    IHandler<GetCaseTimes, Result<CaseTimesReport>> times,
    IHandler<GetSlaCompliance, Result<SlaComplianceReport>> sla,
    IHandler<GetAgentProductivity, Result<AgentProductivityReport>> agents,
    IHandler<GetTopRootCauses, Result<RootCauseReport>> causes) : IHandler<ExportCaseReports, Result<ExportFile>>
{
    public async Task<Result<ExportFile>> Handle(ExportCaseReports request, CancellationToken cancellationToken)
    {
        var f = request.Filter;
        var flowResult = await flow.Handle(new GetCaseFlow(f), cancellationToken);
        if (!flowResult.IsOk)
        {
            return Result<ExportFile>.Forbidden();
        }

        var tables = new List<(CaseReportTable Table, TableExport Export)>();
        var report = flowResult.Value!;
        tables.Add((CaseReportTable.Flow, CaseReportTables.Flow(report)));
        tables.Add((CaseReportTable.Backlog, CaseReportTables.Backlog(report)));
        var t = (await times.Handle(new GetCaseTimes(f), cancellationToken)).Value!;
        tables.Add((CaseReportTable.TimesByPriority, CaseReportTables.Times(CaseReportMessages.Table_TimesByPriority, CaseReportMessages.Col_Priority, t.ByPriority, t.Total)));
        tables.Add((CaseReportTable.TimesByService, CaseReportTables.Times(CaseReportMessages.Table_TimesByService, CaseReportMessages.Col_Service, t.ByService, t.Total)));
        var s = (await sla.Handle(new GetSlaCompliance(f), cancellationToken)).Value!;
        tables.Add((CaseReportTable.SlaByService, CaseReportTables.Compliance(CaseReportMessages.Table_SlaByService, CaseReportMessages.Col_Service, s.ByService, s.Total)));
        tables.Add((CaseReportTable.SlaByCustomer, CaseReportTables.Compliance(CaseReportMessages.Table_SlaByCustomer, CaseReportMessages.Col_Customer, s.ByCustomer, s.Total)));
        tables.Add((CaseReportTable.SlaByMonth, CaseReportTables.Compliance(CaseReportMessages.Table_SlaByMonth, CaseReportMessages.Col_Month, s.ByMonth, s.Total)));
        var a = (await agents.Handle(new GetAgentProductivity(f), cancellationToken)).Value!;
        if (a.Agents.Count > 0)
        {
            tables.Add((CaseReportTable.Agents, CaseReportTables.Productivity(CaseReportMessages.Table_Agents, CaseReportMessages.Col_Agent, a.Agents, a.Total)));
        }

        tables.Add((CaseReportTable.Groups, CaseReportTables.Productivity(CaseReportMessages.Table_Groups, CaseReportMessages.Col_Group, a.Groups, a.Total)));
        tables.Add((CaseReportTable.RootCauses, CaseReportTables.RootCauses((await causes.Handle(new GetTopRootCauses(f, 100), cancellationToken)).Value!)));

        var stem = string.Create(SwedishCulture.Culture, $"kundtjanstrapport-{SwedishCulture.Date(report.From)}-{SwedishCulture.Date(report.To)}");
        var chosen = request.Table is { } table ? tables.Where(x => x.Table == table).ToList() : tables;
        if (request.Format == ExportFormat.Csv || chosen.Count == 1)
        {
            var one = chosen.FirstOrDefault().Export ?? tables[0].Export;
            return one.To(request.Format, stem);
        }

        using var workbook = new XLWorkbook();
        foreach (var (_, export) in chosen)
        {
            export.AddSheetTo(workbook);
        }

        return TableExport.XlsxFile(workbook, stem + ".xlsx");
    }
}

/// <summary>The report tables as export tables: the same columns as on the page.</summary>
internal static class CaseReportTables
{
    public static TableExport Flow(CaseFlowReport r) => new(
        CaseReportMessages.Table_Flow,
        [CaseReportMessages.Col_Date, CaseReportMessages.Col_Created, CaseReportMessages.Col_Solved, CaseReportMessages.Col_Closed, CaseReportMessages.Col_OpenAtEnd],
        r.Days.Select(d => new object?[] { d.Date, d.Created, d.Solved, d.Closed, d.OpenAtEnd }).ToList());

    public static TableExport Backlog(CaseFlowReport r) => new(
        CaseReportMessages.Table_Backlog,
        [CaseReportMessages.Col_Status, CaseReportMessages.Col_Age0To2, CaseReportMessages.Col_Age3To7, CaseReportMessages.Col_Age8To30,
            CaseReportMessages.Col_AgeOver30, CaseReportMessages.Col_Total],
        [.. r.Backlog.Append(r.BacklogTotal).Select(b => new object?[] { b.Name, b.Days0To2, b.Days3To7, b.Days8To30, b.Over30Days, b.Total })]);

    public static TableExport Times(string name, string first, IReadOnlyList<CaseTimeRow> rows, CaseTimeRow total) => new(
        name,
        [first, CaseReportMessages.Col_ResponseCount, CaseReportMessages.Col_ResponseMean, CaseReportMessages.Col_ResponseMedian, CaseReportMessages.Col_ResponseP90,
            CaseReportMessages.Col_ResolutionCount, CaseReportMessages.Col_ResolutionMean, CaseReportMessages.Col_ResolutionMedian, CaseReportMessages.Col_ResolutionP90],
        [.. rows.Append(total).Select(r => new object?[]
        {
            r.Name, r.Response.Count, r.Response.MeanHours, r.Response.MedianHours, r.Response.P90Hours,
            r.Resolution.Count, r.Resolution.MeanHours, r.Resolution.MedianHours, r.Resolution.P90Hours,
        })]);

    public static TableExport Compliance(string name, string first, IReadOnlyList<ComplianceRow> rows, ComplianceFigures total) => new(
        name,
        [first, CaseReportMessages.Col_ResponseCounted, CaseReportMessages.Col_ResponseMet, CaseReportMessages.Col_ResponsePercent,
            CaseReportMessages.Col_ResolutionCounted, CaseReportMessages.Col_ResolutionMet, CaseReportMessages.Col_ResolutionPercent],
        [.. rows.Select(r => Compliance(r.Name, r.Figures)), Compliance(CaseReportMessages.Total, total)]);

    private static object?[] Compliance(string name, ComplianceFigures f) =>
        [name, f.ResponseCounted, f.ResponseMet, f.ResponsePercent, f.ResolutionCounted, f.ResolutionMet, f.ResolutionPercent];

    public static TableExport Productivity(string name, string first, IReadOnlyList<ProductivityRow> rows, ProductivityRow total) => new(
        name,
        [first, CaseReportMessages.Col_Fte, CaseReportMessages.Col_SolvedCases, CaseReportMessages.Col_PerFtePerMonth, CaseReportMessages.Col_YearBefore,
            CaseReportMessages.Col_Change],
        [.. rows.Append(total).Select(r => new object?[] { r.Name, r.Fte, r.Solved, r.SolvedPerFtePerMonth, r.SolvedYearBefore, r.ChangePercent })]);

    public static TableExport RootCauses(RootCauseReport r) => new(
        CaseReportMessages.Table_RootCauses,
        [CaseReportMessages.Col_RootCause, CaseReportMessages.Col_Count, CaseReportMessages.Col_Share, CaseReportMessages.Col_PreviousPeriod, CaseReportMessages.Col_Change],
        r.Rows.Select(c => new object?[] { c.Name, c.Count, c.SharePercent, c.PreviousCount, c.ChangePercent }).ToList());
}
