using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Data.Problems;
using Servicenav.ServiceDesk.Domain.Problems;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Problems;

/// <summary>
/// Registers a problem record about a root cause and its services, owned by a resolver group. With
/// <see cref="LinkRecurringCases"/> it is made from a recurring cause: every case with that root cause in the last
/// <see cref="WindowDays"/> days that the creator can see and that is not linked yet is linked in the same step.
/// </summary>
public sealed record CreateProblem : IRequest<Result<ProblemCreated>>
{
    public string Title { get; init; } = "";

    public string Description { get; init; } = "";

    public Guid? RootCauseId { get; init; }

    public IReadOnlyList<string> ServiceCodes { get; init; } = [];

    public Guid OwnerGroupId { get; init; }

    public bool LinkRecurringCases { get; init; }

    public int WindowDays { get; init; } = ProblemLimits.DefaultWindowDays;
}

public sealed class CreateProblemValidator : AbstractValidator<CreateProblem>
{
    public CreateProblemValidator()
    {
        RuleFor(r => r.Title).NotEmpty().WithMessage(ProblemMessages.TitleRequired)
            .MaximumLength(ProblemLimits.TitleLength).WithMessage(Fmt(ProblemMessages.TitleTooLong, ProblemLimits.TitleLength));
        RuleFor(r => r.Description).MaximumLength(ProblemLimits.TextLength).WithMessage(Fmt(ProblemMessages.TextTooLong, ProblemLimits.TextLength));
        RuleFor(r => r.OwnerGroupId).NotEmpty().WithMessage(ProblemMessages.GroupRequired);
        RuleFor(r => r.RootCauseId).NotNull().When(r => r.LinkRecurringCases).WithMessage(ProblemMessages.UnknownRootCause);
        RuleFor(r => r.WindowDays).InclusiveBetween(1, 730).WithMessage(ProblemMessages.WindowDaysRange);
    }

    private static string Fmt(string format, int value) => string.Format(SwedishCulture.Culture, format, value);
}

internal sealed class CreateProblemHandler(ServicenavDb db, ProblemLinker linker, TimeProvider clock) : IHandler<CreateProblem, Result<ProblemCreated>>
{
    public async Task<Result<ProblemCreated>> Handle(CreateProblem request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ProblemsManage) || db.User.IsCustomerScoped)
        {
            return Result<ProblemCreated>.Forbidden();
        }

        if (!await db.ResolverGroups.AnyAsync(g => g.Id == request.OwnerGroupId && g.IsActive, cancellationToken))
        {
            throw new ValidationFailedException("ownerGroupId", ProblemMessages.UnknownGroup);
        }

        if (request.RootCauseId is { } causeId && !await db.RootCauses.AnyAsync(r => r.Id == causeId, cancellationToken))
        {
            throw new ValidationFailedException("rootCauseId", ProblemMessages.UnknownRootCause);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = await CaseActors.CurrentAsync(db, cancellationToken);
        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var cases = new List<Domain.Case>();
        if (request.LinkRecurringCases)
        {
            var since = now.AddDays(-request.WindowDays);
            cases = await viewer.Apply(db.Cases)
                .Where(c => c.RootCauseId == request.RootCauseId && c.CreatedAtUtc >= since && c.ProblemId == null)
                .OrderBy(c => c.CreatedAtUtc).ToListAsync(cancellationToken);
            if (cases.Count == 0)
            {
                throw new ValidationFailedException("rootCauseId", string.Format(SwedishCulture.Culture, ProblemMessages.NoCasesForCause, request.WindowDays));
            }
        }

        var services = request.ServiceCodes.Count > 0 ? request.ServiceCodes : cases.Select(c => c.ServiceCode).OfType<string>().Distinct().ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await ProblemNumbers.NextAsync(db, now.Year, cancellationToken);
        var problem = Problem.Register(number, request.Title, request.Description, request.RootCauseId, services, request.OwnerGroupId, actor, now);
        db.Problems.Add(problem);
        await ProblemStore.SaveAsync(db, problem, cancellationToken);
        foreach (var @case in cases)
        {
            await linker.LinkAsync(problem, @case, actor, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ProblemCreated(problem.Id, problem.Number, cases.Count);
    }
}
