using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Surveys;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Surveys;

/// <summary>
/// The requester answers the survey through its link, without signing in (the token is the permission): was the
/// problem solved, how were they treated (1–5), and an optional comment. Once: a second answer is refused and the
/// first kept, also when two arrive at the same moment. An expired link is refused; an unknown one is not found.
/// </summary>
public sealed record AnswerSurvey(string Token, bool? Solved, int? Treatment, string? Comment) : IRequest<Result<SurveyView>>;

public sealed class AnswerSurveyValidator : AbstractValidator<AnswerSurvey>
{
    public AnswerSurveyValidator()
    {
        RuleFor(r => r.Solved).NotNull().WithMessage(SurveyMessages.SolvedRequired);
        RuleFor(r => r.Treatment).NotNull().WithMessage(SurveyMessages.TreatmentRequired)
            .InclusiveBetween(SurveyLimits.MinTreatment, SurveyLimits.MaxTreatment).WithMessage(SurveyMessages.TreatmentRange);
        RuleFor(r => r.Comment).MaximumLength(SurveyLimits.CommentLength)
            .WithMessage(string.Format(SwedishCulture.Culture, SurveyMessages.CommentTooLong, SurveyLimits.CommentLength));
    }
}

internal sealed class AnswerSurveyHandler(ServicenavDb db, TimeProvider clock) : IHandler<AnswerSurvey, Result<SurveyView>>
{
    public async Task<Result<SurveyView>> Handle(AnswerSurvey request, CancellationToken cancellationToken)
    {
        // No permission to check: whoever holds the link may answer, signed in or not.
        var survey = await SurveyReads.ByTokenAsync(db, request.Token, tracking: true, cancellationToken);
        if (survey is null)
        {
            return Result<SurveyView>.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        survey.Answer(request.Solved!.Value, request.Treatment!.Value, request.Comment, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another answer was saved between our read and our write: it was first, and it stays.
            throw new BusinessRuleException(new SurveyIsAnsweredOnlyOnceRule(now));
        }

        return await SurveyReads.ViewAsync(db, survey, now, cancellationToken);
    }
}
