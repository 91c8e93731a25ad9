using FluentValidation;
using Servicenav.Catalog.Domain;

namespace Servicenav.Catalog.Features;

/// <summary>A service as a form or an API client writes it. Mutable so a Blazor form can bind to it.</summary>
public class ServiceInput
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string AreaCode { get; set; } = "";

    public string Description { get; set; } = "";

    public List<string> Included { get; set; } = [];

    public List<string> NotIncluded { get; set; } = [];

    public SharingStatus Sharing { get; set; } = SharingStatus.LokalFrivillig;

    public PriceModel PriceModel { get; set; } = PriceModel.Fixed;

    public Guid? OwnerUserId { get; set; }

    public string OwnerName { get; set; } = "";

    public string OpeningHours { get; set; } = "";

    public decimal? AvailabilityTargetPercent { get; set; }

    public decimal? P1ResponseHours { get; set; }

    public decimal? P1ResolutionHours { get; set; }

    public decimal? P2ResponseHours { get; set; }

    public decimal? P2ResolutionHours { get; set; }

    public decimal? P3ResponseHours { get; set; }

    public decimal? P3ResolutionHours { get; set; }

    public decimal? P4ResponseHours { get; set; }

    public decimal? P4ResolutionHours { get; set; }

    public ServiceContent ToContent() => new(
        Name,
        AreaCode.Trim(),
        Description,
        Included,
        NotIncluded,
        Sharing,
        PriceModel,
        OwnerUserId,
        OwnerName,
        new ServiceLevels(
            OpeningHours,
            AvailabilityTargetPercent,
            new PriorityTarget(1, P1ResponseHours, P1ResolutionHours),
            new PriorityTarget(2, P2ResponseHours, P2ResolutionHours),
            new PriorityTarget(3, P3ResponseHours, P3ResolutionHours),
            new PriorityTarget(4, P4ResponseHours, P4ResolutionHours)));

    public void CopyFrom(ServiceDetailsDto s)
    {
        Code = s.Code;
        Name = s.Name;
        AreaCode = s.AreaCode;
        Description = s.Description;
        Included = [.. s.Included];
        NotIncluded = [.. s.NotIncluded];
        Sharing = s.Sharing;
        PriceModel = s.PriceModel;
        OwnerUserId = s.OwnerUserId;
        OwnerName = s.OwnerName;
        OpeningHours = s.Levels.OpeningHours;
        AvailabilityTargetPercent = s.Levels.AvailabilityTargetPercent;
        (P1ResponseHours, P1ResolutionHours) = (s.Levels.P1.ResponseHours, s.Levels.P1.ResolutionHours);
        (P2ResponseHours, P2ResolutionHours) = (s.Levels.P2.ResponseHours, s.Levels.P2.ResolutionHours);
        (P3ResponseHours, P3ResolutionHours) = (s.Levels.P3.ResponseHours, s.Levels.P3.ResolutionHours);
        (P4ResponseHours, P4ResolutionHours) = (s.Levels.P4.ResponseHours, s.Levels.P4.ResolutionHours);
    }
}

/// <summary>The shape rules of a service description; rules that need the catalogue live in the aggregate.</summary>
public sealed class ServiceInputValidator : AbstractValidator<ServiceInput>
{
    public ServiceInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage(Messages.Required)
            .Matches("^[a-z0-9][a-z0-9_-]{1,59}$").WithMessage(Messages.ServiceCodeFormat);
        RuleFor(x => x.Name).NotEmpty().WithMessage(Messages.Required).MaximumLength(200).WithMessage(Messages.TooLong200);
        RuleFor(x => x.AreaCode).NotEmpty().WithMessage(Messages.Required);
        RuleFor(x => x.Description).NotEmpty().WithMessage(Messages.Required).MaximumLength(4000).WithMessage(Messages.TooLong4000);
        RuleFor(x => x.OwnerName).NotEmpty().WithMessage(Messages.Required).MaximumLength(200).WithMessage(Messages.TooLong200);
        RuleFor(x => x.OpeningHours).MaximumLength(200).WithMessage(Messages.TooLong200);
        RuleForEach(x => x.Included).MaximumLength(500).WithMessage(Messages.TooLong500);
        RuleForEach(x => x.NotIncluded).MaximumLength(500).WithMessage(Messages.TooLong500);
        RuleFor(x => x.AvailabilityTargetPercent).InclusiveBetween(0m, 100m).WithMessage(Messages.AvailabilityRange);
        Target(x => x.P1ResponseHours, x => x.P1ResolutionHours);
        Target(x => x.P2ResponseHours, x => x.P2ResolutionHours);
        Target(x => x.P3ResponseHours, x => x.P3ResolutionHours);
        Target(x => x.P4ResponseHours, x => x.P4ResolutionHours);
    }

    private void Target(System.Linq.Expressions.Expression<Func<ServiceInput, decimal?>> response, System.Linq.Expressions.Expression<Func<ServiceInput, decimal?>> resolution)
    {
        RuleFor(response).GreaterThanOrEqualTo(0m).WithMessage(Messages.NotNegative);
        RuleFor(resolution).GreaterThanOrEqualTo(0m).WithMessage(Messages.NotNegative);
        var getResponse = response.Compile();
        RuleFor(resolution)
            .Must((input, value) => value is null || getResponse(input) is not { } r || r <= value)
            .WithMessage(Messages.ResolutionBeforeResponse);
    }
}
