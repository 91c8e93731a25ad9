namespace Servicenav.ServiceDesk.Domain.Problems;

/// <summary>The Swedish name of a problem status, for rule messages and pages.</summary>
public static class ProblemStatusText
{
    public static string Name(ProblemStatus status) => status switch
    {
        ProblemStatus.Registered => ProblemMessages.Status_Registered,
        ProblemStatus.UnderInvestigation => ProblemMessages.Status_UnderInvestigation,
        ProblemStatus.KnownError => ProblemMessages.Status_KnownError,
        ProblemStatus.Solved => ProblemMessages.Status_Solved,
        _ => ProblemMessages.Status_Closed,
    };
}
