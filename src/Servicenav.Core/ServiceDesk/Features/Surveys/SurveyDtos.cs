using Servicenav.ServiceDesk.Domain.Surveys;

namespace Servicenav.ServiceDesk.Features.Surveys;

/// <summary>
/// What the holder of a survey link sees: which contact it is about (case number and subject, nothing else of the
/// case), whether it can still be answered, and their own answer once given.
/// </summary>
public sealed record SurveyView(
    string CaseNumber,
    string Subject,
    SurveyState State,
    DateTime ExpiresAtUtc,
    DateTime? AnsweredAtUtc,
    bool? Solved,
    int? Treatment,
    string? Comment);

/// <summary>
/// A group of surveys summed up. Rates are percentages with one decimal; the response rate is answers of surveys
/// sent, the solved share and the mean treatment are of the answers. Null when there is nothing to divide by.
/// </summary>
public sealed record SurveyFigures(int Sent, int Answered, decimal? ResponseRatePercent, decimal? SolvedPercent, decimal? MeanTreatment);

/// <summary>One row of a results table: a service (by code), a customer, a resolver group (by id) or a month ("2026-03").</summary>
public sealed record SurveyResultRow(string Key, string Name, SurveyFigures Figures);

public sealed record SurveyComment(
    string CaseNumber,
    DateTime AnsweredAtUtc,
    bool Solved,
    int Treatment,
    string Comment,
    string ServiceName,
    string CustomerName,
    string GroupName);

/// <summary>A value to filter on, with its name.</summary>
public sealed record SurveyOption(string Key, string Name);

/// <summary>
/// A year's end-user survey results as the reader may see them (a Beställare: its own customer's only), per
/// service, customer, resolver group and month, with the latest comments and the values the filters offer.
/// </summary>
public sealed record SurveyResults(
    int Year,
    SurveyFigures Total,
    IReadOnlyList<SurveyResultRow> ByService,
    IReadOnlyList<SurveyResultRow> ByCustomer,
    IReadOnlyList<SurveyResultRow> ByGroup,
    IReadOnlyList<SurveyResultRow> ByMonth,
    IReadOnlyList<SurveyComment> Comments,
    IReadOnlyList<SurveyOption> Services,
    IReadOnlyList<SurveyOption> Customers,
    IReadOnlyList<SurveyOption> Groups);
