using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Cli;

/// <summary>
/// The CLI's composition: the same configuration keys as the web (Database:Provider,
/// ConnectionStrings:Servicenav, from servicenav.json or environment variables such as
/// Database__Provider), the same modules, and every command run as the system user.
/// </summary>
public sealed class CliHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CliHost(ServiceProvider services, string describe)
    {
        _services = services;
        Database = describe;
    }

    public string Database { get; }

    public static CliHost Create(string? provider, string? connection)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "servicenav.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.ConnectionString = connection ?? options.ConnectionString ?? configuration.GetConnectionString("Servicenav");
        if (provider is not null)
        {
            options.Provider = Enum.Parse<DatabaseProvider>(provider, ignoreCase: true);
        }

        var connectionString = options.ResolveConnectionString(Directory.GetCurrentDirectory());
        var attachments = configuration.GetSection(ServiceDesk.AttachmentSettings.Section).Get<ServiceDesk.AttachmentSettings>() ?? new ServiceDesk.AttachmentSettings();
        attachments.Folder = Path.GetFullPath(attachments.Folder ?? Path.Combine(options.DataFolder, "attachments"), Directory.GetCurrentDirectory());
        var services = new ServiceCollection().AddServicenavCore(options.Provider, connectionString).AddSingleton(attachments)
            .AddSingleton((configuration.GetSection(ServiceDesk.Features.Notifications.OutboundMailSettings.Section)
                .Get<ServiceDesk.Features.Notifications.OutboundMailSettings>() ?? new()).InDataFolder(Path.Combine(Directory.GetCurrentDirectory(), options.DataFolder)))
            .BuildServiceProvider();
        return new CliHost(services, $"{options.Provider}: {Redact(connectionString)}");
    }

    public UserContext User { get; } = UserContext.System("cli:" + Environment.UserName);

    public Task<T> Send<T>(IRequest<T> request, CancellationToken ct) =>
        _services.GetRequiredService<Sender>().Send(request, User, ct);

    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(User);
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static string Redact(string connectionString) =>
        string.Join(';', connectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));
}
