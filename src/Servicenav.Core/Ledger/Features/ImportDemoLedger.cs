using Servicenav.Access;
using Servicenav.Ledger.Demo;
using Servicenav.Ledger.Domain;
using Servicenav.Ledger.Sie;
using Servicenav.SharedKernel;

namespace Servicenav.Ledger.Features;

/// <summary>
/// For the demo: generates a year's ledger (<see cref="LedgerGenerator"/>, deterministic from the seed) and imports
/// it through the ordinary SIE import, so the demo's pools are exactly what a real file would give.
/// </summary>
public sealed record ImportDemoLedger(int Year, LedgerKind Kind = LedgerKind.Outcome, int Seed = 2025, int CostLines = 300_000)
    : IRequest<Result<LedgerImportSummary>>;

internal sealed class ImportDemoLedgerHandler(IHandler<ImportLedger, Result<LedgerImportSummary>> import, ICurrentUser currentUser)
    : IHandler<ImportDemoLedger, Result<LedgerImportSummary>>
{
    public async Task<Result<LedgerImportSummary>> Handle(ImportDemoLedger request, CancellationToken cancellationToken)
    {
        if (!currentUser.User.Has(Permission.CostingManage))
        {
            return Result<LedgerImportSummary>.Forbidden();
        }

        var generator = new LedgerGenerator(request.Seed);
        var doc = request.Kind == LedgerKind.Budget ? generator.Budget(request.Year) : generator.Outcome(request.Year, request.CostLines);
        var bytes = SieWriter.WriteBytes(doc);
        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"demo-{request.Kind.ToString().ToLowerInvariant()}-{request.Year}.se");
        return await import.Handle(new ImportLedger(bytes, LedgerFileFormat.Sie, request.Year, request.Kind, name), cancellationToken);
    }
}
