using Servicenav.ServiceDesk.Mail;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Mail;

public sealed class MailDropFolderSourceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"servicenav-drop-{Guid.NewGuid():N}");
    private readonly FakeClock _clock = new(new DateOnly(2026, 3, 10));

    public MailDropFolderSourceTests()
    {
        Directory.CreateDirectory(_folder);
        _clock.SetUtcNow(Now);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private MailDropFolderSource Source(Func<MailDropFolderOptions, MailDropFolderOptions>? change = null)
    {
        var options = new MailDropFolderOptions { Folder = _folder };
        return new MailDropFolderSource(change is null ? options : change(options), _clock);
    }

    private string Drop(string name, string content = "From: anna@example.se\r\n\r\nHej\r\n", TimeSpan? age = null)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, (Now - (age ?? TimeSpan.FromMinutes(1))).UtcDateTime);
        return path;
    }

    private string[] FilesIn(string folder) =>
        Directory.Exists(Path.Combine(_folder, folder)) ? Directory.GetFiles(Path.Combine(_folder, folder)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray() : [];

    [Fact]
    public async Task ListNew_GivesSettledEmlFilesAndSkipsYoungTemporaryAndOtherFiles()
    {
        Drop("a.eml");
        Drop("B.EML");
        Drop("young.eml", age: TimeSpan.FromSeconds(1));
        Drop("half.eml.tmp");
        Drop("notes.txt");
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        File.WriteAllText(Path.Combine(_folder, "sub", "nested.eml"), "x");

        var mails = await Source().ListNewAsync();

        mails.Select(m => m.SourceId).Order(StringComparer.Ordinal).ShouldBe(["B.EML", "a.eml"]);
        mails.First(m => m.SourceId == "a.eml").Content.ToArray().ShouldBe(File.ReadAllBytes(Path.Combine(_folder, "a.eml")));
    }

    [Fact]
    public async Task AYoungFile_IsListedOnceItHasSettled()
    {
        Drop("young.eml", age: TimeSpan.FromSeconds(1));
        var source = Source();
        (await source.ListNewAsync()).ShouldBeEmpty();

        _clock.SetUtcNow(Now.AddSeconds(10));

        (await source.ListNewAsync()).ShouldHaveSingleItem().SourceId.ShouldBe("young.eml");
    }

    [Fact]
    public async Task AProcessedMessage_MovesToProcessedAndIsNotListedAgain()
    {
        Drop("a.eml");
        var source = Source();

        await source.AcknowledgeAsync("a.eml", MailOutcome.Processed);

        FilesIn(".").ShouldBeEmpty();
        FilesIn(MailDropFolderSource.ProcessedFolder).ShouldBe(["a.eml"]);
        (await source.ListNewAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task AFailedMessage_MovesToFailedWithItsReason()
    {
        Drop("trasig.eml");

        await Source().AcknowledgeAsync("trasig.eml", MailOutcome.Failed, "Malformed: Failed to parse message headers.");

        FilesIn(MailDropFolderSource.FailedFolder).ShouldBe(["trasig.eml", "trasig.eml.reason.txt"]);
        File.ReadAllText(Path.Combine(_folder, "failed", "trasig.eml.reason.txt")).ShouldBe("Malformed: Failed to parse message headers.");
    }

    [Fact]
    public async Task ASameNamedFileAlreadyProcessed_IsNotOverwritten()
    {
        var source = Source();
        Drop("a.eml", "first");
        await source.AcknowledgeAsync("a.eml", MailOutcome.Processed);
        Drop("a.eml", "second");
        await source.AcknowledgeAsync("a.eml", MailOutcome.Processed);

        FilesIn(MailDropFolderSource.ProcessedFolder).ShouldBe(["a-1.eml", "a.eml"]);
        File.ReadAllText(Path.Combine(_folder, "processed", "a.eml")).ShouldBe("first");
        File.ReadAllText(Path.Combine(_folder, "processed", "a-1.eml")).ShouldBe("second");
    }

    [Fact]
    public async Task EveryMessage_EndsUpInExactlyOnePlace()
    {
        for (var i = 0; i < 30; i++)
        {
            Drop($"m{i:00}.eml", i % 7 == 0 ? "garbage" : $"From: anna@example.se\r\nSubject: {i}\r\n\r\nHej\r\n");
        }

        var source = Source(o => o with { BatchSize = 8 });
        var rounds = 0;
        while (await source.ListNewAsync() is { Count: > 0 } batch)
        {
            rounds++;
            foreach (var mail in batch)
            {
                var result = InboundMailParser.Parse(mail.Content, MailLimits.Default);
                var outcome = result is ParsedMail ? MailOutcome.Processed : MailOutcome.Failed;
                await source.AcknowledgeAsync(mail.SourceId, outcome, (result as MailParseFailure)?.Detail);
            }
        }

        rounds.ShouldBe(4);
        FilesIn(".").ShouldBeEmpty();
        FilesIn(MailDropFolderSource.ProcessedFolder).Length.ShouldBe(25);
        FilesIn(MailDropFolderSource.FailedFolder).Count(f => f.EndsWith(".eml", StringComparison.Ordinal)).ShouldBe(5);
    }

    [Fact]
    public async Task AFileOverTheSizeLimit_IsHandedOnCutSoTheParserRefusesIt()
    {
        Drop("stor.eml", "From: anna@example.se\r\n\r\n" + new string('x', 5000));

        var mail = (await Source(o => o with { MaxMessageBytes = 1000 }).ListNewAsync()).ShouldHaveSingleItem();

        mail.Content.Length.ShouldBe(1001);
        InboundMailParser.Parse(mail.Content, MailLimits.Default with { MaxMessageBytes = 1000 })
            .ShouldBeOfType<MailParseFailure>().Reason.ShouldBe(MailFailureReason.TooLarge);
    }

    [Theory]
    [InlineData("../a.eml")]
    [InlineData("sub/a.eml")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("processed\\a.eml")]
    public async Task AcknowledgingANameOutsideTheFolder_IsRefused(string sourceId)
    {
        await Should.ThrowAsync<ArgumentException>(() => Source().AcknowledgeAsync(sourceId, MailOutcome.Processed));
    }

    [Fact]
    public async Task AcknowledgingAFileThatIsGone_Throws()
    {
        await Should.ThrowAsync<FileNotFoundException>(() => Source().AcknowledgeAsync("borta.eml", MailOutcome.Processed));
    }

    [Fact]
    public async Task AMissingFolder_HasNoMail()
    {
        var source = new MailDropFolderSource(new MailDropFolderOptions { Folder = Path.Combine(_folder, "finns-inte") }, _clock);

        (await source.ListNewAsync()).ShouldBeEmpty();
    }
}
