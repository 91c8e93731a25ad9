namespace Servicenav.ServiceDesk.Domain.Surveys;

public static class SurveyLimits
{
    /// <summary>Days the link can be answered after the case was solved.</summary>
    public const int ValidDays = 30;

    public const int CommentLength = 2000;

    public const int MinTreatment = 1;

    public const int MaxTreatment = 5;
}
