using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Costing.Domain;
using Servicenav.Data;
using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>Starts the costing model of a year on the budget or the outcome (one model per year).</summary>
public sealed class CreateCostingModel : IRequest<Result<CostingModelSummary>>
{
    public int Year { get; set; }

    public LedgerKind Basis { get; set; } = LedgerKind.Budget;
}

public sealed class CreateCostingModelValidator : AbstractValidator<CreateCostingModel>
{
    public CreateCostingModelValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2999).WithMessage(CostingMessages.YearRange);
        RuleFor(x => x.Basis).IsInEnum().WithMessage(CostingMessages.Required);
    }
}

internal sealed class CreateCostingModelHandler(ServicenavDb db, TimeProvider clock) : IHandler<CreateCostingModel, Result<CostingModelSummary>>
{
    public async Task<Result<CostingModelSummary>> Handle(CreateCostingModel request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingManage))
        {
            return Result<CostingModelSummary>.Forbidden();
        }

        if (await db.CostingModels.AnyAsync(m => m.Year == request.Year, cancellationToken))
        {
            throw new ValidationFailedException("year", string.Format(SwedishCulture.Culture, CostingMessages.ModelExists, request.Year));
        }

        var model = CostingModel.Create(request.Year, request.Basis, db.User.UserName, clock.GetUtcNow().UtcDateTime);
        db.CostingModels.Add(model);
        await db.SaveChangesAsync(cancellationToken);
        return CostingReads.Summary(model, null);
    }
}
