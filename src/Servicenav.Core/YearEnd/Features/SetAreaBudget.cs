using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.YearEnd.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.YearEnd.Features;

/// <summary>Sets (or revises) a service area's budgeted revenue and cost for a year.</summary>
public sealed record SetAreaBudget(int Year, string AreaCode, decimal Revenue, decimal Cost) : IRequest<Result<Unit>>;

public sealed class SetAreaBudgetValidator : AbstractValidator<SetAreaBudget>
{
    public SetAreaBudgetValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage(Messages.YearOutOfRange);
        RuleFor(x => x.AreaCode).NotEmpty().WithMessage(Messages.Required).MaximumLength(40).WithMessage(Messages.TooLong40);
        RuleFor(x => x.Revenue).GreaterThanOrEqualTo(0).WithMessage(Messages.MustNotBeNegative);
        RuleFor(x => x.Cost).GreaterThanOrEqualTo(0).WithMessage(Messages.MustNotBeNegative);
    }
}

internal sealed class SetAreaBudgetHandler(ServicenavDb db) : IHandler<SetAreaBudget, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(SetAreaBudget request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingManage))
        {
            return Result.Forbidden();
        }

        var code = request.AreaCode.Trim();
        var budget = await db.AreaBudgets.FirstOrDefaultAsync(b => b.Year == request.Year && b.AreaCode == code, cancellationToken);
        if (budget is null)
        {
            db.AreaBudgets.Add(new AreaBudget(request.Year, code, Money.Sek(request.Revenue), Money.Sek(request.Cost)));
        }
        else
        {
            budget.Revise(Money.Sek(request.Revenue), Money.Sek(request.Cost));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
