using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Data;

namespace NewsReader.IntegrationTests.Infrastructure;

/// <summary>
/// The real app over a real SQLite file in a temporary folder (or the suite's PostgreSQL database), its schema
/// already migrated (<see cref="NewsReader.Tests.TestDatabase"/>; <see cref="OnSqlite"/> starts from an empty file) and
/// the repository's seed article in its own seed folder. Each factory has its own database.
/// </summary>
public class NewsReaderFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = [];
    private readonly List<Action<IServiceCollection>> _services = [];

    static NewsReaderFactory()
    {
        // Hundreds of hosts start in one test run, each watching its configuration and content files;
        // with inotify that runs into the default limit of 128 instances a user (CI machines included).
        // Polling watchers and no configuration reloads cost the tests nothing.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }

    public NewsReaderFactory()
    {
        Directory.CreateDirectory(SeedFolder);
        File.Copy(TestFolder.SeedFile, Path.Combine(SeedFolder, Path.GetFileName(TestFolder.SeedFile)));
    }

    public TestFolder Folder { get; } = new();

    public string SeedFolder => Folder.Combine("seeds");

    /// <summary>Runs on SQLite whatever the suite's provider (tests of SQLite's own files); call before anything else.</summary>
    public NewsReaderFactory OnSqlite()
    {
        Folder.OnSqlite();
        return this;
    }

    /// <summary>Overrides a configuration value; call before the first request.</summary>
    public NewsReaderFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Adds or replaces services (e.g. a fault-injecting interceptor); call before the first request.</summary>
    public NewsReaderFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    public NewsReaderDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<NewsReaderDbContext>>().CreateDbContext();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", Folder.ConnectionString);
        builder.UseSetting("Database:Provider", Folder.Provider);
        builder.UseSetting("Seed:Path", SeedFolder);
        builder.UseSetting("Seed:Watch", "false");
        builder.UseSetting("LogFile:Path", string.Empty);
        builder.UseSetting("DataProtection:KeysPath", Folder.Combine("keys"));
        builder.UseSetting("Security:SignInAttemptsPerMinute", "1000");
        builder.UseSetting("Security:SecureCookies", "false"); // the test server speaks http
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => _services.ForEach(configure => configure(services)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Folder.Dispose();
        }
    }
}
