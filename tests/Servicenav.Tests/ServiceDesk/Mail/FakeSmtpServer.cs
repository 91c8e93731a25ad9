using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Servicenav.Tests.ServiceDesk.Mail;

/// <summary>What the fake server captured from one DATA command.</summary>
internal sealed record CapturedMail(string MailFrom, IReadOnlyList<string> RcptTo, byte[] Data, string? User, string? Password);

/// <summary>
/// Just enough SMTP (EHLO/HELO, AUTH PLAIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT) on a loopback port to capture what a
/// client sends. No package in the NuGet mirror offers an in-process SMTP server for tests.
/// </summary>
internal sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<CapturedMail> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _serving;

    public FakeSmtpServer()
    {
        _listener.Start();
        _serving = ServeAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The first message received; the wait is bounded so a broken client fails the test instead of hanging it.</summary>
    public Task<CapturedMail> FirstMessage => _first.Task.WaitAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await SessionAsync(client.GetStream(), _stop.Token);
        }
    }

    private async Task SessionAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        // Latin-1 maps every byte to one char and back, so DATA keeps its exact bytes.
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        string? from = null, user = null, password = null;
        var recipients = new List<string>();
        await writer.WriteLineAsync("220 fake.test ESMTP");
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteAsync("250-fake.test\r\n250-8BITMIME\r\n250-AUTH PLAIN\r\n250 SMTPUTF8\r\n");
                    break;
                case "HELO" or "RSET" or "NOOP":
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "AUTH":
                    var response = line.Split(' ') is [_, _, var initial] ? initial : await AskAsync(writer, reader, cancellationToken);
                    var parts = Encoding.UTF8.GetString(Convert.FromBase64String(response)).Split('\0');
                    (user, password) = (parts[1], parts[2]);
                    await writer.WriteLineAsync("235 2.7.0 Authentication successful");
                    break;
                case "MAIL":
                    from = Address(line);
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    recipients.Add(Address(line));
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = await ReadDataAsync(reader, cancellationToken);
                    _first.TrySetResult(new CapturedMail(from ?? "", recipients.ToList(), data, user, password));
                    await writer.WriteLineAsync("250 2.0.0 Queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 Command not implemented");
                    break;
            }
        }
    }

    private static async Task<string> AskAsync(StreamWriter writer, StreamReader reader, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync("334 ");
        return await reader.ReadLineAsync(cancellationToken) ?? "";
    }

    private static async Task<byte[]> ReadDataAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line && line != ".")
        {
            // Dot-stuffing: a line starting with "." was sent with one more.
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }

        return Encoding.Latin1.GetBytes(data.ToString());
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : "";
    }
}
