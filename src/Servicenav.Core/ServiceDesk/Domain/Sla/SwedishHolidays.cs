namespace Servicenav.ServiceDesk.Domain.Sla;

/// <summary>
/// Swedish public holidays (lag 1989:253 as in force since 2005, when nationaldagen replaced annandag pingst)
/// for any year, plus the eves a calendar may be configured to close on. Older years get today's rules.
/// </summary>
public static class SwedishHolidays
{
    /// <summary>Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Midsommardagen: the Saturday 20–26 June.</summary>
    public static DateOnly MidsummerDay(int year) => SaturdayFrom(new DateOnly(year, 6, 20));

    /// <summary>Alla helgons dag: the Saturday 31 October – 6 November.</summary>
    public static DateOnly AllSaintsDay(int year) => SaturdayFrom(new DateOnly(year, 10, 31));

    /// <summary>The year's public holidays and the requested eves, in date order.</summary>
    public static IReadOnlyList<SwedishHoliday> InYear(int year, SwedishEves eves = SwedishEves.None)
    {
        var easter = EasterSunday(year);
        var midsummer = MidsummerDay(year);
        var days = new List<SwedishHoliday>(17)
        {
            new(new DateOnly(year, 1, 1), "Nyårsdagen", SwedishEves.None),
            new(new DateOnly(year, 1, 6), "Trettondedag jul", SwedishEves.None),
            new(easter.AddDays(-2), "Långfredagen", SwedishEves.None),
            new(easter, "Påskdagen", SwedishEves.None),
            new(easter.AddDays(1), "Annandag påsk", SwedishEves.None),
            new(new DateOnly(year, 5, 1), "Första maj", SwedishEves.None),
            new(easter.AddDays(39), "Kristi himmelfärdsdag", SwedishEves.None),
            new(easter.AddDays(49), "Pingstdagen", SwedishEves.None),
            new(new DateOnly(year, 6, 6), "Sveriges nationaldag", SwedishEves.None),
            new(midsummer, "Midsommardagen", SwedishEves.None),
            new(AllSaintsDay(year), "Alla helgons dag", SwedishEves.None),
            new(new DateOnly(year, 12, 25), "Juldagen", SwedishEves.None),
            new(new DateOnly(year, 12, 26), "Annandag jul", SwedishEves.None),
        };
        AddEve(days, eves, SwedishEves.EasterEve, easter.AddDays(-1), "Påskafton");
        AddEve(days, eves, SwedishEves.MidsummerEve, midsummer.AddDays(-1), "Midsommarafton");
        AddEve(days, eves, SwedishEves.ChristmasEve, new DateOnly(year, 12, 24), "Julafton");
        AddEve(days, eves, SwedishEves.NewYearsEve, new DateOnly(year, 12, 31), "Nyårsafton");
        // Stable sort keeps law order when two fall on one date (Kristi himmelfärd was 1 May in 2008).
        return [.. days.OrderBy(day => day.Date)];
    }

    private static void AddEve(List<SwedishHoliday> days, SwedishEves wanted, SwedishEves eve, DateOnly date, string name)
    {
        if ((wanted & eve) != 0)
        {
            days.Add(new SwedishHoliday(date, name, eve));
        }
    }

    private static DateOnly SaturdayFrom(DateOnly first) =>
        first.AddDays(((int)DayOfWeek.Saturday - (int)first.DayOfWeek + 7) % 7);
}
