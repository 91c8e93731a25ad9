using Servicenav.Ledger.Sie;
using Servicenav.SharedKernel;

namespace Servicenav.Tests.Unit.Ledger;

/// <summary>Every real SIE file in Data/sie-samples (written by other programs, from idstam/jsisie, MIT) reads right.</summary>
public class SieSampleFileTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Data", "sie-samples");

    public static TheoryData<string, int, int, int> GoodFiles => new()
    {
        // file, #KONTO names, vouchers, counted transaction rows
        { "BL0001_typ4.SE", 117, 84, 405 },
        { "BL0001_typ4I.SI", 0, 1, 10 },
        { "SIE4_Exempelfil_med_underdim.SE", 530, 295, 1330 },
        { "SIE_exempelfil.se", 540, 26, 148 },
        { "Sie4.se", 291, 70, 260 },
        { "Sie4.si", 133, 165, 869 },
        { "XE_SIE_4_20151125095119.SE", 373, 65, 248 },
        { "magenta_bokföring_SIE4E.se", 136, 19, 84 },
        { "transaktioner_ovnbolag.se", 567, 163, 671 },
        { "typ4si.si", 299, 81, 287 },
    };

    private static SieDocument Read(string file) => SieReader.Read(File.ReadAllBytes(Path.Combine(Folder, file)), file);

    [Theory, MemberData(nameof(GoodFiles))]
    public void SampleFile_ReadsWithItsAccountsAndVouchers(string file, int accounts, int vouchers, int rows)
    {
        var doc = Read(file);

        doc.SieType.ShouldBe(4);
        doc.Accounts.Values.Count(a => a.Name is not null).ShouldBe(accounts);
        doc.Vouchers.Count.ShouldBe(vouchers);
        doc.Vouchers.Sum(v => v.Transactions.Count).ShouldBe(rows);
    }

    [Theory, MemberData(nameof(GoodFiles))]
    public void SampleFile_EveryVoucherBalancesToZero(string file, int accounts, int vouchers, int rows)
    {
        _ = (accounts, vouchers, rows);
        var doc = Read(file);

        // XE's test voucher "1 1" really books 12,00 against −10,00 (checked by hand): the one exception.
        doc.Vouchers.Where(v => !(file.StartsWith("XE_", StringComparison.Ordinal) && v.Reference == "1 1"))
            .ShouldAllBe(v => v.Balance == 0m);
        doc.Vouchers.ShouldAllBe(v => v.Transactions.Count > 0 || v.RemovedTransactions.Count > 0);
    }

    [Theory]
    [InlineData("Sie4.se", "Demoföretaget AB")]
    [InlineData("Sie4.si", "Testföretaget AB")]
    [InlineData("magenta_bokföring_SIE4E.se", "TESTFÖRETAGET AB")]
    [InlineData("transaktioner_ovnbolag.se", "Övningsbolaget AB (Ekonomi 60)")]
    [InlineData("SIE_exempelfil.se", "SBMDEMO Lars")]
    public void Pc8File_DecodesSwedishLetters(string file, string company)
    {
        var doc = Read(file);

        doc.CompanyName.ShouldBe(company);
        doc.DeclaredFormat.ShouldBe("PC8");
    }

    [Fact]
    public void Pc8File_AccountAndObjectNamesHaveSwedishLetters()
    {
        Read("SIE_exempelfil.se").AccountName("1060").ShouldBe("Hyresrätter");
        var bl = Read("BL0001_typ4.SE");
        bl.Objects[(1, "10")].ShouldBe("Östervåla");
        bl.Dimensions[1].Name.ShouldBe("Kostnadsställe");
        Read("Sie4.se").AccountName("1019").ShouldBe("Ack avskr på balans utg  ");
    }

    [Fact]
    public void Utf8FileThatSaysPc8_IsReadAsUtf8()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, "SIE4_Exempelfil_med_underdim.SE"));
        SieTextEncoding.Detect(bytes).WebName.ShouldBe("utf-8");

        var doc = SieReader.Read(bytes);

        doc.DeclaredFormat.ShouldBe("PC8");
        // The program that wrote it had already lost the letters (U+FFFD); read as CP437 they would be "∩┐╜".
        doc.CompanyName.ShouldBe("\uFFFDvningsbolaget AB");
        doc.AccountName("1060").ShouldBe("Hyresr\uFFFDtt");
        doc.Dimensions[61].ShouldBe(new SieDimension(61, "Kubernetesdrift", 6));
        doc.Dimensions[62].Parent.ShouldBe(6);
    }

    [Fact]
    public void XeFile_ItsOneUnbalancedVoucherIsNamed()
    {
        var doc = Read("XE_SIE_4_20151125095119.SE");

        var error = SieReader.BalanceErrors(doc, "XE.SE").ShouldHaveSingleItem();
        error.Line.ShouldBe(1356);
        error.Reason.ShouldBe("verifikation 1 1 balanserar inte: summan av raderna är 2,00 kr, ska vara 0.");
    }

    [Fact]
    public void BadBalanceTwin_HasOneUnbalancedVoucherNamed_AndItsGoodTwinNone()
    {
        SieReader.BalanceErrors(Read("transaktioner_ovnbolag.se")).ShouldBeEmpty();
        var doc = Read("transaktioner_ovnbolag-bad-balance.se");

        var only = SieReader.BalanceErrors(doc, "bad.se").ShouldHaveSingleItem();
        only.Reason.ShouldContain("balanserar inte");
        only.Line.ShouldBeGreaterThan(0);
        var voucherLine = File.ReadAllLines(Path.Combine(Folder, "transaktioner_ovnbolag-bad-balance.se"))[only.Line - 1];
        voucherLine.ShouldStartWith("#VER");
        only.Reason.ShouldContain(voucherLine.Split(' ')[1] + " " + voucherLine.Split(' ')[2]);
    }

    [Fact]
    public void RtransFollowedByItsTransCopy_CountsOnce()
    {
        var doc = Read("BL0001_typ4.SE");

        // A 25: two ordinary rows, then two #RTRANS each followed by its #TRANS copy: four rows, not six.
        var a25 = doc.Vouchers.Single(v => v.Series == "A" && v.Number == "25");
        a25.Transactions.Count.ShouldBe(4);
        a25.Transactions.Count(t => t.Kind == SieTransactionKind.Added).ShouldBe(2);

        // A 8: three removed rows (#BTRANS) do not count; the voucher still balances.
        var a8 = doc.Vouchers.Single(v => v.Series == "A" && v.Number == "8");
        a8.RemovedTransactions.Count.ShouldBe(3);
        a8.Transactions.Select(t => t.Account).ShouldBe(["1930", "2640"]);
    }

    [Fact]
    public void TextCutWithoutClosingQuote_KeepsTheRestOfTheLine()
    {
        var row = Read("Sie4.se").Vouchers.Single(v => v.Reference == "2 24").Transactions[2];

        row.Text.ShouldBe("260    aaaaaaaaaaaaaaaa");
        row.Objects.ShouldBe([new SieObjectRef(1, "654321"), new SieObjectRef(6, "123456")]);
    }

    [Fact]
    public void ObjectLists_QuotedAndUnquoted_AreRead()
    {
        var bl = Read("BL0001_typ4.SE");
        var row = bl.Vouchers.SelectMany(v => v.Transactions).First(t => t.Objects.Count == 2);
        row.Objects[0].Dimension.ShouldBe(1);

        var xe = Read("XE_SIE_4_20151125095119.SE");
        var psaldo = xe.PeriodBalances.First(p => p.Objects.Count > 0);
        psaldo.Objects.ShouldBe([new SieObjectRef(1, "10"), new SieObjectRef(6, "Bilen"), new SieObjectRef(2, "KAZ747")]);
        psaldo.Amount.ShouldBe(-3780.00m);
    }

    [Theory]
    [InlineData("SIE_exempelfil.se")]
    [InlineData("transaktioner_ovnbolag.se")]
    [InlineData("BL0001_typ4.SE")]
    [InlineData("magenta_bokföring_SIE4E.se")]
    [InlineData("SIE4_Exempelfil_med_underdim.SE")]
    [InlineData("XE_SIE_4_20151125095119.SE")]
    // Sie4.se is left out: its vouchers cover only part of the year its #RES rows sum (3010: 19 034,40 of 67 034,40).
    public void SampleFile_VoucherTotalsAgreeWithItsOwnResultPerAccount(string file)
    {
        var doc = Read(file);
        var year = doc.Years[0];
        var fromVouchers = doc.Vouchers
            .Where(v => v.Date >= year.Start && v.Date <= year.End)
            .SelectMany(v => v.Transactions)
            .GroupBy(t => t.Account)
            .ToDictionary(g => g.Key, g => g.Sum(t => t.Amount));

        var results = doc.Results.Where(r => r.YearIndex == 0).ToList();
        results.ShouldNotBeEmpty();
        foreach (var result in results)
        {
            fromVouchers.GetValueOrDefault(result.Account).ShouldBe(result.Amount, $"konto {result.Account}");
        }
    }
}
