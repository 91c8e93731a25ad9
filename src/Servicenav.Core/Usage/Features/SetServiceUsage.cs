using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Catalog.Features;
using Servicenav.Data;
using Servicenav.SharedKernel;
using Servicenav.Usage.Domain;

namespace Servicenav.Usage.Features;

/// <summary>Records whether a customer uses a service (or that it is not known), with the degree of use where known.</summary>
public sealed class SetServiceUsage : IRequest<Result<MatrixCell>>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid CustomerId { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string ServiceCode { get; set; } = "";

    public UsageStatus Status { get; set; }

    public decimal? DegreePercent { get; set; }

    public string? Note { get; set; }
}

public sealed class SetServiceUsageValidator : AbstractValidator<SetServiceUsage>
{
    public SetServiceUsageValidator()
    {
        RuleFor(x => x.Status).IsInEnum().WithMessage(Messages.InvalidValue);
        RuleFor(x => x.DegreePercent).InclusiveBetween(0m, 100m).WithMessage(Messages.DegreeRange);
        RuleFor(x => x.DegreePercent).Null().When(x => x.Status != UsageStatus.Uses).WithMessage(Messages.DegreeOnlyWhenUsed);
        RuleFor(x => x.Note).MaximumLength(500).WithMessage(Messages.TooLong500);
    }
}

internal sealed class SetServiceUsageHandler(ServicenavDb db, TimeProvider clock) : IHandler<SetServiceUsage, Result<MatrixCell>>
{
    public async Task<Result<MatrixCell>> Handle(SetServiceUsage request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.UsageEdit))
        {
            return Result<MatrixCell>.Forbidden();
        }

        if (!await db.Customers.AnyAsync(c => c.Id == request.CustomerId, cancellationToken))
        {
            return Result<MatrixCell>.NotFound();
        }

        var today = SwedishCulture.Today(clock);
        var catalog = await CatalogReads.Current(db, today, cancellationToken);
        var service = catalog?.FindService(request.ServiceCode);
        if (service is null)
        {
            return Result<MatrixCell>.NotFound();
        }

        var usage = await db.ServiceUsages.FirstOrDefaultAsync(u => u.CustomerId == request.CustomerId && u.ServiceCode == service.Code, cancellationToken);
        if (usage is null)
        {
            usage = new ServiceUsage(request.CustomerId, service.Code);
            db.ServiceUsages.Add(usage);
        }

        usage.Record(request.Status, request.DegreePercent, request.Note);
        await db.SaveChangesAsync(cancellationToken);
        var blocked = await db.LocalContracts.AnyAsync(k => k.CustomerId == request.CustomerId && k.ServiceCode == service.Code && k.EndDate >= today, cancellationToken);
        return new MatrixCell(service.Code, usage.Status, usage.DegreePercent, usage.Note, blocked);
    }
}
