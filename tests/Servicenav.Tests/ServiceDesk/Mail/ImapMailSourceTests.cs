using MailKit;
using Servicenav.ServiceDesk.Mail;

namespace Servicenav.Tests.ServiceDesk.Mail;

/// <summary>The IMAP source needs a server to test for real; what can be tested without one is its id format.</summary>
public class ImapMailSourceTests
{
    [Fact]
    public void SourceId_RoundTripsUidValidityAndUid()
    {
        var id = ImapMailSource.SourceId(1712345678, new UniqueId(1712345678, 42));

        id.ShouldBe("1712345678:42");
        ImapMailSource.ParseSourceId(id).ShouldBe((1712345678u, new UniqueId(1712345678, 42)));
    }

    [Theory]
    [InlineData("42")]
    [InlineData("a:b")]
    [InlineData("1:0")]
    [InlineData("1:2:3")]
    [InlineData("-1:5")]
    [InlineData("")]
    public void ParseSourceId_RefusesWhatTheSourceDidNotHandOut(string id) =>
        Should.Throw<ArgumentException>(() => ImapMailSource.ParseSourceId(id));
}
