using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Ledger.Features;

/// <summary>The ledger imports, newest year first, with their counts and totals.</summary>
public sealed record ListLedgerImports : IRequest<Result<IReadOnlyList<LedgerImportSummary>>>;

internal sealed class ListLedgerImportsHandler(ServicenavDb db) : IHandler<ListLedgerImports, Result<IReadOnlyList<LedgerImportSummary>>>
{
    public async Task<Result<IReadOnlyList<LedgerImportSummary>>> Handle(ListLedgerImports request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingRead))
        {
            return Result<IReadOnlyList<LedgerImportSummary>>.Forbidden();
        }

        var imports = await db.LedgerImports.AsNoTracking().ToListAsync(cancellationToken);
        return imports.OrderByDescending(i => i.Year).ThenBy(i => i.Kind).Select(i => LedgerImportSummary.Of(i)).ToList();
    }
}

/// <summary>A year's cost pools (account group × ansvar) with their sums and line counts.</summary>
public sealed record GetCostPools(int Year, LedgerKind Kind) : IRequest<Result<IReadOnlyList<CostPool>>>;

internal sealed class GetCostPoolsHandler(ServicenavDb db, ICostPools pools) : IHandler<GetCostPools, Result<IReadOnlyList<CostPool>>>
{
    public async Task<Result<IReadOnlyList<CostPool>>> Handle(GetCostPools request, CancellationToken cancellationToken) =>
        db.User.Has(Permission.CostingRead)
            ? new Result<IReadOnlyList<CostPool>>(ResultStatus.Ok, await pools.ForYearAsync(request.Year, request.Kind, cancellationToken))
            : Result<IReadOnlyList<CostPool>>.Forbidden();
}

/// <summary>The ledger lines of one pool, largest first (at most <see cref="Limit"/>).</summary>
public sealed record GetCostPoolLines(int Year, LedgerKind Kind, string PoolKey, int Limit = 500) : IRequest<Result<IReadOnlyList<LedgerLine>>>;

public sealed class GetCostPoolLinesValidator : AbstractValidator<GetCostPoolLines>
{
    public GetCostPoolLinesValidator() => RuleFor(x => x.Limit).InclusiveBetween(1, 10_000).WithMessage(Messages.InvalidValue);
}

internal sealed class GetCostPoolLinesHandler(ServicenavDb db, ICostPools pools) : IHandler<GetCostPoolLines, Result<IReadOnlyList<LedgerLine>>>
{
    public async Task<Result<IReadOnlyList<LedgerLine>>> Handle(GetCostPoolLines request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingRead))
        {
            return Result<IReadOnlyList<LedgerLine>>.Forbidden();
        }

        var lines = await pools.LinesOfPoolAsync(request.Year, request.Kind, request.PoolKey, request.Limit, cancellationToken);
        return lines.Count == 0 ? Result<IReadOnlyList<LedgerLine>>.NotFound() : new Result<IReadOnlyList<LedgerLine>>(ResultStatus.Ok, lines);
    }
}
