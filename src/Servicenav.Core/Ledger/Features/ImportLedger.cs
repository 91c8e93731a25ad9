using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.Ledger.Csv;
using Servicenav.Ledger.Data;
using Servicenav.Ledger.Domain;
using Servicenav.Ledger.Sie;
using Servicenav.SharedKernel;

namespace Servicenav.Ledger.Features;

/// <summary>
/// Imports a year's ledger (budget or outcome) from a SIE 4 or CSV file. Lines on classes 3–8 are stored; the
/// import is all-or-nothing (every bad line is reported) and replaces an earlier import of the same year and kind
/// in the same transaction.
/// </summary>
public sealed record ImportLedger(byte[] Content, LedgerFileFormat Format, int Year, LedgerKind Kind, string FileName = "")
    : IRequest<Result<LedgerImportSummary>>;

public sealed class ImportLedgerValidator : AbstractValidator<ImportLedger>
{
    public ImportLedgerValidator()
    {
        RuleFor(x => x.Content).NotEmpty().WithMessage(LedgerMessages.Import_FileEmpty);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage(LedgerMessages.Import_YearRange);
        RuleFor(x => x.Format).IsInEnum().WithMessage(Messages.InvalidValue);
        RuleFor(x => x.Kind).IsInEnum().WithMessage(Messages.InvalidValue);
    }
}

internal sealed class ImportLedgerHandler(ServicenavDb db, TimeProvider clock) : IHandler<ImportLedger, Result<LedgerImportSummary>>
{
    public async Task<Result<LedgerImportSummary>> Handle(ImportLedger request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingManage))
        {
            return Result<LedgerImportSummary>.Forbidden();
        }

        var fileName = request.FileName.Length > 0 ? Path.GetFileName(request.FileName) : request.Format == LedgerFileFormat.Sie ? "SIE" : "CSV";
        var (entries, accountNames) = Read(request, fileName);
        var rows = LedgerRows.Check(entries, accountNames, request.Year, fileName, out var skipped);
        var totals = new LedgerImportTotals(
            rows.Count,
            rows.Count(r => BasChart.IsCost(r.AccountClass)),
            Money.FromOre(rows.Where(r => BasChart.IsCost(r.AccountClass)).Sum(r => r.AmountOre)),
            Money.FromOre(rows.Where(r => r.AccountClass == 3).Sum(r => r.AmountOre)),
            skipped);

        try
        {
            return await Store(request, fileName, rows, totals, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (year, kind) index or the replaced import's row told us another import got there first.
            throw new BusinessRuleException(new OneImportPerYearAndKindAtATimeRule(request.Year, request.Kind));
        }
    }

    private async Task<Result<LedgerImportSummary>> Store(ImportLedger request, string fileName, List<LedgerRowValues> rows, LedgerImportTotals totals, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var previous = await db.LedgerImports.FirstOrDefaultAsync(i => i.Year == request.Year && i.Kind == request.Kind, cancellationToken);
        if (previous is not null)
        {
            await db.LedgerRows.Where(r => r.ImportId == previous.Id).ExecuteDeleteAsync(cancellationToken);
            db.LedgerImports.Remove(previous);
            await db.SaveChangesAsync(cancellationToken);
        }

        var import = new LedgerImport(request.Year, request.Kind, request.Format, fileName, db.User.UserName, clock.GetUtcNow().UtcDateTime, totals);
        db.LedgerImports.Add(import);
        await db.SaveChangesAsync(cancellationToken); // The audit entry: the import with its counts and totals.
        await LedgerBulkWriter.WriteAsync(db, import.Id, request.Year, request.Kind, rows, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return LedgerImportSummary.Of(import, replaced: previous is not null);
    }

    private static (IReadOnlyList<LedgerEntry> Entries, IReadOnlyDictionary<string, string> AccountNames) Read(ImportLedger request, string fileName)
    {
        if (request.Format == LedgerFileFormat.Csv)
        {
            var csv = LedgerCsvReader.Read(request.Content, fileName);
            var names = csv.Where(e => e.AccountName is not null).GroupBy(e => e.Account, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().AccountName!, StringComparer.Ordinal);
            return (csv, names);
        }

        var doc = SieReader.Read(request.Content, fileName);
        var entries = SieLedgerEntries.From(doc, request.Kind, request.Year, fileName);
        return (entries, doc.Accounts.Values.Where(a => a.Name is { Length: > 0 }).ToDictionary(a => a.Number, a => a.Name!.Trim(), StringComparer.Ordinal));
    }
}

/// <summary>Checks entries against the year and the chart, and makes the rows to store (classes 3–8).</summary>
internal static class LedgerRows
{
    public static List<LedgerRowValues> Check(IReadOnlyList<LedgerEntry> entries, IReadOnlyDictionary<string, string> accountNames, int year, string fileName, out int skipped)
    {
        var errors = new ImportErrorList();
        var rows = new List<LedgerRowValues>(entries.Count);
        var groupNames = new Dictionary<string, string>(StringComparer.Ordinal);
        skipped = 0;
        foreach (var e in entries)
        {
            if (e.Account.Length is < 4 or > 6 || !e.Account.All(char.IsAsciiDigit))
            {
                errors.Add(fileName, e.Line, "konto", string.Format(SwedishCulture.Culture, LedgerMessages.Import_AccountInvalid, e.Account));
                continue;
            }

            var accountClass = e.Account[0] - '0';
            if (!BasChart.IsStored(accountClass))
            {
                skipped++;
                continue;
            }

            if (e.Date.Year != year)
            {
                errors.Add(fileName, e.Line, "datum", string.Format(SwedishCulture.Culture, LedgerMessages.Import_DateOutsideYear, SwedishCulture.Date(e.Date), year));
                continue;
            }

            var group = e.Account[..3];
            if (!groupNames.TryGetValue(group, out var groupName))
            {
                groupNames[group] = groupName = GroupName(group, e.Account.Length, accountNames);
            }

            rows.Add(new LedgerRowValues(e.Date, e.Account, Cut(e.AccountName ?? accountNames.GetValueOrDefault(e.Account) ?? "", 200), group, groupName,
                accountClass, Cut(e.Ansvar, 40), e.Voucher is null ? null : Cut(e.Voucher, 60), Cut(e.Text, 200), e.AmountOre));
        }

        if (!errors.Any && rows.Count == 0)
        {
            errors.Add(fileName, 0, null, string.Format(SwedishCulture.Culture, LedgerMessages.Import_NothingToImport, year));
        }

        errors.ThrowIfAny();
        return rows;
    }

    /// <summary>The file's name of the group's own account (501 → 5010), else the BAS default, else its first account's.</summary>
    private static string GroupName(string group, int accountLength, IReadOnlyDictionary<string, string> accountNames)
    {
        var own = group.PadRight(accountLength, '0');
        if (accountNames.TryGetValue(own, out var name) && name.Length > 0)
        {
            return Cut(name, 200);
        }

        return BasChart.DefaultGroupName(group)
            ?? accountNames.Where(a => a.Key.StartsWith(group, StringComparison.Ordinal)).OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => Cut(a.Value, 200)).FirstOrDefault()
            ?? string.Format(CultureInfo.InvariantCulture, LedgerMessages.Pool_UnnamedGroup, group);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
