using FluentValidation;
using Servicenav.Access;
using Servicenav.Costing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>
/// Creates or replaces a driver: a resource driver (a pool, an ansvar or an account group → activities), a support
/// activity's distribution (→ activities) or a primary activity's activity driver (→ services), by shares or quantities.
/// </summary>
public sealed class SetCostingDriver : IRequest<Result<CostingDriverDto>>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int Year { get; set; }

    public DriverKind Kind { get; set; }

    public DriverSource Source { get; set; }

    public string SourceKey { get; set; } = "";

    public DriverBasis Basis { get; set; }

    public string Unit { get; set; } = "";

    public List<CostingDriverLineDto> Lines { get; set; } = [];
}

public sealed class SetCostingDriverValidator : AbstractValidator<SetCostingDriver>
{
    public SetCostingDriverValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage(CostingMessages.Required);
        RuleFor(x => x.Source).IsInEnum().WithMessage(CostingMessages.Required);
        RuleFor(x => x.Basis).IsInEnum().WithMessage(CostingMessages.Required);
        RuleFor(x => x.SourceKey).NotEmpty().WithMessage(CostingMessages.Required).MaximumLength(120).WithMessage(CostingMessages.TooLong200);
        RuleFor(x => x.Unit).MaximumLength(40).WithMessage(CostingMessages.TooLong40);
        RuleFor(x => x.Lines).NotEmpty().WithMessage(CostingMessages.Required);
        RuleForEach(x => x.Lines).ChildRules(line =>
            line.RuleFor(l => l.Target).NotEmpty().WithMessage(CostingMessages.Required).MaximumLength(60).WithMessage(CostingMessages.TooLong40));
    }
}

internal sealed class SetCostingDriverHandler(ServicenavDb db, TimeProvider clock) : IHandler<SetCostingDriver, Result<CostingDriverDto>>
{
    public async Task<Result<CostingDriverDto>> Handle(SetCostingDriver request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingManage))
        {
            return Result<CostingDriverDto>.Forbidden();
        }

        var model = await CostingReads.ModelOf(db, request.Year, cancellationToken);
        if (model is null)
        {
            return Result<CostingDriverDto>.NotFound();
        }

        var driver = model.SetDriver(request.Kind, request.Source, request.SourceKey, request.Basis, request.Unit,
            request.Lines.Select(l => (l.Target, l.Value)).ToList(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return CostingReads.Dto(driver);
    }
}
