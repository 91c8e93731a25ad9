namespace Servicenav.ServiceDesk.Domain.Problems;

public static class ProblemLimits
{
    public const int TitleLength = 200;

    public const int TextLength = 8000;

    /// <summary>Recurring causes: at least this many cases …</summary>
    public const int DefaultMinimumCases = 3;

    /// <summary>… in this many days.</summary>
    public const int DefaultWindowDays = 90;
}
