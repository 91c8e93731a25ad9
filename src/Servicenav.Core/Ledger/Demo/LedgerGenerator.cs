using Servicenav.Ledger.Sie;

namespace Servicenav.Ledger.Demo;

/// <summary>
/// Makes a plausible year's ledger for a shared-services organisation of about 2 000 mnkr turnover: ~40 ansvar
/// (cost centres in the areas IT, kundtjänst, lön/HR, ekonomi, försörjning, fastighet), typical BAS accounts with a
/// realistic cost mix (about half personnel, premises, IT, purchases, depreciation and internal interest), supplier
/// invoices, monthly payroll and monthly internal revenue per customer. Deterministic from the seed. Outcome files
/// carry vouchers (#VER/#TRANS); budget files carry #PBUDGET rows per month, account and ansvar.
/// </summary>
public sealed class LedgerGenerator(int seed = 2025)
{
    /// <summary>Yearly cost in kronor the generator aims at (revenue is set to cover it plus a 2 % surplus).</summary>
    public const decimal YearlyCost = 1_960_000_000m;

    private static readonly (string Account, string Name, decimal Share)[] CostAccounts =
    [
        ("4010", "Inköp av material", 0.030m), ("4050", "Livsmedel", 0.045m), ("4400", "Inköpta tjänster", 0.040m),
        ("5010", "Lokalhyra", 0.060m), ("5020", "Hyra parkering", 0.002m), ("5060", "Städning och renhållning", 0.012m),
        ("5120", "El", 0.010m), ("5130", "Värme", 0.008m), ("5220", "Hyra av inventarier", 0.006m),
        ("5410", "Förbrukningsinventarier", 0.012m), ("5420", "Programvaror, licenser", 0.045m), ("5460", "Förbrukningsmaterial", 0.010m),
        ("5500", "Reparation och underhåll", 0.012m), ("5610", "Personbilskostnader", 0.006m), ("5700", "Frakter och transporter", 0.010m),
        ("5800", "Resekostnader", 0.004m), ("6110", "Kontorsmateriel", 0.003m), ("6212", "Mobiltelefoni", 0.004m),
        ("6230", "Datakommunikation", 0.015m), ("6540", "IT-tjänster", 0.040m), ("6550", "Konsultarvoden", 0.025m),
        ("6900", "Övriga externa kostnader", 0.011m),
        ("7610", "Utbildning", 0.006m), ("7690", "Övriga personalkostnader", 0.004m),
        ("7830", "Avskrivning inventarier och IT-utrustning", 0.040m), ("7820", "Avskrivning byggnader", 0.010m),
        ("8410", "Räntekostnader lån", 0.002m), ("8490", "Intern ränta", 0.008m),
    ];

    /// <summary>Payroll: 52 % of cost (the shares of both lists sum to 1), split over these accounts every month and ansvar.</summary>
    private static readonly (string Account, string Name, decimal Share)[] PayrollAccounts =
    [
        ("7010", "Löner kollektivanställda", 0.16m), ("7210", "Löner tjänstemän", 0.19m), ("7290", "Förändring semesterlöneskuld", 0.01m),
        ("7410", "Pensionskostnader", 0.05m), ("7510", "Arbetsgivaravgifter", 0.11m),
    ];

    private static readonly string[] Areas =
    [
        "11 Område IT", "12 Område kundtjänst", "13 Område lön och HR", "14 Område ekonomi", "15 Område försörjning", "16 Område fastighet",
    ];

    private static readonly string[] Units =
    [
        "Ledning", "Drift", "Förvaltning", "Utveckling", "Support", "Infrastruktur", "Stab", "Beställning",
    ];

    private static readonly string[] Customers =
    [
        "Karolinska Universitetssjukhuset", "Södersjukhuset AB", "Danderyds sjukhus AB", "Hälso- och sjukvårdsförvaltningen",
        "Trafikförvaltningen", "Tandvårdsförvaltningen", "Stockholms läns sjukvårdsområde", "Folktandvården Stockholms län AB",
        "Södertälje sjukhus AB", "Norrtälje sjukhus", "Regionledningskontoret", "Kulturförvaltningen",
    ];

