using Servicenav.ServiceDesk.Domain.Knowledge;

namespace Servicenav.Web.Hosting;

/// <summary>A demo knowledge article; <see cref="Revision"/> is a second, published version of the body.</summary>
public sealed record DemoKnowledgeArticle(string Title, string Summary, string Body, string[] Services, KnowledgeAudience Audience = KnowledgeAudience.Everyone,
    string? Revision = null);

/// <summary>The demo's lathundar (Swedish, as the region's employees and agents would read them).</summary>
public static class DemoKnowledgeArticles
{
    public static IReadOnlyList<DemoKnowledgeArticle> All { get; } =
    [
        new("Byta lösenord",
            "Så byter du lösenordet till datorn och regionens system, även när det har gått ut.",
            """
            ## När lösenordet har gått ut
            Du får en påminnelse 14 dagar innan lösenordet går ut. Byt det i god tid, så slipper du bli utelåst.

            ## Byt lösenord på datorn
            1. Tryck **Ctrl + Alt + Delete**.
            2. Välj **Byt lösenord**.
            3. Skriv det gamla lösenordet och sedan det nya två gånger.

            Det nya lösenordet ska ha minst 12 tecken och får inte likna de fem senaste.

            ## Har du glömt lösenordet?
            Använd självservicen på [intranätet](https://intranat.region.se/losenord) och identifiera dig med BankID eller SITHS-kort.
            """,
            ["identitet_behorighet_ad"],
            Revision:
            """
            ## När lösenordet har gått ut
            Du får en påminnelse 14 dagar innan lösenordet går ut. Byt det i god tid, så slipper du bli utelåst.

            ## Byt lösenord på datorn
            1. Tryck **Ctrl + Alt + Delete**.
            2. Välj **Byt lösenord**.
            3. Skriv det gamla lösenordet och sedan det nya två gånger.

            Det nya lösenordet ska ha minst 12 tecken och får inte likna de fem senaste. En fras av flera ord är lättast att komma ihåg.

            ## Har du glömt lösenordet?
            Använd självservicen på [intranätet](https://intranat.region.se/losenord) och identifiera dig med BankID eller SITHS-kort.
            Fungerar inte det? Ring kundtjänsten på 08-123 456 00, så hjälper vi dig.
            """),
        new("Koppla in dockningsstation",
            "Skärmar, tangentbord och nätverk via dockan: så kopplar du in och vad du gör när skärmen är svart.",
            """
            ## Koppla in
            1. Anslut dockans **USB-C-kabel** till datorns vänstra USB-C-port (den med blixtsymbol).
            2. Vänta några sekunder: skärmarna tänds och datorn laddas.

            ## Skärmen är svart
            - Kontrollera att dockans strömadapter sitter i och att lampan på dockan lyser.
            - Dra ur USB-C-kabeln, vänta tio sekunder och sätt i den igen.
            - Starta om datorn medan den sitter i dockan.

            | Lampa | Betyder |
            |---|---|
            | Vit | Dockan har ström |
            | Gul | Dockan uppdaterar sin programvara – vänta |
            | Släckt | Ingen ström – kontrollera adaptern |

            Laddar datorn fortfarande inte? Skapa ett ärende och ange modellen som står under dockan (till exempel Dell WD19).
            """,
            ["it_arbetsplats"]),
        new("Skrivaren skriver inte ut",
            "Vanliga orsaker när utskriften inte kommer ut, och vad du kan prova själv innan du kontaktar kundtjänsten.",
            """
            ## Prova först
            1. Kontrollera att skrivaren är påslagen och att displayen inte visar något fel.
            2. Om displayen visar **Papper fastnat**: öppna luckorna enligt bilden på skrivaren och ta bort pappret försiktigt.
            3. Välj rätt skrivare i utskriftsdialogen. Skrivarens namn står på etiketten på framsidan.

            ## Utskriften fastnar i kön
            Ta bort dina dokument ur utskriftskön och skriv ut igen. Hjälper inte det: skapa ett ärende och ange skrivarens namn från etiketten.
            """,
            ["it_arbetsplats"]),
        new("Ansöka om semester i självservice",
            "Så ansöker du om semester i självservicen och ser att din chef har beviljat den.",
            """
            ## Ansök
            1. Logga in i **självservicen** för lön och personal.
            2. Välj **Frånvaro** och sedan **Semester**.
            3. Ange första och sista dag och skicka ansökan.

            Din chef får ansökan för beslut. Du ser beslutet under **Mina ärenden** i självservicen.

            ## Sommarsemester
            Ansök om sommarsemestern senast den 31 mars. Du har rätt till fyra veckors sammanhängande semester under juni–augusti.
            """,
            ["loneadministration"]),
        new("Logga in med SITHS-kort",
            "Så loggar du in med SITHS-kortet och vad du gör om kortet är spärrat eller har gått ut.",
            """
            ## Logga in
            Sätt kortet i läsaren, välj ditt certifikat och skriv din **PIN-kod**.

            ## Kortet är spärrat
            Har du skrivit fel PIN-kod tre gånger spärras kortet. Lås upp det med din **PUK-kod** i kortets självservice, eller besök en id-kortsutgivare.

            ## Kortet har gått ut
            Beställ ett nytt kort i god tid: det tar upp till fem arbetsdagar.
            """,
            ["identitet_behorighet_ehalsokort"]),
        new("Felsökning skrivarkö",
            "För handläggare: när en avdelnings utskrifter står still i kön på skrivarservern.",
            """
            ## Kontrollera
            1. Öppna **Skrivarhantering** på skrivarservern och leta upp köns namn (står på skrivarens etikett).
            2. Står jobb med status *Fel*: ta bort det översta jobbet.

            ## Starta om utskriftshanteraren
            Står hela kön still: starta om tjänsten **Print Spooler** på servern. Det tar under en minut och påverkar alla köer på servern –
            meddela kundtjänsten innan.

            Hjälper inte det: lämna ärendet till It-support med köns namn och felkoden från skrivarens display.
            """,
            ["it_arbetsplats"],
            KnowledgeAudience.AgentsOnly),
    ];
}
