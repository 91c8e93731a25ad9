using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Surveys;

/// <summary>The first answer is the answer: a second one (a reload, a forwarded link, a double click) is refused.</summary>
public sealed class SurveyIsAnsweredOnlyOnceRule(DateTime? answeredAtUtc) : IBusinessRule
{
    public bool IsBroken() => answeredAtUtc is not null;

    public string Message => SurveyMessages.AlreadyAnswered;
}

public sealed class SurveyMustNotHaveExpiredRule(DateTime expiresAtUtc, DateTime nowUtc) : IBusinessRule
{
    public bool IsBroken() => nowUtc >= expiresAtUtc;

    public string Message => string.Format(SwedishCulture.Culture, SurveyMessages.Expired, SwedishCulture.DateTimeText(expiresAtUtc));
}

public sealed class TreatmentMustBeOneToFiveRule(int treatment) : IBusinessRule
{
    public bool IsBroken() => treatment is < SurveyLimits.MinTreatment or > SurveyLimits.MaxTreatment;

    public string Message => SurveyMessages.TreatmentRange;
}

public sealed class SurveyCommentMustFitRule(string? comment) : IBusinessRule
{
    public bool IsBroken() => comment is not null && comment.Trim().Length > SurveyLimits.CommentLength;

    public string Message => string.Format(SwedishCulture.Culture, SurveyMessages.CommentTooLong, SurveyLimits.CommentLength);
}
