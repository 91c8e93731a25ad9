using System.Text;
using Servicenav.Ledger.Sie;
using Servicenav.SharedKernel;

namespace Servicenav.Tests.Unit.Ledger;

/// <summary>Hand-written edge cases of the SIE 4 format.</summary>
public class SieReaderTests
{
    private static SieDocument Read(string text) => SieReader.Read(text, "test.se");

    private const string Header = "#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n#RAR 0 20250101 20251231\n";

    [Fact]
    public void Tokenizer_SplitsQuotedUnquotedAndLists()
    {
        var tokens = SieTokenizer.Split("#TRANS\t5010  {1 \"100\" 6 P1}  -1234.50 20250115 \"Hyra \\\"kv 1\\\"\"   ");

        tokens.Select(t => t.ToString()).ShouldBe(["#TRANS", "5010", "{1 100 6 P1}", "-1234.50", "20250115", "Hyra \"kv 1\""]);
        tokens[2].Items.ShouldBe(["1", "100", "6", "P1"]);
    }

    [Fact]
    public void Tokenizer_EmptyListsWithOrWithoutSpace()
    {
        SieTokenizer.Split("#TRANS 1930 {} 5").Select(t => t.IsList).ShouldBe([false, false, true, false]);
        SieTokenizer.Split("#TRANS 1930 { } 5")[2].Items.ShouldBeEmpty();
        SieTokenizer.Split("#TRANS 1930 {1 10}-5")[3].Value.ShouldBe("-5");
    }

    [Fact]
    public void Voucher_WithObjectsAndIntegerAmounts_CrlfAndTrailingSpaces()
    {
        var doc = Read(Header + "#DIM 1 Ansvar  \r\n#OBJEKT 1 \"100\" \"IT-avdelningen\"\r\n#VER A 1 20250131 \"Lön januari\"\r\n{\r\n  #TRANS 7010 {1 \"100\"} 1000   \r\n  #TRANS 1930 {} -1000\r\n}\r\n");

        var voucher = doc.Vouchers.ShouldHaveSingleItem();
        voucher.Reference.ShouldBe("A 1");
        voucher.Text.ShouldBe("Lön januari");
        voucher.Transactions[0].Amount.ShouldBe(1000m);
        voucher.Transactions[0].ObjectId(1).ShouldBe("100");
        voucher.Transactions[1].Objects.ShouldBeEmpty();
        doc.Dimensions[1].Name.ShouldBe("Ansvar");
        doc.Objects[(1, "100")].ShouldBe("IT-avdelningen");
    }

    [Fact]
    public void UnknownLabels_AreIgnored_AlsoInsideVouchers()
    {
        var doc = Read(Header + "#PROSA hej\n#NYETIKETT 1 2 3\n#VER A 1 20250131 \"\"\n{\n#TRANSX 1 2\n#TRANS 4010 {} 5\n#TRANS 2440 {} -5\n}\n");

        doc.Vouchers.ShouldHaveSingleItem().Transactions.Count.ShouldBe(2);
    }

    [Fact]
    public void Rtrans_FollowedByTheSameTrans_CountsOnce_ButADifferentTransCounts()
    {
        var doc = Read(Header + "#VER A 1 20250131 \"\"\n{\n#TRANS 4010 {} 10\n#RTRANS 4010 {} 5 20250201\n#TRANS 4010 {} 5 20250131\n#RTRANS 4020 {} 3\n#TRANS 4020 {} 4\n#TRANS 2440 {} -22\n}\n");

        var rows = doc.Vouchers.Single().Transactions;
        rows.Select(r => r.Amount).ShouldBe([10m, 5m, 3m, 4m, -22m]);
        doc.Vouchers.Single().Balance.ShouldBe(0m);
    }

    [Fact]
    public void Btrans_DoesNotCount()
    {
        var doc = Read(Header + "#VER A 1 20250131 \"\"\n{\n#BTRANS 4010 {} 99\n#TRANS 4010 {} 5\n#TRANS 2440 {} -5\n}\n");

        doc.Vouchers.Single().Transactions.Count.ShouldBe(2);
        doc.Vouchers.Single().RemovedTransactions.ShouldHaveSingleItem().Amount.ShouldBe(99m);
    }