    /// <summary>The ~40 ansvar codes with names, e.g. 1120 "Område IT - Drift" (a plain hyphen: SIE is code page 437).</summary>
    public static IReadOnlyList<(string Code, string Name)> Ansvar { get; } = BuildAnsvar();

    public SieDocument Outcome(int year, int costLines = 300_000)
    {
        var random = new Random(seed);
        var doc = Header(year, LedgerKind.Outcome);
        var payrollRows = 12 * Ansvar.Count * PayrollAccounts.Length;
        var invoiceRows = Math.Max(costLines - payrollRows, CostAccounts.Length);
        AddSupplierInvoices(doc, random, year, invoiceRows);
        AddPayroll(doc, random, year);
        AddRevenue(doc, random, year);
        return doc;
    }

    public SieDocument Budget(int year)
    {
        var random = new Random(seed + 1);
        var doc = Header(year, LedgerKind.Budget);
        var perCell = YearlyCost / Ansvar.Count / 12m;
        foreach (var (account, _, accountShare) in CostAccounts.Concat(PayrollAccounts))
        {
            for (var month = 1; month <= 12; month++)
            {
                var period = year * 100 + month;
                decimal total = 0;
                foreach (var (code, _) in Ansvar)
                {
                    var amount = Round(perCell * accountShare * Factor(random, 0.6, 1.4));
                    total += amount;
                    doc.PeriodBudgets.Add(new SiePeriodAmount(0, period, account, [new SieObjectRef(1, code)], amount, 0));
                }

                doc.PeriodBudgets.Add(new SiePeriodAmount(0, period, account, [], total, 0));
            }
        }

        return doc;
    }

