using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Billing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

/// <summary>
/// Everything the user sees of its invoices as one Excel workbook: the invoices, their lines (with price-list
/// version) and the usage rows behind them. A Beställare gets only its own customer's (the customer scope).
/// </summary>
public sealed record ExportInvoices(Period? Period = null) : IRequest<Result<ExportFile>>;

internal sealed class ExportInvoicesHandler(ServicenavDb db) : IHandler<ExportInvoices, Result<ExportFile>>
{
    public async Task<Result<ExportFile>> Handle(ExportInvoices request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ChargingRead))
        {
            return Result<ExportFile>.Forbidden();
        }

        var invoices = db.Invoices.AsNoTracking();
        var lines = db.InvoiceLines.AsNoTracking();
        var usage = db.UsageRecords.AsNoTracking();
        if (request.Period is { } period)
        {
            invoices = invoices.Where(i => i.Period == period);
            lines = lines.Where(l => l.Period == period);
            usage = usage.Where(u => u.Period == period);
        }

        var invoiceList = await invoices.OrderBy(i => i.Period).ThenBy(i => i.CustomerName).ToListAsync(cancellationToken);
        var lineList = await lines.OrderBy(l => l.Period).ThenBy(l => l.InvoiceId).ThenBy(l => l.Id).ToListAsync(cancellationToken);
        var usagePeriods = lineList.Select(l => l.UsagePeriod).Distinct().ToList();
        var usageList = await usage.Where(u => usagePeriods.Contains(u.Period))
            .OrderBy(u => u.Period).ThenBy(u => u.ServiceCode).ThenBy(u => u.SourceReference).ToListAsync(cancellationToken);
        var invoiceNames = invoiceList.ToDictionary(i => i.Id, i => i.CustomerName);

        using var workbook = new XLWorkbook();
        new TableExport(BillingMessages.Export_InvoicesSheet,
            [BillingMessages.Field_Invoice, BillingMessages.Field_Period, BillingMessages.Field_Customer, BillingMessages.Field_Kind, BillingMessages.Field_Text,
             BillingMessages.Field_Ansvar, BillingMessages.Field_Verksamhet, BillingMessages.Field_Motpart, BillingMessages.Field_Total],
            invoiceList.Select(i => new object?[]
            {
                i.Id.ToString(), i.Period.ToString(), i.CustomerName, KindText(i.Kind), i.Text, i.Account.Ansvar, i.Account.Verksamhet, i.Account.Motpart, i.Total.Kronor,
            }).ToList()).AddSheetTo(workbook);
        new TableExport(BillingMessages.Export_LinesSheet,
            [BillingMessages.Field_Invoice, BillingMessages.Field_Line, BillingMessages.Field_Period, BillingMessages.Field_Customer, BillingMessages.Field_Kind,
             BillingMessages.Field_Service, BillingMessages.Field_Quantity, BillingMessages.Field_Unit, BillingMessages.Field_UnitPrice, BillingMessages.Field_Amount,
             BillingMessages.Field_Ansvar, BillingMessages.Field_Verksamhet, BillingMessages.Field_Projekt, BillingMessages.Field_Aktivitet,
             BillingMessages.Field_PriceList, BillingMessages.Field_PriceListVersion, BillingMessages.Field_Diarienummer, BillingMessages.Field_OriginalLine],
            lineList.Select(l => new object?[]
            {
                l.InvoiceId.ToString(), l.Id, l.Period.ToString(), invoiceNames.GetValueOrDefault(l.InvoiceId), LineKindText(l.Kind), l.ServiceCode, l.Quantity, l.Unit,
                l.UnitPrice.Kronor, l.Amount.Kronor, l.Ansvar, l.Verksamhet, l.Projekt, l.Aktivitet, l.PriceListYear, l.PriceListVersion, l.Diarienummer, l.OriginalLineId,
            }).ToList()).AddSheetTo(workbook);
        new TableExport(BillingMessages.Export_UsageSheet,
            [BillingMessages.Field_Period, BillingMessages.Field_Service, BillingMessages.Field_Quantity, BillingMessages.Field_Unit, BillingMessages.Field_SourceReference,
             BillingMessages.Field_CorrectsSourceReference, BillingMessages.Field_Ansvar, BillingMessages.Field_Verksamhet, BillingMessages.Field_Projekt,
             BillingMessages.Field_Aktivitet, BillingMessages.Field_Received],
            usageList.Select(u => new object?[]
            {
                u.Period.ToString(), u.ServiceCode, u.Quantity, u.Unit, u.SourceReference, u.CorrectsSourceReference, u.Ansvar, u.Verksamhet, u.Projekt, u.Aktivitet,
                u.ReceivedAtUtc.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            }).ToList()).AddSheetTo(workbook);
        return TableExport.XlsxFile(workbook, request.Period is { } p ? $"fakturor-{p}.xlsx" : "fakturor.xlsx");
    }

    public static string KindText(InvoiceKind kind) => kind == InvoiceKind.Refund ? BillingMessages.Invoice_Refund : BillingMessages.Invoice_Charge;

    public static string LineKindText(InvoiceLineKind kind) => kind switch
    {
        InvoiceLineKind.MonthlyFee => BillingMessages.Line_MonthlyFee,
        InvoiceLineKind.Correction => BillingMessages.Line_Correction,
        InvoiceLineKind.Refund => BillingMessages.Line_Refund,
        _ => BillingMessages.Line_Usage,
    };
}
