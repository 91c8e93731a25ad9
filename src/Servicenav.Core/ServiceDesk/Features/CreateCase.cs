using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Opens a case from any channel. An employee raises it for themself (portal, or an app through the API); an agent
/// registers it for a caller (phone) or another system sends it (API) naming the requester, or a new requester
/// when the caller is not in the directory yet. The resolver group comes from the service's route, else the
/// first-line group. A service the customer does not use is allowed and flagged.
/// </summary>
public sealed record CreateCase : IRequest<Result<CaseCreated>>
{
    public CaseType Type { get; init; } = CaseType.Question;

    public string Subject { get; init; } = "";

    public string Description { get; init; } = "";

    public string? ServiceCode { get; init; }

    public CaseChannel Channel { get; init; } = CaseChannel.Portal;

    public Impact Impact { get; init; } = Impact.Low;

    public Urgency Urgency { get; init; } = Urgency.Medium;

    /// <summary>The requester, when staff open the case for someone else.</summary>
    public Guid? ContactId { get; init; }

    /// <summary>A requester not yet in the directory (staff only).</summary>
    public NewContactInput? NewContact { get; init; }
}

public sealed record NewContactInput(Guid CustomerId, string Name, string? Email, string? Phone, Guid? UnitId);

public sealed record CaseCreated(Guid Id, string Number, string GroupName, bool ServiceNotUsedByCustomer);

public sealed class CreateCaseValidator : AbstractValidator<CreateCase>
{
    public CreateCaseValidator()
    {
        RuleFor(r => r.Subject).NotEmpty().WithMessage(ServiceDeskMessages.SubjectRequired)
            .MaximumLength(CaseLimits.SubjectLength).WithMessage(Fmt(ServiceDeskMessages.SubjectTooLong, CaseLimits.SubjectLength));
        RuleFor(r => r.Description).NotEmpty().WithMessage(ServiceDeskMessages.DescriptionRequired)
            .MaximumLength(CaseLimits.DescriptionLength).WithMessage(Fmt(ServiceDeskMessages.DescriptionTooLong, CaseLimits.DescriptionLength));
        RuleFor(r => r.Type).IsInEnum();
        RuleFor(r => r.Channel).IsInEnum();
        RuleFor(r => r.Impact).IsInEnum();
        RuleFor(r => r.Urgency).IsInEnum();
        RuleFor(r => r.NewContact!.Name).NotEmpty().When(r => r.NewContact is not null);
    }

    private static string Fmt(string format, int value) => string.Format(SwedishCulture.Culture, format, value);
}

internal sealed class CreateCaseHandler(ServicenavDb db, CaseOpener opener) : IHandler<CreateCase, Result<CaseCreated>>
{
    public async Task<Result<CaseCreated>> Handle(CreateCase request, CancellationToken cancellationToken)
    {
        var user = db.User;
        if (!user.Has(Permission.CasesRaise) && !user.IsSystem)
        {
            return Result<CaseCreated>.Forbidden();
        }

        var onBehalf = request.ContactId is not null || request.NewContact is not null;
        if (onBehalf && !user.IsSystem && (user.IsCustomerScoped || !user.Has(Permission.CasesWork)))
        {
            return Result<CaseCreated>.Forbidden();
        }

        GenericPlanConnection.Use(db);
        var service = await ServiceFacts.FindAsync(db, request.ServiceCode, cancellationToken);
        // Where the database allows, the requester's lookup takes the case's number in the same round trip.
        var openingTime = opener.OpeningTime();
        var numberYear = opener.YearToNumberInQuery(openingTime);
        var (requester, notUsed, number) = onBehalf
            ? await CaseRequesters.ForContactAsync(db, request.ContactId, request.NewContact, service?.Code, numberYear, cancellationToken)
            : await CaseRequesters.ForSignedInUserAsync(db, service?.Code, numberYear, cancellationToken);
        var group = await CaseRouting.GroupForAsync(db, service?.Code, cancellationToken);
        var channel = user.IsCustomerScoped && request.Channel is not (CaseChannel.Portal or CaseChannel.Api) ? CaseChannel.Portal : request.Channel;

        var actor = onBehalf ? await CaseActors.CurrentAsync(db, cancellationToken) : new CaseActor(requester.Name, user.UserId, IsStaff: false);
        var @case = await opener.OpenAsync(new NewCase(request.Type, request.Subject, request.Description, service?.Code, requester, channel,
            request.Impact, request.Urgency, group.Id, notUsed), actor, number, openingTime, cancellationToken);
        return new CaseCreated(@case.Id, @case.Number, group.Name, notUsed);
    }
}
