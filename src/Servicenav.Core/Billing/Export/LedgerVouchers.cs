using Microsoft.EntityFrameworkCore;
using Servicenav.Billing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Export;

/// <summary>One booking row: an account, its objects (dimension → object id) and a signed amount (debit positive).</summary>
public sealed record LedgerTransaction(string Account, IReadOnlyList<(int Dimension, string Object)> Objects, Money Amount);

/// <summary>One internal invoice as a ledger voucher. Its transactions sum to zero.</summary>
public sealed record LedgerVoucher(int Number, Guid InvoiceId, DateOnly Date, string Text, IReadOnlyList<LedgerTransaction> Transactions);

/// <summary>
/// Turns a month's invoices into vouchers: per invoice the customer's cost booking (debit, on the customer's
/// account string — a line's own account parts win over the customer's — with the organisation as motpart)
/// against the organisation's revenue booking (credit, on its ansvar with the customer's motpart). A credit
/// invoice (refund, negative total) simply has the signs turned.
/// </summary>
internal static class LedgerVouchers
{
    public static async Task<IReadOnlyList<LedgerVoucher>> ForPeriod(ServicenavDb db, Period period, LedgerExportSettings settings, CancellationToken ct)
    {
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.Period == period && i.Total != Money.Zero).ToListAsync(ct);
        var ids = invoices.Select(i => i.Id).ToList();
        var lines = await db.InvoiceLines.AsNoTracking()
            .Where(l => ids.Contains(l.InvoiceId))
            .Select(l => new { l.InvoiceId, l.Ansvar, l.Verksamhet, l.Projekt, l.Aktivitet, l.Amount })
            .ToListAsync(ct);
        var groups = lines
            .GroupBy(l => new { l.InvoiceId, l.Ansvar, l.Verksamhet, l.Projekt, l.Aktivitet })
            .Select(g => new { g.Key.InvoiceId, g.Key.Ansvar, g.Key.Verksamhet, g.Key.Projekt, g.Key.Aktivitet, Ore = g.Sum(l => l.Amount.Ore) });
        var byInvoice = groups.ToLookup(g => g.InvoiceId);
        var vouchers = new List<LedgerVoucher>();
        var number = 0;
        foreach (var invoice in invoices.OrderBy(i => i.CustomerName, StringComparer.Create(SwedishCulture.Culture, true)).ThenBy(i => i.Kind).ThenBy(i => i.Id))
        {
            var a = invoice.Account;
            var transactions = byInvoice[invoice.Id]
                .Where(g => g.Ore != 0)
                .OrderBy(g => g.Ansvar, StringComparer.Ordinal).ThenBy(g => g.Verksamhet, StringComparer.Ordinal)
                .ThenBy(g => g.Projekt, StringComparer.Ordinal).ThenBy(g => g.Aktivitet, StringComparer.Ordinal)
                .Select(g => new LedgerTransaction(
                    settings.CustomerCostAccount,
                    Objects(settings, g.Ansvar ?? a.Ansvar, g.Verksamhet ?? a.Verksamhet, settings.OrganisationMotpart, g.Projekt ?? a.Projekt, g.Aktivitet ?? a.Aktivitet),
                    Money.FromOre(g.Ore)))
                .ToList();
            var cost = transactions.Aggregate(Money.Zero, (sum, t) => sum + t.Amount);
            transactions.Add(new LedgerTransaction(
                settings.RevenueAccount,
                Objects(settings, settings.OrganisationAnsvar, settings.OrganisationVerksamhet, a.Motpart, null, null),
                -cost));
            var text = $"{invoice.Text} {invoice.CustomerName}".Trim();
            vouchers.Add(new LedgerVoucher(++number, invoice.Id, period.LastDay, text, transactions));
        }

        return vouchers;
    }

    private static List<(int, string)> Objects(LedgerExportSettings s, string? ansvar, string? verksamhet, string? motpart, string? projekt, string? aktivitet)
    {
        var objects = new List<(int, string)>();
        Add(s.AnsvarDimension, ansvar);
        Add(s.ProjektDimension, projekt);
        Add(s.VerksamhetDimension, verksamhet);
        Add(s.MotpartDimension, motpart);
        Add(s.AktivitetDimension, aktivitet);
        return objects;

        void Add(int dimension, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                objects.Add((dimension, value));
            }
        }
    }
}
