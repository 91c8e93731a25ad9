using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Surveys;

/// <summary>
/// A survey as its link shows it, to anyone holding the link (no sign-in: the token is the permission). An unknown
/// or malformed token is not found, and tells nothing.
/// </summary>
public sealed record GetSurvey(string Token) : IRequest<Result<SurveyView>>;

internal sealed class GetSurveyHandler(ServicenavDb db, TimeProvider clock) : IHandler<GetSurvey, Result<SurveyView>>
{
    public async Task<Result<SurveyView>> Handle(GetSurvey request, CancellationToken cancellationToken)
    {
        var survey = await SurveyReads.ByTokenAsync(db, request.Token, tracking: false, cancellationToken);
        return survey is null
            ? Result<SurveyView>.NotFound()
            : await SurveyReads.ViewAsync(db, survey, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
