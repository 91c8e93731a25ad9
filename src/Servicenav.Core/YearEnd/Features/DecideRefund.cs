using FluentValidation;
using Servicenav.Access;
using Servicenav.Billing;
using Servicenav.Data;
using Servicenav.YearEnd.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.YearEnd.Features;

/// <summary>
/// Decides that part of an area's surplus goes back to its customers, pro rata to what each was charged in the
/// area during the year, and has billing issue the credit invoices in an open month — all in one transaction.
/// </summary>
public sealed class DecideRefund : IRequest<Result<RefundDecisionDto>>
{
    public int Year { get; set; }

    public string AreaCode { get; set; } = "";

    public decimal Amount { get; set; }

    public string Diarienummer { get; set; } = "";

    public DateOnly? DecisionDate { get; set; }

    public string DecidedBy { get; set; } = "";

    /// <summary>The open month the credits are booked in, "2026-12".</summary>
    public string BookIn { get; set; } = "";

    public string? Text { get; set; }
}

public sealed class DecideRefundValidator : AbstractValidator<DecideRefund>
{
    public DecideRefundValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage(Messages.YearOutOfRange);
        RuleFor(x => x.AreaCode).NotEmpty().WithMessage(Messages.Required);
        RuleFor(x => x.Amount).GreaterThan(0).WithMessage(Messages.RefundAmountMustBePositive);
        RuleFor(x => x.Diarienummer).NotEmpty().WithMessage(Messages.DiarienummerRequired).MaximumLength(60).WithMessage(Messages.TooLong60);
        RuleFor(x => x.DecisionDate).NotNull().WithMessage(Messages.Required);
        RuleFor(x => x.DecidedBy).NotEmpty().WithMessage(Messages.Required).MaximumLength(200).WithMessage(Messages.TooLong200);
        RuleFor(x => x.BookIn).Must(p => Period.TryParse(p, out _)).WithMessage(Messages.PeriodFormat);
        RuleFor(x => x.Text).MaximumLength(400).WithMessage(Messages.TooLong500);
    }
}

internal sealed class DecideRefundHandler(ServicenavDb db, YearResultCalculator calculator, IRefundInvoicing invoicing, TimeProvider clock)
    : IHandler<DecideRefund, Result<RefundDecisionDto>>
{
    public async Task<Result<RefundDecisionDto>> Handle(DecideRefund request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ChargingManage))
        {
            return Result<RefundDecisionDto>.Forbidden();
        }

        var figures = await calculator.Calculate(request.Year, cancellationToken);
        var area = figures.Result.Area(request.AreaCode);
        if (area is null)
        {
            return Result<RefundDecisionDto>.NotFound();
        }

        var terms = new RefundTerms(
            request.Year, Money.Sek(request.Amount), request.Diarienummer, request.DecisionDate!.Value, request.DecidedBy, Period.Parse(request.BookIn), request.Text);
        var decision = RefundDecision.Decide(terms, area, figures.ChargesIn(area.AreaCode), db.User.UserName, clock.GetUtcNow().UtcDateTime);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.RefundDecisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken);
        var shares = decision.Shares.Select(s => new RefundShare(s.CustomerId, s.Amount)).ToList();
        var invoices = await invoicing.IssueAsync(
            new RefundIssue(decision.Id, decision.Year, decision.BookIn, decision.AreaName, decision.Text, shares), cancellationToken);
        decision.RecordIssued(invoices.Count);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var names = await RefundCustomers.Names(db, shares.Select(s => s.CustomerId), cancellationToken);
        return ResultReads.Refund(decision, names);
    }
}
