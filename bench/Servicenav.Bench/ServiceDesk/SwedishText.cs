using System.Text;

namespace Servicenav.Bench.ServiceDesk;

/// <summary>
/// Swedish-ish case and article texts from a fixed word list drawn with a Zipf-like skew (word k about k^-1.2 as often
/// as the first), so full-text search sees common words in most cases, mid words in a few per cent and rare words in a
/// handful: the selectivity a real service desk's texts have. Deterministic for a seed.
/// </summary>
internal sealed class SwedishText(int seed)
{
    /// <summary>Most common first: the first words end up in a large share of all cases, the last in very few.</summary>
    public static readonly string[] Words =
    [
        "fungerar", "problem", "dator", "behöver", "hjälp", "inloggning", "lösenord", "skrivare", "system", "fel",
        "avdelning", "beställning", "behörighet", "telefon", "nätverk", "journal", "konto", "skärm", "faktura", "kort",
        "medarbetare", "program", "uppdatering", "mejl", "kalender", "schema", "lön", "semester", "utskrift", "mottagning",
        "installation", "licens", "headset", "mobil", "wifi", "anslutning", "server", "rapport", "ersättning", "underlag",
        "kopiering", "dockningsstation", "tangentbord", "mus", "kamera", "möte", "projektor", "konferensrum", "nyanställd", "avslut",
        "pension", "sjukfrånvaro", "tidrapport", "attest", "leverantör", "inköp", "avtal", "ekonomi", "budget", "kontering",
        "ansökan", "intyg", "blankett", "portal", "självservice", "intranät", "webbsida", "publicering", "arkiv", "diarium",
        "säkerhet", "virus", "spam", "nätfiske", "kryptering", "certifikat", "brandvägg", "fjärranslutning", "vpn", "token",
        "läkemedel", "remiss", "provsvar", "labb", "röntgen", "bokning", "kallelse", "vårdplan", "patient", "akuten",
        "ambulans", "operation", "förlossning", "barnklinik", "psykiatri", "geriatrik", "rehab", "vårdcentral", "tandvård", "hälsoval",
        "lokal", "städning", "ventilation", "belysning", "värme", "hiss", "nyckel", "passerkort", "larm", "parkering",
        "transport", "post", "paket", "förråd", "möbler", "flytt", "ombyggnad", "hyresavtal", "felanmälan", "vaktmästare",
        "tolk", "översättning", "utbildning", "kurs", "introduktion", "handbok", "lathund", "instruktion", "manual", "video",
        "surfplatta", "laddare", "batteri", "kabel", "adapter", "usb", "minne", "hårddisk", "molnet", "backup",
        "återställning", "migrering", "integration", "gränssnitt", "databas", "export", "import", "statistik", "uppföljning", "analys",
        "heroma", "takecare", "raindance", "outlook", "teams", "sharepoint", "onedrive", "citrix", "windows", "office",
        "siths", "ehälsokort", "pinkod", "pukkod", "legitimation", "bankid", "frösunda", "solna", "huddinge", "danderyd",
        "norrtälje", "södertälje", "nacka", "sollentuna", "täby", "järfälla", "botkyrka", "haninge", "tyresö", "lidingö",
        "skanner", "streckkod", "etikett", "etikettskrivare", "armband", "sängplats", "infusionspump", "defibrillator", "övervakning", "sensor",
        "felkod", "omstart", "frysning", "långsam", "krasch", "varning", "meddelande", "popup", "certifikatfel", "tidsgräns",
        "pappersstopp", "toner", "bläck", "häftning", "dubbelsidig", "färgutskrift", "skanning", "fax", "växel", "röstbrevlåda",
        "vidarekoppling", "hänvisning", "telefonkö", "anknytning", "mobilabonnemang", "simkort", "roaming", "datapaket", "surfzon", "nummerflytt",
        "ob-tillägg", "övertid", "jour", "beredskap", "traktamente", "reseräkning", "milersättning", "friskvård", "förmån", "skattetabell",
        "löneväxling", "tjänstledighet", "föräldraledighet", "vab", "karensavdrag", "rehabilitering", "arbetsskada", "anställningsavtal", "lönerevision", "slutlön",
        "kvitto", "kreditfaktura", "påminnelse", "inkasso", "betalning", "kostnadsställe", "momskod", "periodisering", "bokslut", "prognos",
        "leveranstid", "restnotering", "returnering", "reklamation", "garanti", "serviceavtal", "tekniker", "platsbesök", "reservdel", "utbyte",
        "åtkomst", "roll", "grupp", "delad", "mapp", "filserver", "skrivrättighet", "läsrättighet", "spärr", "upplåsning",
        "tvåfaktor", "autentisering", "sms-kod", "appen", "authenticator", "enhetsregistrering", "intune", "mdm", "kioskläge", "pekskärm",
        "diktering", "taligenkänning", "tangentbordslayout", "teckensnitt", "mall", "brevmall", "signatur", "logotyp", "grafisk", "profil",
        "övningsmiljö", "testmiljö", "produktion", "driftstörning", "planerat", "underhåll", "servicefönster", "nedtid", "återkoppling", "eskalering",
        "ambulanssjukvård", "sjukresor", "färdtjänst", "hjälpmedel", "rullstol", "lyft", "hörapparat", "glasögon", "ortos", "protes",
        "bibliotek", "tidskrift", "databassökning", "forskning", "etikprövning", "biobank", "prov", "kylskåp", "frys", "temperaturlarm",
        "kök", "matleverans", "specialkost", "allergi", "kaffe", "automat", "vatten", "läcka", "fukt", "mögel",
    ];

