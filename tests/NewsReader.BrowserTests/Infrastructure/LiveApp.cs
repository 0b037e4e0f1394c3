using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NewsReader.BrowserTests.Infrastructure;

/// <summary>
/// The real app on a real port (Kestrel, so a browser can reach it), over a SQLite file in a temporary folder
/// with the repository's seed article. One per test class (a class fixture).
/// </summary>
public sealed class LiveApp : IAsyncLifetime
{
    private readonly TestFolder _folder = new();
    private readonly Factory _factory;

    public LiveApp()
    {
        var seeds = _folder.Combine("seeds");
        Directory.CreateDirectory(seeds);
        File.Copy(TestFolder.SeedFile, Path.Combine(seeds, Path.GetFileName(TestFolder.SeedFile)));
        _factory = new Factory(_folder, seeds);
    }

    /// <summary>The server's root, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public IServiceProvider Services => _factory.Services;

    public string Url(string path) => BaseUrl + path;

    public Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            return Task.CompletedTask; // the tests are skipped: no need for a server
        }

        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("The server does not report its addresses.");
        BaseUrl = addresses.Addresses.First().TrimEnd('/');
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _folder.Dispose();
    }

    private sealed class Factory(TestFolder folder, string seeds) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", folder.ConnectionString);
            builder.UseSetting("Database:Provider", folder.Database.Provider);
            builder.UseSetting("Seed:Path", seeds);
            builder.UseSetting("Seed:Watch", "false");
            builder.UseSetting("LogFile:Path", string.Empty);
            builder.UseSetting("DataProtection:KeysPath", folder.Combine("keys"));
            builder.UseSetting("Security:SignInAttemptsPerMinute", "1000");
            builder.UseSetting("Security:SecureCookies", "false"); // served over plain http on loopback
        }
    }
}
