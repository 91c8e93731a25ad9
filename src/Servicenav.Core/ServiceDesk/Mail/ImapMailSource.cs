using System.Globalization;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>
/// Reads unseen messages from an IMAP folder (fetched with BODY.PEEK, so listing marks nothing) and on acknowledge marks
/// one seen and moves it to the processed or failed folder when one is configured. Each call opens its own connection:
/// polling is rare and a fresh connection needs no recovery logic. Source ids are "uidvalidity:uid", so an id from
/// before the server rebuilt the folder is refused instead of touching another message.
/// </summary>
public sealed class ImapMailSource(ImapMailSourceOptions options) : IMailSource
{
    public async Task<IReadOnlyList<RawMail>> ListNewAsync(CancellationToken cancellationToken = default)
    {
        using var client = await ConnectAsync(cancellationToken);
        var folder = await client.GetFolderAsync(options.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        var unseen = await folder.SearchAsync(SearchQuery.NotSeen.And(SearchQuery.NotDeleted), cancellationToken);
        var limit = (int)Math.Min(options.MaxMessageBytes + 1, int.MaxValue);
        var mails = new List<RawMail>();
        foreach (var uid in unseen.Take(options.BatchSize))
        {
            await using var stream = await folder.GetStreamAsync(uid, 0, limit, cancellationToken);
            var content = await BoundedRead.ReadAtMostAsync(stream, limit, cancellationToken);
            mails.Add(new RawMail(SourceId(folder.UidValidity, uid), content));
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return mails;
    }

    public async Task AcknowledgeAsync(string sourceId, MailOutcome outcome, string? reason = null, CancellationToken cancellationToken = default)
    {
        var (uidValidity, uid) = ParseSourceId(sourceId);
        using var client = await ConnectAsync(cancellationToken);
        var folder = await client.GetFolderAsync(options.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        if (folder.UidValidity != uidValidity)
        {
            throw new InvalidOperationException($"{options.Folder} was rebuilt on the server (UIDVALIDITY {folder.UidValidity}, id {sourceId}): the message must be found again.");
        }

        var destination = outcome == MailOutcome.Processed ? options.ProcessedFolder : options.FailedFolder;
        var flags = outcome == MailOutcome.Failed && destination is null ? MessageFlags.Seen | MessageFlags.Flagged : MessageFlags.Seen;
        await folder.StoreAsync(uid, new StoreFlagsRequest(StoreAction.Add, flags) { Silent = true }, cancellationToken);
        if (destination is not null)
        {
            var target = await client.GetFolderAsync(destination, cancellationToken);
            await folder.MoveToAsync(uid, target, cancellationToken);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    internal static string SourceId(uint uidValidity, UniqueId uid) =>
        uidValidity.ToString(CultureInfo.InvariantCulture) + ":" + uid.Id.ToString(CultureInfo.InvariantCulture);

    internal static (uint UidValidity, UniqueId Uid) ParseSourceId(string sourceId)
    {
        var parts = sourceId.Split(':');
        if (parts.Length == 2
            && uint.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var validity)
            && uint.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return (validity, new UniqueId(validity, id));
        }

        throw new ArgumentException($"'{sourceId}' is not an IMAP source id (uidvalidity:uid).", nameof(sourceId));
    }

    private async Task<ImapClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new ImapClient();
        try
        {
            await client.ConnectAsync(options.Host, options.Port, options.Security, cancellationToken);
            await client.AuthenticateAsync(options.User, options.Password, cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