    /// <summary>Words found in a few cases per ten thousand: serial numbers' neighbours, odd systems, rare places.</summary>
    public static readonly string[] RareWords =
    [
        "vattenskada", "kvartsur", "pyrometer", "glukosmätare", "sterilcentral", "autoklav", "ultraljudsbad", "dialysmaskin", "ekg-vagn", "spirometer",
        "audiometer", "kolposkop", "endoskopitorn", "bronkoskop", "gastroskop", "laryngoskop", "otoskop", "oftalmoskop", "dermatoskop", "kapnograf",
        "blodgasinstrument", "centrifug", "inkubator", "dragskåp", "laminärbänk", "pipettrobot", "sekvensator", "masspektrometer", "flödescytometer", "mikrotom",
        "kryostat", "vävnadsprocessor", "färgningsautomat", "täckglasautomat", "kylcentral", "reservkraft", "dieselaggregat", "ups-aggregat", "kylmaskin", "luftavfuktare",
        "trycklufttork", "vakuumpump", "medicinsk-gas", "lustgas", "syrgascentral", "rörpost", "rörpoststation", "transportrobot", "diskdesinfektor", "spoldesinfektor",
    ];

    /// <summary>Zipf exponent: word k is drawn about k^-1.2 as often as the first.</summary>
    private const double Exponent = 1.2;

    private readonly Random _random = new(seed);
    private readonly double[] _cumulative = Cumulative(Words.Length);

    /// <summary>A word by the skewed distribution.</summary>
    public string Word()
    {
        var x = _random.NextDouble();
        var i = Array.BinarySearch(_cumulative, x);
        return Words[Math.Min(Words.Length - 1, i < 0 ? ~i : i)];
    }

    public string Sentence(int minWords, int maxWords)
    {
        var count = _random.Next(minWords, maxWords + 1);
        var text = new StringBuilder(count * 10);
        for (var i = 0; i < count; i++)
        {
            var word = Word();
            text.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            text.Append(i == count - 1 ? "." : i % 6 == 5 ? ", " : " ");
        }

        return text.ToString();
    }

    public string Subject() => Sentence(3, 7).TrimEnd('.');

    /// <summary>Two sentences; one case in 50 also names a rare thing, so each rare word is in about 0.04 % of cases.</summary>
    public string Description()
    {
        var text = Sentence(10, 20) + " " + Sentence(6, 14);
        return _random.Next(50) == 0 ? text + " Gäller " + RareWords[_random.Next(RareWords.Length)] + "." : text;
    }

    /// <summary>How often word <paramref name="rank"/> (0 = most common) is drawn, per word drawn.</summary>
    public static double Share(int rank) => Math.Pow(rank + 1, -Exponent) / Harmonic(Words.Length);

    private static double Harmonic(int n)
    {
        var h = 0.0;
        for (var k = 1; k <= n; k++)
        {
            h += Math.Pow(k, -Exponent);
        }

        return h;
    }

    private static double[] Cumulative(int n)
    {
        var h = Harmonic(n);
        var result = new double[n];
        var sum = 0.0;
        for (var k = 0; k < n; k++)
        {
            sum += Math.Pow(k + 1, -Exponent) / h;
            result[k] = sum;
        }

        return result;
    }
}
