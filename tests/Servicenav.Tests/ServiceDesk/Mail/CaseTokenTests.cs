using Servicenav.ServiceDesk.Mail;

namespace Servicenav.Tests.ServiceDesk.Mail;

public class CaseTokenTests
{
    [Fact]
    public void Format_WrapsTheCaseNumberInBrackets() =>
        CaseToken.Format("KT-2026-000123").ShouldBe("[KT-2026-000123]");

    [Theory]
    [InlineData("KT-2026-00123")]
    [InlineData("kt-2026-000123")]
    [InlineData("[KT-2026-000123]")]
    [InlineData("")]
    public void Format_RefusesWhatIsNotACaseNumber(string value) =>
        Should.Throw<ArgumentException>(() => CaseToken.Format(value));

    [Theory]
    [InlineData("SV: [KT-2026-000123] Skrivaren")]
    [InlineData("Re: KT-2026-000123")]
    [InlineData("[KT-2026-000123] Skrivaren på plan 3")]
    [InlineData("VB: Fwd: [KT-2026-000123] Skrivaren")]
    [InlineData("RE: SV: re: [ kt-2026-000123 ] skrivaren")]
    [InlineData("Fråga om ärende KT-2026-000123, igen")]
    [InlineData("AW:[KT-2026-000123]Skrivaren")]
    public void Find_ReadsTheTokenWhereverTheSubjectCarriesIt(string subject) =>
        CaseToken.Find(subject).ShouldBe("KT-2026-000123");

    [Theory]
    [InlineData("KT-2026-0001234")]
    [InlineData("KT-26-000123")]
    [InlineData("KT-2026-00012")]
    [InlineData("XKT-2026-000123")]
    [InlineData("KT-2026-000123-2")]
    [InlineData("[KT-2026-12345]")]
    [InlineData("Skrivaren på plan 3")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_IgnoresWhatOnlyLooksLikeACaseNumber(string? subject) =>
        CaseToken.Find(subject).ShouldBeNull();

    [Fact]
    public void Find_PrefersTheBracketedTokenOverABareNumber() =>
        CaseToken.Find("Re: KT-2026-000001 som i [KT-2026-000123]").ShouldBe("KT-2026-000123");

    [Theory]
    [InlineData("Skrivaren", "[KT-2026-000123] Skrivaren")]
    [InlineData("SV: [KT-2026-000123] Skrivaren", "SV: [KT-2026-000123] Skrivaren")]
    [InlineData("", "[KT-2026-000123]")]
    [InlineData("[KT-2026-000999] Annat ärende", "[KT-2026-000123] [KT-2026-000999] Annat ärende")]
    public void AddToSubject_TagsTheSubjectOnce(string subject, string expected) =>
        CaseToken.AddToSubject(subject, "KT-2026-000123").ShouldBe(expected);
}
