namespace Servicenav.Ledger.Sie;

/// <summary>What each SIE label means: one small method per record type. Unknown labels are ignored.</summary>
internal static class SieRecords
{
    public static void Apply(ReaderState state, string label, SieFields f)
    {
        var doc = state.Document;
        if (label is not "#TRANS")
        {
            state.PendingCopy = null;
        }

        switch (label)
        {
            case "#FLAGGA": doc.Flag = f.Integer(0, "flagga"); break;
            case "#FORMAT": doc.DeclaredFormat = f.Text(0); break;
            case "#SIETYP": doc.SieType = f.Integer(0, "typnr"); break;
            case "#PROGRAM": (doc.ProgramName, doc.ProgramVersion) = (f.Text(0), f.Text(1)); break;
            case "#GEN": doc.GeneratedOn = f.Date(0, "datum"); break;
            case "#ORGNR": doc.OrganisationNumber = f.Text(0); break;
            case "#FNAMN": doc.CompanyName = f.Text(0); break;
            case "#RAR": Year(doc, f); break;
            case "#KONTO": doc.Account(f.Required(0, "kontonr")).Name = f.Text(1); break;
            case "#KTYP": doc.Account(f.Required(0, "kontonr")).Type = f.Text(1); break;
            case "#DIM": Dimension(doc, f, null); break;
            case "#UNDERDIM": Dimension(doc, f, f.Integer(2, "superdimension")); break;
            case "#OBJEKT": doc.Objects[(f.Integer(0, "dimensionsnr"), f.Required(1, "objektkod"))] = f.Text(2); break;
            case "#VER": Voucher(state, f); break;
            case "#TRANS": Transaction(state, f, SieTransactionKind.Normal); break;
            case "#RTRANS": Transaction(state, f, SieTransactionKind.Added); break;
            case "#BTRANS": Transaction(state, f, SieTransactionKind.Removed); break;
            case "#PSALDO": doc.PeriodBalances.Add(PeriodAmount(state, f)); break;
            case "#PBUDGET": doc.PeriodBudgets.Add(PeriodAmount(state, f)); break;
            case "#RES": doc.Results.Add(YearAmount(state, f)); break;
            case "#IB": doc.OpeningBalances.Add(YearAmount(state, f)); break;
            case "#UB": doc.ClosingBalances.Add(YearAmount(state, f)); break;
            default: break; // Unknown or unused labels (#ADRESS, #SRU, #PROSA, #KSUMMA…) are ignored, as the spec asks.
        }
    }

    private static void Year(SieDocument doc, SieFields f)
    {
        var index = f.Integer(0, "årsnr");
        doc.Years[index] = new SieFinancialYear(index, f.Date(1, "start"), f.Date(2, "slut"));
    }

    private static void Dimension(SieDocument doc, SieFields f, int? parent)
    {
        var number = f.Integer(0, "dimensionsnr");
        doc.Dimensions[number] = new SieDimension(number, f.Text(1), parent);
    }

    private static void Voucher(ReaderState state, SieFields f)
    {
        var date = f.Date(2, "verdatum") ?? throw new FormatException("#VER: " + string.Format(
            Servicenav.SharedKernel.SwedishCulture.Culture, LedgerMessages.Sie_FieldMissing, "verdatum"));
        state.PendingVoucher = new SieVoucher(f.Text(0), f.Text(1), date, f.Text(3), state.Line)
        {
            RegisteredOn = f.Date(4, "regdatum"),
            Signature = f.Has(5) ? f.Text(5) : null,
        };
    }

    private static void Transaction(ReaderState state, SieFields f, SieTransactionKind kind)
    {
        if (!state.InVoucher || state.Voucher is null)
        {
            throw new FormatException(f.Label + ": " + LedgerMessages.Sie_TransOutsideVoucher);
        }

        var transaction = new SieTransaction(f.Required(0, "kontonr"), f.Objects(1), f.Amount(2, "belopp"), state.Line)
        {
            Date = f.Date(3, "transdat"),
            Text = f.Text(4),
            Quantity = f.OptionalAmount(5, "kvantitet"),
            Kind = kind,
        };

        var copyOf = state.PendingCopy;
        state.PendingCopy = kind == SieTransactionKind.Added ? transaction : null;
        switch (kind)
        {
            case SieTransactionKind.Removed:
                state.Voucher.RemovedTransactions.Add(transaction);
                break;
            case SieTransactionKind.Normal when copyOf is not null && transaction.SameBookingAs(copyOf):
                break; // The copy of the #RTRANS just read, written for older readers: counted once.
            default:
                state.Voucher.Transactions.Add(transaction);
                break;
        }
    }

    private static SiePeriodAmount PeriodAmount(ReaderState state, SieFields f) =>
        new(f.Integer(0, "årsnr"), f.Integer(1, "period"), f.Required(2, "kontonr"), f.Objects(3), f.Amount(4, "saldo"), state.Line);

    private static SieYearAmount YearAmount(ReaderState state, SieFields f) =>
        new(f.Integer(0, "årsnr"), f.Required(1, "kontonr"), f.Amount(2, "saldo"), state.Line);
}