    [Fact]
    public void Psaldo_EmptyListIsTheTotal_ObjectRowsAreParts()
    {
        var doc = Read(Header + "#PSALDO 0 202501 5010 {} 300.00\n#PSALDO 0 202501 5010 {1 \"100\"} 200.00\n#PBUDGET 0 202501 5010 {} 250\n#RES 0 5010 300\n#IB 0 1930 10\n#UB 0 1930 20\n");

        doc.PeriodBalances.Single(p => p.IsTotal).Amount.ShouldBe(300m);
        doc.PeriodBalances.Single(p => !p.IsTotal).Objects.ShouldBe([new SieObjectRef(1, "100")]);
        doc.PeriodBudgets.ShouldHaveSingleItem().Period.ShouldBe(202501);
        doc.Results.ShouldHaveSingleItem().Amount.ShouldBe(300m);
        doc.OpeningBalances.Single().Amount.ShouldBe(10m);
        doc.ClosingBalances.Single().Amount.ShouldBe(20m);
    }

    [Fact]
    public void Errors_NameTheLineAndTheReason_AllOfThem()
    {
        var text = Header + "#VER A 1 20251399 \"\"\n{\n#TRANS 4010 {} 12,50\n#TRANS 4010 {1} 5\n}\n#TRANS 4010 {} 1\nskräp\n";

        var error = Should.Throw<ImportRejectedException>(() => Read(text));

        error.Errors.Select(e => (e.Line, e.Reason)).ShouldBe([
            (5, "#VER: fältet verdatum ska vara ett datum ÅÅÅÅMMDD, inte \"20251399\"."),
            (6, "klammerparentes utan verifikation (#VER) före."),
            (7, "#TRANS: raden står utanför en verifikation."),
            (8, "#TRANS: raden står utanför en verifikation."),
            (9, "klammerparentes utan verifikation (#VER) före."),
            (10, "#TRANS: raden står utanför en verifikation."),
            (11, "raden börjar inte med en etikett (#…) och är inte { eller }."),
        ]);
    }

    [Fact]
    public void BadAmountAndOddObjectList_AreNamed()
    {
        var text = Header + "#VER A 1 20250101 \"\"\n{\n#TRANS 4010 {} 12,50\n#TRANS 4010 {1} 5\n}\n";

        var error = Should.Throw<ImportRejectedException>(() => Read(text));

        error.Errors.Select(e => e.ToString()).ShouldBe([
            "test.se rad 7: #TRANS: fältet belopp ska vara ett belopp med punkt som decimaltecken, inte \"12,50\".",
            "test.se rad 8: #TRANS: objektlistan {1} ska bestå av par av dimension och objekt.",
        ]);
    }

    [Fact]
    public void VoucherNeverClosed_IsNamed()
    {
        var error = Should.Throw<ImportRejectedException>(() => Read(Header + "#VER B 7 20250101 \"\"\n{\n#TRANS 4010 {} 1\n"));

        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe("test.se rad 5: verifikation B 7 avslutas aldrig med }.");
    }

