namespace Servicenav.Ledger.Domain;

/// <summary>
/// What Servicenav knows of the BAS chart of accounts: which classes are stored, the cost type of an account group,
/// and default names for the common groups (used when the file does not name the group's account XXX0).
/// </summary>
public static class BasChart
{
    /// <summary>Revenue (3) is kept for results; classes 4–8 are costs; balance sheet (1–2) and 0/9 are skipped.</summary>
    public static bool IsStored(int accountClass) => accountClass is >= 3 and <= 8;

    public static bool IsCost(int accountClass) => accountClass is >= 4 and <= 8;

    /// <summary>
    /// 78x depreciation and 84x interest (incl. internal interest) are capital costs; 70x–76x personnel; the rest
    /// (40x–69x purchases and other external costs, 77x write-downs, 79x, 80x–83x, 85x–89x) other costs.
    /// </summary>
    public static CostType CostTypeOf(string accountGroup) => accountGroup switch
    {
        ['7', '8', _] or ['8', '4', _] => CostType.Capital,
        ['7', >= '0' and <= '6', _] => CostType.Personnel,
        _ => CostType.Other,
    };

    public static string? DefaultGroupName(string accountGroup) => Names.GetValueOrDefault(accountGroup);

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["300"] = "Försäljning", ["301"] = "Försäljning", ["305"] = "Försäljning av tjänster", ["306"] = "Interna intäkter",
        ["350"] = "Fakturerade kostnader", ["390"] = "Övriga rörelseintäkter", ["397"] = "Vinst vid avyttring",
        ["400"] = "Inköp av varor och material", ["401"] = "Inköp av material", ["405"] = "Livsmedel",
        ["440"] = "Inköp av tjänster", ["460"] = "Legoarbeten och underentreprenader",
        ["500"] = "Lokalkostnader", ["501"] = "Lokalhyra", ["502"] = "Hyra av parkeringsplats", ["506"] = "Städning och renhållning",
        ["507"] = "Reparation och underhåll av lokaler", ["509"] = "Övriga lokalkostnader",
        ["510"] = "Fastighetskostnader", ["512"] = "El", ["513"] = "Värme", ["514"] = "Vatten och avlopp",
        ["520"] = "Hyra av anläggningstillgångar", ["522"] = "Hyra av inventarier och verktyg", ["525"] = "Hyra av datorer",
        ["540"] = "Förbrukningsinventarier", ["541"] = "Förbrukningsinventarier", ["542"] = "Programvaror", ["546"] = "Förbrukningsmaterial",
        ["550"] = "Reparation och underhåll", ["560"] = "Transportmedel", ["561"] = "Personbilskostnader", ["570"] = "Frakter och transporter",
        ["580"] = "Resekostnader", ["581"] = "Biljetter", ["583"] = "Kost och logi",
        ["590"] = "Reklam och PR", ["600"] = "Övriga försäljningskostnader", ["610"] = "Kontorsmateriel och trycksaker",
        ["620"] = "Tele och post", ["621"] = "Telekommunikation", ["625"] = "Porto",
        ["630"] = "Företagsförsäkringar", ["631"] = "Företagsförsäkringar", ["640"] = "Förvaltningskostnader",
        ["654"] = "IT-tjänster", ["655"] = "Konsultarvoden", ["656"] = "Serviceavgifter", ["657"] = "Bankkostnader",
        ["690"] = "Övriga externa kostnader", ["698"] = "Föreningsavgifter",
        ["700"] = "Löner till kollektivanställda", ["701"] = "Löner till kollektivanställda", ["720"] = "Löner till tjänstemän",
        ["721"] = "Löner till tjänstemän", ["728"] = "Löner till tjänstemän", ["729"] = "Förändring av semesterlöneskuld",
        ["730"] = "Kostnadsersättningar och förmåner", ["733"] = "Bilersättningar", ["738"] = "Kostnader för förmåner",
        ["740"] = "Pensionskostnader", ["741"] = "Pensionsförsäkringspremier", ["750"] = "Sociala avgifter",
        ["751"] = "Arbetsgivaravgifter", ["753"] = "Särskild löneskatt", ["757"] = "Premier för arbetsmarknadsförsäkringar",
        ["760"] = "Övriga personalkostnader", ["761"] = "Utbildning", ["763"] = "Personalrepresentation", ["769"] = "Övriga personalkostnader",
        ["770"] = "Nedskrivningar", ["780"] = "Avskrivningar", ["781"] = "Avskrivningar på immateriella tillgångar",
        ["782"] = "Avskrivningar på byggnader och markanläggningar", ["783"] = "Avskrivningar på maskiner och inventarier",
        ["784"] = "Avskrivningar på förbättringsutgifter på annans fastighet",
        ["790"] = "Övriga rörelsekostnader", ["830"] = "Ränteintäkter", ["840"] = "Räntekostnader",
        ["841"] = "Räntekostnader för långfristiga skulder", ["842"] = "Räntekostnader för kortfristiga skulder",
        ["843"] = "Valutakursförluster", ["849"] = "Interna räntekostnader",
    };
}
