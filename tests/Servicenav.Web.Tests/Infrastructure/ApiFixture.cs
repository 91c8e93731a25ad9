using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Servicenav.Web.Hosting;

namespace Servicenav.Web.Tests.Infrastructure;

/// <summary>The demo app on an in-memory test server for API tests, with bearer tokens per demo user.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly Dictionary<string, string> _tokens = [];

    public ServicenavFactory Factory { get; } = new(kestrel: false);

    public Task InitializeAsync()
    {
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>A client signed in as a demo user through POST /api/auth/token.</summary>
    public async Task<HttpClient> ClientFor(string userName)
    {
        if (!_tokens.TryGetValue(userName, out var token))
        {
            var response = await Anonymous().PostAsJsonAsync("/api/auth/token", new { userName, password = DemoSeeder.Password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            _tokens[userName] = token;
        }

        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
