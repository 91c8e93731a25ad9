using System.Text;
using Servicenav.ServiceDesk.Mail;

namespace Servicenav.Tests.ServiceDesk.Mail;

/// <summary>Whatever arrives, the parser answers with a parsed mail or a failure, never an exception.</summary>
public class InboundHostileInputTests
{
    public static TheoryData<string, byte[]> Garbage => new()
    {
        { "empty", [] },
        { "zeros", new byte[4096] },
        { "random", RandomBytes(1, 64 * 1024) },
        { "not mail", Encoding.ASCII.GetBytes("hello world\r\nthis is not a mail\r\n") },
        { "binary with newlines", [0, 1, 2, 255, 254, 10, 13, 0, 58, 58, 10] },
    };

    [Theory, MemberData(nameof(Garbage))]
    public void GarbageBytes_GiveAFailureNotAnException(string name, byte[] raw)
    {
        var result = InboundMailParser.Parse(raw, MailLimits.Default);

        result.ShouldBeOfType<MailParseFailure>(name).Reason.ShouldBeOneOf(MailFailureReason.Empty, MailFailureReason.Malformed);
    }

    [Fact]
    public void TenThousandHeaders_FailAsTooManyHeaders()
    {
        var headers = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            headers.Append("X-Header-").Append(i).Append(": value\r\n");
        }

        var failure = Eml.Failed(Eml.Ascii(headers + "From: anna@example.se\r\nSubject: x\r\n\r\nbody\r\n"));

        failure.Reason.ShouldBe(MailFailureReason.TooManyHeaders);
        failure.Detail.ShouldContain("10002");
    }

    [Fact]
    public void AOneMegabyteHeader_FailsAsHeaderTooLarge()
    {
        var failure = Eml.Failed(Eml.Ascii("From: anna@example.se\r\nSubject: " + new string('a', 1024 * 1024) + "\r\n\r\nbody\r\n"));

        failure.Reason.ShouldBe(MailFailureReason.HeaderTooLarge);
    }

    [Fact]
    public void HugeHeadersInANestedPart_AreCaughtToo()
    {
        var raw = Eml.Ascii($"""
            From: anna@example.se
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain
            X-Padding: {new string('a', 300 * 1024)}

            body
            --b--
            """);

        Eml.Failed(raw).Reason.ShouldBe(MailFailureReason.HeaderTooLarge);
    }

    [Fact]
    public void ThousandsOfParts_FailAsTooManyParts()
    {
        var raw = new StringBuilder("From: anna@example.se\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n");
        for (var i = 0; i < 5000; i++)
        {
            raw.Append("--b\r\nContent-Type: application/pdf; name=\"a.pdf\"\r\n\r\nx\r\n");
        }

        var failure = Eml.Failed(Eml.Ascii(raw.Append("--b--\r\n").ToString()));

        failure.Reason.ShouldBe(MailFailureReason.TooManyParts);
    }

    [Fact]
    public void AMessageOverTheSizeLimit_FailsBeforeParsing()
    {
        var raw = Eml.Ascii("From: anna@example.se\r\n\r\n" + new string('x', 2000));

        var failure = Eml.Failed(raw, MailLimits.Default with { MaxMessageBytes = 1000 });

        failure.Reason.ShouldBe(MailFailureReason.TooLarge);
    }

    [Fact]
    public void AStreamLongerThanTheLimit_IsNotReadToTheEnd()
    {
        using var endless = new EndlessStream();

        var result = InboundMailParser.Parse(endless, MailLimits.Default with { MaxMessageBytes = 10_000 });

        result.ShouldBeOfType<MailParseFailure>().Reason.ShouldBe(MailFailureReason.TooLarge);
        endless.Position.ShouldBe(10_001);
    }

    [Fact]
    public void AMessageWithoutFrom_IsParsedWithAWarning()
    {
        var mail = Eml.Parsed(Eml.Ascii("""
            To: kundtjanst@servicenav.example.se
            Subject: Vem skickade detta?

            Hej
            """));

        mail.From.ShouldBeNull();
        mail.Warnings.ShouldContain(w => w.Code == MailWarningCode.MissingFrom);
        mail.TextBody.ShouldBe("Hej");
    }

    [Fact]
    public void SeveralFromAddresses_TakeTheFirstAndWarn()
    {
        var mail = Eml.Parsed(Eml.Ascii("From: anna@example.se, bo@example.se\r\n\r\nHej\r\n"));

        mail.From!.Address.ShouldBe("anna@example.se");
        mail.Warnings.ShouldContain(w => w.Code == MailWarningCode.SeveralFromAddresses);
    }

    [Fact]
    public void DeeplyNestedMultiparts_AreReadWithoutThrowing()
    {
        var raw = new StringBuilder("From: anna@example.se\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
        const int depth = 500;
        for (var i = 0; i < depth; i++)
        {
            raw.Append("--b").Append(i).Append("\r\nContent-Type: multipart/mixed; boundary=\"b").Append(i + 1).Append("\"\r\n\r\n");
        }

        raw.Append("--b").Append(depth).Append("\r\nContent-Type: text/plain\r\n\r\ninnerst\r\n");
        for (var i = depth; i >= 0; i--)
        {
            raw.Append("--b").Append(i).Append("--\r\n");
        }

        InboundMailParser.Parse(Eml.Ascii(raw.ToString()), MailLimits.Default).ShouldBeOfType<ParsedMail>();
    }

    [Fact]
    public void MultipartWithoutBoundaryOrEnd_IsReadWithoutThrowing()
    {
        var raw = Eml.Ascii("""
            From: anna@example.se
            Content-Type: multipart/mixed

            --nowhere
            Content-Type: text/plain

            halvt meddelande
            """);

        InboundMailParser.Parse(raw, MailLimits.Default).ShouldBeAssignableTo<MailParseResult>();
    }

    [Fact]
    public void BrokenBase64AndQuotedPrintable_AreReadWithoutThrowing()
    {
        var raw = Eml.Ascii("""
            From: anna@example.se
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: quoted-printable

            trasig =ZZ kod =
            --b
            Content-Type: application/pdf; name="a.pdf"
            Content-Transfer-Encoding: base64

            !!!not base64@@@
            --b--
            """);

        var mail = Eml.Parsed(raw);

        mail.TextBody.ShouldStartWith("trasig");
        (mail.Attachments.Count + mail.RejectedAttachments.Count).ShouldBe(1);
    }

    [Fact]
    public void MutatedRealMessages_NeverThrow()
    {
        var random = new Random(20260310);
        foreach (var fixture in new[] { "outlook-alternative-inline-image.eml", "thunderbird-reply.eml" })
        {
            var original = Eml.Fixture(fixture);
            for (var round = 0; round < 150; round++)
            {
                var mutated = (byte[])original.Clone();
                for (var flips = random.Next(1, 40); flips > 0; flips--)
                {
                    mutated[random.Next(mutated.Length)] = (byte)random.Next(256);
                }

                var cut = mutated.AsMemory(0, random.Next(1, mutated.Length + 1));
                InboundMailParser.Parse(cut, MailLimits.Default).ShouldNotBeNull($"{fixture} round {round}");
            }
        }
    }

    private static byte[] RandomBytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A stream that never ends, counting how far it was read.</summary>
    private sealed class EndlessStream : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
