using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Hosting;

namespace NewsReader.IntegrationTests.Hosting;

// SQLite's own behaviour (its files, its planner, FTS5): run in the SQLite pass only (.ci/run filters
// Database=Sqlite out of the PostgreSQL pass: one test process keeps one provider, as the app does).
[Trait("Database", "Sqlite")]
public sealed class BackupCommandTests : IDisposable
{
    // Backups of SQLite's file; on PostgreSQL the command refuses (BackupCommand_OnPostgres_...).
    private readonly NewsReaderFactory _factory = new NewsReaderFactory().OnSqlite();
    private readonly TestFolder _backups = new();

    public void Dispose()
    {
        _factory.Dispose();
        _backups.Dispose();
    }

    [Fact]
    public async Task Backup_WhileTheAppTakesWrites_IsConsistent_AndRestoresIntoAWorkingApp()
    {
        var api = _factory.CreateTokenClient(await _factory.CreateUserAsync("Bea"));
        var body = await Seed.AnnotationFor(api, "5G", "topic", topic: new { name = "5G" });
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", body)).StatusCode);
        }

        // Keep writing while the backup runs.
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            var written = 0;
            while (!stop.IsCancellationRequested)
            {
                var response = await api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", body);
                written += response.StatusCode == HttpStatusCode.Created ? 1 : 0;
            }

            return written;
        });
        var target = _backups.Combine("copy.db");
        var (code, output, error) = await RunAsync("backup", $"--ConnectionStrings:Default={_factory.Folder.ConnectionString}", "--LogFile:Path=", target);
        await stop.CancelAsync();
        await writer;

        Assert.True(code == 0, error);
        Assert.Contains("integrity ok", output);
        await using (var copy = new SqliteConnection($"Data Source={target};Pooling=False"))
        {
            await copy.OpenAsync();
            var check = copy.CreateCommand();
            check.CommandText = "PRAGMA integrity_check; ";
            Assert.Equal("ok", await check.ExecuteScalarAsync());
            check.CommandText = "SELECT count(*) FROM Annotations";
            Assert.True((long)(await check.ExecuteScalarAsync())! >= 5);
        }

        // Restore: a fresh app on the copy serves what was backed up.
        using var restored = new NewsReaderFactory().OnSqlite().With("ConnectionStrings:Default", $"Data Source={target}");
        var annotations = await restored.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");
        Assert.True(annotations.GetArrayLength() >= 5);
    }

    [Fact]
    public async Task Backup_RefusesToOverwriteAnExistingFile()
    {
        _ = _factory.Server;
        var existing = _backups.Write("old.db", "an earlier backup");

        var (code, _, error) = await RunAsync("backup", $"--ConnectionStrings:Default={_factory.Folder.ConnectionString}", "--LogFile:Path=", existing);

        Assert.Equal(2, code);
        Assert.Contains("already exists", error);
        Assert.Equal("an earlier backup", await File.ReadAllTextAsync(existing));
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, TextReader.Null, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
