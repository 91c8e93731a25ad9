using Servicenav.ServiceDesk.Domain.Problems;
using Servicenav.ServiceDesk.Features.Problems;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Components.Pages.ServiceDesk.Problems;

public static class ProblemFormat
{
    public static string Status(ProblemStatus status) => ProblemStatusText.Name(status);

    public static string Event(ProblemEventKind kind) => ProblemText.ResourceManager.GetString("Event_" + kind, ProblemText.Culture) ?? kind.ToString();

    public static string State(ProblemStateFilter state) => state switch
    {
        ProblemStateFilter.Open => ProblemText.State_Open,
        ProblemStateFilter.Done => ProblemText.State_Done,
        _ => ProblemText.State_All,
    };

    public static string Fmt(string format, params object[] values) => string.Format(SwedishCulture.Culture, format, values);

    public static string Date(DateOnly? date) => date is { } d ? SwedishCulture.Date(d) : "–";

    public static string StatusValue(string? value) => Enum.TryParse<ProblemStatus>(value, out var s) ? Status(s) : value ?? "–";
}
