using FluentValidation;
using Servicenav.Costing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>Adds an activity to a year's model, or changes the name and kind of an existing one (same code).</summary>
public sealed class SaveCostingActivity : IRequest<Result<Unit>>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int Year { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public ActivityKind Kind { get; set; }
}

public sealed class SaveCostingActivityValidator : AbstractValidator<SaveCostingActivity>
{
    public SaveCostingActivityValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage(CostingMessages.Required)
            .Matches(@"^[\p{L}0-9][\p{L}0-9_-]{0,39}$").WithMessage(CostingMessages.CodeFormat);
        RuleFor(x => x.Name).NotEmpty().WithMessage(CostingMessages.Required).MaximumLength(200).WithMessage(CostingMessages.TooLong200);
        RuleFor(x => x.Kind).IsInEnum().WithMessage(CostingMessages.Required);
    }
}

internal sealed class SaveCostingActivityHandler(ServicenavDb db, TimeProvider clock) : IHandler<SaveCostingActivity, Result<Unit>>
{
    public Task<Result<Unit>> Handle(SaveCostingActivity request, CancellationToken cancellationToken) =>
        CostingEditing.Change(db, request.Year, model =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (model.FindActivity(request.Code) is null)
            {
                model.AddActivity(request.Code, request.Name, request.Kind, now);
            }
            else
            {
                model.ChangeActivity(request.Code, request.Name, request.Kind, now);
            }
        }, cancellationToken);
}
