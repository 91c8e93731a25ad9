using Servicenav.Access;
using Servicenav.Billing.Export;
using Servicenav.Data;
using Servicenav.Ledger.Sie;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

public enum LedgerExportFormat
{
    Sie,
    Csv,
}

/// <summary>
/// A month's internal invoices (charges, corrections and refunds) for the region's ledger: SIE 4I, one voucher per
/// invoice that balances to zero, or the same bookings as CSV.
/// </summary>
public sealed record ExportLedger(Period Period, LedgerExportFormat Format) : IRequest<Result<ExportFile>>;

internal sealed class ExportLedgerHandler(ServicenavDb db, LedgerExportSettings settings, TimeProvider clock) : IHandler<ExportLedger, Result<ExportFile>>
{
    public async Task<Result<ExportFile>> Handle(ExportLedger request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ChargingManage))
        {
            return Result<ExportFile>.Forbidden();
        }

        var vouchers = await LedgerVouchers.ForPeriod(db, request.Period, settings, cancellationToken);
        var stem = $"internfakturor-{request.Period}";
        if (request.Format == LedgerExportFormat.Sie)
        {
            return new ExportFile(stem + ".si", "text/plain; charset=ibm437", SieWriter.WriteBytes(SieExport.Document(vouchers, settings, request.Period, SwedishCulture.Today(clock))));
        }

        var rows = vouchers.SelectMany(v => v.Transactions.Select(t => new object?[]
        {
            v.Number, v.Date, t.Account, ObjectOf(t, settings.AnsvarDimension), ObjectOf(t, settings.VerksamhetDimension),
            ObjectOf(t, settings.MotpartDimension), ObjectOf(t, settings.ProjektDimension), ObjectOf(t, settings.AktivitetDimension),
            t.Amount.Kronor, v.Text, v.InvoiceId.ToString(),
        })).ToList();
        var headers = new[]
        {
            BillingMessages.Field_Voucher, BillingMessages.Field_Date, BillingMessages.Field_Account, BillingMessages.Field_Ansvar,
            BillingMessages.Field_Verksamhet, BillingMessages.Field_Motpart, BillingMessages.Field_Projekt, BillingMessages.Field_Aktivitet,
            BillingMessages.Field_Amount, BillingMessages.Field_Text, BillingMessages.Field_Invoice,
        };
        return new TableExport(stem, headers, rows).To(ExportFormat.Csv, stem);
    }

    private static string? ObjectOf(LedgerTransaction t, int dimension) =>
        t.Objects.Where(o => o.Dimension == dimension).Select(o => o.Object).FirstOrDefault();
}
