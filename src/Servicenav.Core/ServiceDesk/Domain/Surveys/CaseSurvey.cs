using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Surveys;

/// <summary>
/// The end-user survey of one case (problem solved? treatment 1–5? comment), sent to the requester when the case
/// is solved, once per case, and answered once through a link without signing in. The link's token is never
/// stored: only its SHA-256 hash, so a copy of the database cannot be used to answer. What the case was about at
/// solving (service, customer, resolver group, month) is kept here, so the results do not move when the case later
/// changes group or service.
/// </summary>
public sealed class CaseSurvey : Entity, ICustomerOwned
{
    private CaseSurvey()
    {
    }

    private CaseSurvey(Case solved, string tokenHash, DateTime nowUtc, int validDays)
    {
        Id = Guid.CreateVersion7();
        CaseId = solved.Id;
        CustomerId = solved.CustomerId;
        ContactId = solved.ContactId;
        RecipientEmail = solved.RequesterEmail;
        ServiceCode = solved.ServiceCode;
        GroupId = solved.GroupId;
        Month = Period.Of(DateOnly.FromDateTime(SwedishCulture.ToLocal(nowUtc)));
        TokenHash = tokenHash;
        SentAtUtc = nowUtc;
        ExpiresAtUtc = nowUtc.AddDays(validDays);
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>The requester the survey went to.</summary>
    public Guid ContactId { get; private set; }

    /// <summary>The requester's e-mail address when the survey was sent (null: no address, the link can be given by phone).</summary>
    public string? RecipientEmail { get; private set; }

    public string? ServiceCode { get; private set; }

    /// <summary>The resolver group that had the case when it was solved.</summary>
    public Guid GroupId { get; private set; }

    /// <summary>The month (Swedish time) the case was solved and the survey sent: the results' month.</summary>
    public Period Month { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the link's token.</summary>
    public string TokenHash { get; private set; } = "";

    public DateTime SentAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public bool? Solved { get; private set; }

    /// <summary>How the requester was treated, 1 (very bad) to 5 (very good).</summary>
    public int? Treatment { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>Set once, by the first answer; the database refuses a second (see the configuration's concurrency token).</summary>
    public DateTime? AnsweredAtUtc { get; private set; }

    /// <summary>A new survey for a just solved case, and the token for its link (shown once, never stored).</summary>
    public static (CaseSurvey Survey, string Token) Invite(Case solved, DateTime nowUtc, int validDays = SurveyLimits.ValidDays)
    {
        var token = SurveyToken.New();
        return (new CaseSurvey(solved, SurveyToken.Hash(token), nowUtc, validDays), token);
    }

    public SurveyState StateAt(DateTime nowUtc) =>
        AnsweredAtUtc is not null ? SurveyState.Answered : nowUtc >= ExpiresAtUtc ? SurveyState.Expired : SurveyState.Open;

    public void Answer(bool solved, int treatment, string? comment, DateTime nowUtc)
    {
        CheckRule(new SurveyIsAnsweredOnlyOnceRule(AnsweredAtUtc));
        CheckRule(new SurveyMustNotHaveExpiredRule(ExpiresAtUtc, nowUtc));
        CheckRule(new TreatmentMustBeOneToFiveRule(treatment));
        CheckRule(new SurveyCommentMustFitRule(comment));
        Solved = solved;
        Treatment = treatment;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        AnsweredAtUtc = nowUtc;
    }
}

public enum SurveyState
{
    Open,
    Answered,
    Expired,
}
