using FluentValidation;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Writes on a case. An agent's text is a public reply (the first one is the case's first response) or an internal
/// note, optionally moving the case on (e.g. reply and wait for the requester). The requester's side writes
/// messages: a case waiting for them starts moving, a solved one reopens within the window.
/// </summary>
public sealed record AddCaseMessage(Guid CaseId, string Text, bool Internal = false, CaseStatus? NextStatus = null) : IRequest<Result<CaseDetails>>;

public sealed class AddCaseMessageValidator : AbstractValidator<AddCaseMessage>
{
    public AddCaseMessageValidator()
    {
        RuleFor(r => r.Text).NotEmpty().WithMessage(ServiceDeskMessages.TextEmpty)
            .MaximumLength(CaseLimits.DescriptionLength)
            .WithMessage(string.Format(SwedishCulture.Culture, ServiceDeskMessages.DescriptionTooLong, CaseLimits.DescriptionLength));
    }
}

internal sealed class AddCaseMessageHandler(ServicenavDb db, CaseStore store, TimeProvider clock) : IHandler<AddCaseMessage, Result<CaseDetails>>
{
    public async Task<Result<CaseDetails>> Handle(AddCaseMessage request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesRaise))
        {
            return Result<CaseDetails>.Forbidden();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = await CaseActors.CurrentAsync(db, cancellationToken);
        return await store.ChangeAsync(request.CaseId, (c, viewer) =>
        {
            if (viewer.MayWork(c))
            {
                if (request.Internal)
                {
                    c.AddInternalNote(request.Text, actor, now);
                }
                else
                {
                    c.Reply(request.Text, actor, now);
                }

                if (request.NextStatus is { } next)
                {
                    c.ChangeStatus(next, actor, now);
                }

                return Task.FromResult(true);
            }

            if (!viewer.IsRequesterSide(c) || request.Internal || request.NextStatus is not null)
            {
                return Task.FromResult(false);
            }

            c.AddRequesterMessage(request.Text, actor with { IsStaff = false }, now, CaseLimits.DefaultReopenWindowDays);
            return Task.FromResult(true);
        }, cancellationToken);
    }
}
