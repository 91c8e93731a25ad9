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
        try
        {
            return await Store(request, fileName, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (year, kind) index or the replaced import's row told us another import got there first.
            throw new BusinessRuleException(new OneImportPerYearAndKindAtATimeRule(request.Year, request.Kind));
        }
    }

    /// <summary>
    /// In one transaction: the earlier import of the year and kind goes, the file is read, checked and written row by
    /// row as it is read (memory does not grow with the file), and only if no line had an error is it committed.
    /// </summary>
    private async Task<Result<LedgerImportSummary>> Store(ImportLedger request, string fileName, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var previous = await db.LedgerImports.FirstOrDefaultAsync(i => i.Year == request.Year && i.Kind == request.Kind, cancellationToken);
        if (previous is not null)
        {
            await db.LedgerRows.Where(r => r.ImportId == previous.Id).ExecuteDeleteAsync(cancellationToken);
            await db.LedgerPoolMonths.Where(m => m.ImportId == previous.Id).ExecuteDeleteAsync(cancellationToken);
            db.LedgerImports.Remove(previous);
            await db.SaveChangesAsync(cancellationToken);
        }

        var import = new LedgerImport(request.Year, request.Kind, request.Format, fileName, db.User.UserName, clock.GetUtcNow().UtcDateTime, LedgerImportTotals.None);
        db.LedgerImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);

        var errors = new ImportErrorList();
        var check = new LedgerRows(request.Year, fileName, errors);
        var rows = request.Format == LedgerFileFormat.Csv
            ? check.Rows(LedgerCsvReader.Entries(request.Content, fileName, errors), LedgerCsvReader.AccountNames(request.Content))
            : SieRows(request, fileName, check, errors);
        LedgerBulkWriter.Write(db, import.Id, request.Year, request.Kind, rows, cancellationToken);
        check.ReportIfNothingStored();
        errors.ThrowIfAny(); // nothing committed: the transaction rolls back
        await LedgerPoolMonthFill.FillAsync(db, import.Id, cancellationToken);

        import.Record(check.Totals);
        await db.SaveChangesAsync(cancellationToken); // The audit entry: the import with its counts and totals.
        await transaction.CommitAsync(cancellationToken);
        return LedgerImportSummary.Of(import, replaced: previous is not null);
    }

    private static IEnumerable<LedgerRowValues> SieRows(ImportLedger request, string fileName, LedgerRows check, ImportErrorList errors)
    {
        var sie = SieVoucherStream.Open(request.Content, fileName, errors);
        var entries = SieLedgerEntries.Stream(sie, request.Kind, request.Year, errors);

        // #KONTO precede the vouchers in SIE 4: the names are all read by the time the first row needs one.
        return check.Rows(entries, () => sie.Document.Accounts.Values.Where(a => a.Name is { Length: > 0 })
            .ToDictionary(a => a.Number, a => a.Name!.Trim(), StringComparer.Ordinal));
    }
}

/// <summary>
/// Checks entries against the year and the chart as they stream past, makes the rows to store (classes 3–8) and
/// tallies them; bad entries go to the error list and are not stored.
/// </summary>
internal sealed class LedgerRows(int year, string fileName, ImportErrorList errors)
{
    private readonly Dictionary<string, string> _groupNames = new(StringComparer.Ordinal);
    private int _lines;
    private int _costLines;
    private long _costOre;
    private long _revenueOre;
    private int _skipped;

    public LedgerImportTotals Totals => new(_lines, _costLines, Money.FromOre(_costOre), Money.FromOre(_revenueOre), _skipped);

    public IEnumerable<LedgerRowValues> Rows(IEnumerable<LedgerEntry> entries, IReadOnlyDictionary<string, string> accountNames) =>
        Rows(entries, () => accountNames);

    /// <summary>The rows of <paramref name="entries"/>; the account names are asked for once, when the first row needs them.</summary>
    public IEnumerable<LedgerRowValues> Rows(IEnumerable<LedgerEntry> entries, Func<IReadOnlyDictionary<string, string>> accountNames)
    {
        IReadOnlyDictionary<string, string>? names = null;
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
                _skipped++;
                continue;
            }

            if (e.Date.Year != year)
            {
                errors.Add(fileName, e.Line, "datum", string.Format(SwedishCulture.Culture, LedgerMessages.Import_DateOutsideYear, SwedishCulture.Date(e.Date), year));
                continue;
            }

            names ??= accountNames();
            var group = e.Account[..3];
            if (!_groupNames.TryGetValue(group, out var groupName))
            {
                _groupNames[group] = groupName = GroupName(group, e.Account.Length, names);
            }

            _lines++;
            if (BasChart.IsCost(accountClass))
            {
                _costLines++;
                _costOre += e.AmountOre;
            }
            else if (accountClass == 3)
            {
                _revenueOre += e.AmountOre;
            }

            yield return new LedgerRowValues(e.Date, e.Account, Cut(e.AccountName ?? names.GetValueOrDefault(e.Account) ?? "", 200), group, groupName,
                accountClass, Cut(e.Ansvar, 40), e.Voucher is null ? null : Cut(e.Voucher, 60), Cut(e.Text, 200), e.AmountOre);
        }
    }

    /// <summary>A file with no line of the year on classes 3–8 (and no other error) gets an error of its own: there is nothing to cost.</summary>
    public void ReportIfNothingStored()
    {
        if (!errors.Any && _lines == 0)
        {
            errors.Add(fileName, 0, null, string.Format(SwedishCulture.Culture, LedgerMessages.Import_NothingToImport, year));
        }
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
