using Servicenav.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServicenavWeb();

var app = builder.Build();
app.UseServicenavWeb();
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point; public so the test host (WebApplicationFactory) can start it.</summary>
public partial class Program;