    private static SieDocument Header(int year, LedgerKind kind)
    {
        var doc = new SieDocument
        {
            ProgramName = "Servicenav demo",
            ProgramVersion = "1",
            GeneratedOn = new DateOnly(year + 1, 1, 20),
            OrganisationNumber = "232100-0016",
            CompanyName = kind == LedgerKind.Budget ? "Serviceförvaltningen (budget)" : "Serviceförvaltningen",
        };
        doc.Years[0] = new SieFinancialYear(0, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        foreach (var (account, name, _) in CostAccounts.Concat(PayrollAccounts))
        {
            doc.Account(account).Name = name;
        }

        doc.Account("3051").Name = "Interna intäkter, tjänster";
        doc.Account("1930").Name = "Bank";
        doc.Account("2440").Name = "Leverantörsskulder";
        doc.Account("2710").Name = "Personalens källskatt";
        doc.Account("1510").Name = "Kundfordringar";
        doc.Dimensions[1] = new SieDimension(1, "Ansvar");
        foreach (var (code, name) in Ansvar)
        {
            doc.Objects[(1, code)] = name;
        }

        return doc;
    }

    private static void AddSupplierInvoices(SieDocument doc, Random random, int year, int rows)
    {
        var invoiceCost = YearlyCost * CostAccounts.Sum(a => a.Share);
        var meanRow = invoiceCost / rows;
        var cumulative = Cumulative(CostAccounts.Select(a => a.Share));
        var number = 0;
        var written = 0;
        while (written < rows)
        {
            var date = new DateOnly(year, 1, 1).AddDays(random.Next(0, 365));
            var count = Math.Min(random.Next(1, 16), rows - written);
            var voucher = new SieVoucher("L", (++number).ToString(System.Globalization.CultureInfo.InvariantCulture), date, "Leverantörsfaktura " + (100_000 + number).ToString(System.Globalization.CultureInfo.InvariantCulture));
            decimal sum = 0;
            for (var i = 0; i < count; i++)
            {
                var account = CostAccounts[Pick(random, cumulative)];
                var amount = Round(meanRow * Factor(random, 0.1, 1.9)); // Accounts come as often as their share.
                sum += amount;
                voucher.Transactions.Add(new SieTransaction(account.Account, [new SieObjectRef(1, Ansvar[random.Next(Ansvar.Count)].Code)], amount) { Text = account.Name });
            }

            voucher.Transactions.Add(new SieTransaction("2440", [], -sum));
            doc.Vouchers.Add(voucher);
            written += count;
        }
    }

    private static void AddPayroll(SieDocument doc, Random random, int year)
    {
        var perAnsvarMonth = YearlyCost * PayrollAccounts.Sum(p => p.Share) / Ansvar.Count / 12m;
        for (var month = 1; month <= 12; month++)
        {
            var voucher = new SieVoucher("P", month.ToString(System.Globalization.CultureInfo.InvariantCulture), new DateOnly(year, month, 25), "Lönekörning " + month.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
            decimal sum = 0;
            foreach (var (code, _) in Ansvar)
            {
                var size = Factor(random, 0.4, 1.6);
                foreach (var (account, name, share) in PayrollAccounts)
                {
                    var amount = Round(perAnsvarMonth * share / PayrollAccounts.Sum(p => p.Share) * size);
                    sum += amount;
                    voucher.Transactions.Add(new SieTransaction(account, [new SieObjectRef(1, code)], amount) { Text = name });
                }
            }

            voucher.Transactions.Add(new SieTransaction("2710", [], -Round(sum * 0.3m)));
            voucher.Transactions.Add(new SieTransaction("1930", [], -(sum - Round(sum * 0.3m))));
            doc.Vouchers.Add(voucher);
        }
    }

    private static void AddRevenue(SieDocument doc, Random random, int year)
    {
        var perMonth = YearlyCost * 1.02m / 12m;
        var weights = Customers.Select(_ => (decimal)random.Next(1, 20)).ToArray();
        for (var month = 1; month <= 12; month++)
        {
            var voucher = new SieVoucher("I", month.ToString(System.Globalization.CultureInfo.InvariantCulture), new DateOnly(year, month, 28), "Interndebitering " + month.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
            decimal sum = 0;
            for (var c = 0; c < Customers.Length; c++)
            {
                var amount = Round(perMonth * weights[c] / weights.Sum());
                sum += amount;
                voucher.Transactions.Add(new SieTransaction("3051", [new SieObjectRef(1, Ansvar[c % Ansvar.Count].Code)], -amount) { Text = Customers[c] });
            }

            voucher.Transactions.Add(new SieTransaction("1510", [], sum));
            doc.Vouchers.Add(voucher);
        }
    }

    private static List<(string, string)> BuildAnsvar()
    {
        var list = new List<(string, string)>();
        foreach (var area in Areas)
        {
            var prefix = area[..2];
            var name = area[3..];
            var count = prefix is "11" or "15" ? 8 : 6;
            for (var u = 0; u < count && list.Count < 40; u++)
            {
                list.Add((prefix + ((u + 1) * 10).ToString("00", System.Globalization.CultureInfo.InvariantCulture), name + " - " + Units[u]));
            }
        }

        return list;
    }

    private static decimal[] Cumulative(IEnumerable<decimal> shares)
    {
        var total = shares.Sum();
        var sum = 0m;
        return [.. shares.Select(s => sum += s / total)];
    }

    private static int Pick(Random random, decimal[] cumulative)
    {
        var x = (decimal)random.NextDouble();
        var i = Array.FindIndex(cumulative, c => x < c);
        return i < 0 ? cumulative.Length - 1 : i;
    }

    private static decimal Factor(Random random, double min, double max) => (decimal)(min + (random.NextDouble() * (max - min)));

    private static decimal Round(decimal kronor) => Math.Round(kronor, 2, MidpointRounding.AwayFromZero);
}
