using ClosedXML.Excel;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Surveys;

/// <summary>
/// The survey results as the reader sees them (same filters, same customer scope): in Excel one sheet per division
/// (service, customer, resolver group, month) and one of comments; as CSV one table with the division in a column.
/// </summary>
public sealed record ExportSurveyResults(ExportFormat Format, int Year, string? ServiceCode = null, Guid? CustomerId = null, Guid? GroupId = null)
    : IRequest<Result<ExportFile>>;

internal sealed class ExportSurveyResultsHandler(IHandler<GetSurveyResults, Result<SurveyResults>> results) : IHandler<ExportSurveyResults, Result<ExportFile>>
{
    public async Task<Result<ExportFile>> Handle(ExportSurveyResults request, CancellationToken cancellationToken)
    {
        var result = await results.Handle(
            new GetSurveyResults(request.Year, request.ServiceCode, request.CustomerId, request.GroupId, CommentCount: 200), cancellationToken);
        return result.Map(r => request.Format == ExportFormat.Xlsx ? Workbook(r) : Csv(r));
    }

    private static string Stem(SurveyResults r) => string.Create(SwedishCulture.Culture, $"enkater-{r.Year}");

    private static ExportFile Workbook(SurveyResults r)
    {
        using var workbook = new XLWorkbook();
        foreach (var (name, rows) in Divisions(r))
        {
            new TableExport(name, FigureHeaders(SurveyMessages.Col_Name), [.. rows.Select(Cells), Total(r)]).AddSheetTo(workbook);
        }

        Comments(r).AddSheetTo(workbook);
        return TableExport.XlsxFile(workbook, Stem(r) + ".xlsx");
    }

    private static ExportFile Csv(SurveyResults r)
    {
        var rows = Divisions(r).SelectMany(d => d.Rows.Select(row => (object?[])[d.Name, .. Cells(row)])).ToList();
        rows.Add([SurveyMessages.Export_Total, .. Total(r)]);
        return new TableExport(SurveyMessages.Export_ByService, [SurveyMessages.Export_Division, .. FigureHeaders(SurveyMessages.Col_Name)], rows)
            .To(ExportFormat.Csv, Stem(r));
    }

    private static (string Name, IReadOnlyList<SurveyResultRow> Rows)[] Divisions(SurveyResults r) =>
    [
        (SurveyMessages.Export_ByService, r.ByService), (SurveyMessages.Export_ByCustomer, r.ByCustomer),
        (SurveyMessages.Export_ByGroup, r.ByGroup), (SurveyMessages.Export_ByMonth, r.ByMonth),
    ];

    private static string[] FigureHeaders(string first) =>
        [first, SurveyMessages.Col_Sent, SurveyMessages.Col_Answered, SurveyMessages.Col_ResponseRate, SurveyMessages.Col_SolvedShare, SurveyMessages.Col_MeanTreatment];

    private static object?[] Cells(SurveyResultRow row) => Figures(row.Name, row.Figures);

    private static object?[] Total(SurveyResults r) => Figures(SurveyMessages.Export_Total, r.Total);

    private static object?[] Figures(string name, SurveyFigures f) =>
        [name, f.Sent, f.Answered, f.ResponseRatePercent, f.SolvedPercent, f.MeanTreatment];

    private static TableExport Comments(SurveyResults r) => new(
        SurveyMessages.Export_Comments,
        [SurveyMessages.Col_Case, SurveyMessages.Col_AnsweredAt, SurveyMessages.Col_Service, SurveyMessages.Col_Customer, SurveyMessages.Col_Group,
            SurveyMessages.Col_Solved, SurveyMessages.Col_Treatment, SurveyMessages.Col_Comment],
        r.Comments.Select(c => new object?[]
        {
            c.CaseNumber, SwedishCulture.DateTimeText(c.AnsweredAtUtc), c.ServiceName, c.CustomerName, c.GroupName,
            c.Solved ? SurveyMessages.Yes : SurveyMessages.No, c.Treatment, c.Comment,
        }).ToList());
}