    [Fact]
    public void Encoding_Pc8BytesAreCp437_Utf8BytesAreUtf8_WhateverTheHeaderSays()
    {
        const string text = "#FORMAT PC8\n#FNAMN \"Ängelholms Ö-förvaltning\"\n";
        SieReader.Read(SieTextEncoding.Pc8.GetBytes(text)).CompanyName.ShouldBe("Ängelholms Ö-förvaltning");
        SieReader.Read(Encoding.UTF8.GetBytes(text)).CompanyName.ShouldBe("Ängelholms Ö-förvaltning");
        SieReader.Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]).CompanyName.ShouldBe("Ängelholms Ö-förvaltning");
        SieTextEncoding.Detect(Encoding.ASCII.GetBytes("#FLAGGA 0")).CodePage.ShouldBe(437);
    }

    [Fact]
    public void Writer_RoundTrip_GivesTheSameVouchers()
    {
        var doc = new SieDocument { ProgramName = "Servicenav", ProgramVersion = "3", GeneratedOn = new DateOnly(2025, 2, 1), OrganisationNumber = "232100-0016", CompanyName = "Region \"Test\" – Serviceförvaltningen" };
        doc.Years[0] = new SieFinancialYear(0, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
        doc.Account("3051").Name = "Intäkt interndebitering";
        doc.Account("5420").Name = "Programvaror, årslicenser";
        doc.Dimensions[1] = new SieDimension(1, "Ansvar");
        doc.Dimensions[7] = new SieDimension(7, "Motpart");
        doc.Objects[(1, "1200")] = "Område IT";
        doc.Objects[(7, "KS 01")] = "Karolinska Universitetssjukhuset";
        var voucher = new SieVoucher("F", "2025-01-0001", new DateOnly(2025, 1, 31), "Internfaktura jan \"Karolinska\"");
        voucher.Transactions.Add(new SieTransaction("5420", [new SieObjectRef(1, "4711"), new SieObjectRef(7, "KS 01")], 1234.5m) { Text = "Arbetsplats" });
        voucher.Transactions.Add(new SieTransaction("3051", [new SieObjectRef(1, "1200"), new SieObjectRef(7, "KS 01")], -1234.5m) { Text = "Arbetsplats", Kind = SieTransactionKind.Added });
        doc.Vouchers.Add(voucher);

        var bytes = SieWriter.WriteBytes(doc);
        var text = SieTextEncoding.Pc8.GetString(bytes);
        var back = SieReader.Read(bytes);

        text.ShouldStartWith("#FLAGGA 0\r\n#FORMAT PC8\r\n#SIETYP 4\r\n#PROGRAM \"Servicenav\" \"3\"\r\n#GEN 20250201\r\n");
        text.ShouldContain("#TRANS 5420 {1 \"4711\" 7 \"KS 01\"} 1234.50 \"\" \"Arbetsplats\"");
        bytes.ShouldContain((byte)0x94); // ö in code page 437
        back.CompanyName.ShouldBe("Region \"Test\" ? Serviceförvaltningen"); // the dash is not in CP437
        back.OrganisationNumber.ShouldBe("232100-0016");
        back.AccountName("5420").ShouldBe("Programvaror, årslicenser");
        back.Objects[(7, "KS 01")].ShouldBe("Karolinska Universitetssjukhuset");
        var read = back.Vouchers.ShouldHaveSingleItem();
        read.Reference.ShouldBe("F 2025-01-0001");
        read.Text.ShouldBe(voucher.Text);
        read.Balance.ShouldBe(0m);
        read.Transactions.Select(t => (t.Account, t.Amount, t.Text, t.Kind)).ShouldBe(voucher.Transactions.Select(t => (t.Account, t.Amount, t.Text, t.Kind)));
        read.Transactions.Select(t => t.Objects).ShouldBe(voucher.Transactions.Select(t => t.Objects), ignoreOrder: false);
    }

    [Fact]
    public void VoucherStream_HandsOutEachVoucherAsItCloses_KeepingNoneOfThem()
    {
        var text = Header + "#KONTO 5010 \"Lokalhyra\"\n#KONTO 1930 Bank\n"
            + "#VER A 1 20250105 \"Hyra\"\n{\n#TRANS 5010 {} 100.00\n#TRANS 1930 {} -100.00\n}\n"
            + "#VER A 2 20250106\n{\n#TRANS 5010 {} 1,00\n#TRANS 1930 {} -1.00\n}\n";
        var reader = new LineCountingReader(text);
        var errors = new ImportErrorList();
        var stream = new SieVoucherStream(reader, "test.se", errors);
        using var vouchers = stream.Vouchers().GetEnumerator();

        vouchers.MoveNext().ShouldBeTrue();
        vouchers.Current.Reference.ShouldBe("A 1");
        reader.LinesRead.ShouldBe(11, "the first voucher comes as its closing brace is read, not after the whole file");
        stream.Document.AccountName("5010").ShouldBe("Lokalhyra");

        vouchers.MoveNext().ShouldBeTrue();
        vouchers.Current.HasUnreadableRows.ShouldBeTrue();
        vouchers.MoveNext().ShouldBeFalse();
        stream.Document.Vouchers.ShouldBeEmpty();
        Should.Throw<ImportRejectedException>(errors.ThrowIfAny).Errors.Select(e => e.Line).ShouldBe([14]);
    }

    private sealed class LineCountingReader(string text) : StringReader(text)
    {
        public int LinesRead { get; private set; }

        public override string? ReadLine()
        {
            var line = base.ReadLine();
            LinesRead += line is null ? 0 : 1;
            return line;
        }
    }
}
