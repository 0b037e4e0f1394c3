using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.IntegrationTests.Pages.People;
using NewsReader.Tests;
using NewsReader.Web.Hosting;

namespace NewsReader.IntegrationTests.Data;

/// <summary>
/// <c>copy-db --to-postgres</c> moves a SQLite database into an empty PostgreSQL one with everything kept (ids, slugs,
/// timestamps, accounts and their tokens, sign-in keys), so the app started on the copy serves the same answers;
/// it refuses a database that is not empty, and a copy that fails leaves nothing behind.
/// </summary>
[Trait("Database", "Postgres")] // about PostgreSQL itself: runs in the first CI pass, whatever the suite's provider
public sealed class CopyDbTests
{
    [PostgresFact]
    public async Task CopyDb_IntoAnEmptyPostgresDatabase_KeepsEveryRowAndId_AndTheAppServesTheSameAnswersFromIt()
    {
        using var source = new NewsReaderFactory().OnSqlite();
        var ana = await source.CreateUserAsync("Ana", admin: true);
        var api = source.CreateTokenClient(ana);
        await api.TagAsync(Seed.Slug, "Mike Pompeo", "person", new { name = "Mike Pompeo" });
        await api.TagAsync(Seed.Slug, "5G", "topic", topic: new { name = "5G networks" });
        var renamed = await api.PatchAsJsonAsync("/api/people/mike-pompeo", new { name = "Michael Pompeo" }); // the old name kept as an alias
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var queue = JsonDocument.Parse(await api.GetStringAsync("/api/suggestions?pageSize=100")).RootElement.GetProperty("items");
        var rejected = await api.PostAsync($"/api/suggestions/{queue[0].GetProperty("suggestion").GetProperty("id").GetInt32()}/reject", null); // review memory
        Assert.True(rejected.IsSuccessStatusCode, await rejected.Content.ReadAsStringAsync());
        var annotations = await api.GetStringAsync($"/api/articles/{Seed.Slug}/annotations");
        var people = await api.GetStringAsync("/api/people?q=pompeo");
        var pending = await api.GetStringAsync("/api/suggestions?pageSize=100");
        var personPage = await Redirect(source, "/people/mike-pompeo");

        using var target = TestDatabase.CreatePostgres(empty: true);
        var (code, output, error) = await CopyAsync(source.Folder.ConnectionString, target.ConnectionString);

        Assert.True(code == 0, error);
        foreach (var table in new[] { "Articles", "Paragraphs", "Annotations", "AnnotationEvents", "People", "PersonAliases", "Topics", "Suggestions", "AspNetUsers", "ApiTokens", "DataProtectionKeys" })
        {
            Assert.Matches($@"\n  {table} +[1-9][0-9,]* +[1-9][0-9,]* +same\n", output.Replace("\r", string.Empty, StringComparison.Ordinal));
        }

        Assert.DoesNotContain("DIFFERENT", output);

        using var copy = new NewsReaderFactory()
            .With("ConnectionStrings:Default", target.ConnectionString).With("Database:Provider", "Postgres");
        var copyApi = copy.CreateTokenClient(ana); // the same token: its hash was copied
        Assert.Equal(annotations, await copyApi.GetStringAsync($"/api/articles/{Seed.Slug}/annotations"));
        Assert.Equal(people, await copyApi.GetStringAsync("/api/people?q=pompeo"));
        Assert.Equal(pending, await copyApi.GetStringAsync("/api/suggestions?pageSize=100"));
        Assert.Equal(personPage, await Redirect(copy, "/people/mike-pompeo")); // links to the person still work

        // New rows continue after the copied ids.
        var highest = JsonDocument.Parse(annotations).RootElement.EnumerateArray().Max(a => a.GetProperty("id").GetInt32());
        var added = await copyApi.TagAsync(Seed.Slug, "Huawei", "topic", topic: new { name = "Huawei" });
        Assert.True(added > highest, $"new annotation {added} after copied {highest}");
    }

    [PostgresFact]
    public async Task CopyDb_OfTextHoldingANul_WritesTheReplacementCharacter_AndCountsIt()
    {
        using var source = new NewsReaderFactory().OnSqlite();
        _ = source.Server;
        // Written beside the app, as an older version could store it (the app now replaces NUL as it writes).
        await using (var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(source.Folder.ConnectionString))
        {
            await sqlite.OpenAsync();
            await using var write = sqlite.CreateCommand();
            write.CommandText = "UPDATE Paragraphs SET Text = Text || char(0) || 'after' WHERE Id = (SELECT MIN(Id) FROM Paragraphs)";
            Assert.Equal(1, await write.ExecuteNonQueryAsync());
        }

        using var target = TestDatabase.CreatePostgres(empty: true);
        var (code, output, error) = await CopyAsync(source.Folder.ConnectionString, target.ConnectionString);

        Assert.True(code == 0, error);
        Assert.Matches(@"\n  Paragraphs +[0-9,]+ +[0-9,]+ +same; 1 text values held NUL \(U\+0000\)", output.Replace("\r", string.Empty, StringComparison.Ordinal));
        await using var postgres = new Npgsql.NpgsqlConnection(target.ConnectionString);
        await postgres.OpenAsync();
        await using var read = new Npgsql.NpgsqlCommand("""SELECT "Text" FROM "Paragraphs" ORDER BY "Id" LIMIT 1""", postgres);
        Assert.EndsWith("\uFFFDafter", (string)(await read.ExecuteScalarAsync())!, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task CopyDb_IntoADatabaseThatHoldsRows_IsRefused_AndChangesNothing()
    {
        using var source = new NewsReaderFactory().OnSqlite();
        _ = source.Server;
        using var target = TestDatabase.CreatePostgres(empty: true);
        using (var running = new NewsReaderFactory().With("ConnectionStrings:Default", target.ConnectionString).With("Database:Provider", "Postgres"))
        {
            _ = running.Server; // an instance started on it first: the seed article is there
        }

        var (code, _, error) = await CopyAsync(source.Folder.ConnectionString, target.ConnectionString);

        Assert.Equal(1, code);
        Assert.Contains("not empty", error);
        Assert.Contains("Articles", error);
    }

    [PostgresFact]
    public async Task Backup_OfAPostgresDatabase_SaysToUsePostgresOwnTools()
    {
        using var database = TestDatabase.CreatePostgres();

        var (code, _, error) = await CommandAsync(["backup", $"--ConnectionStrings:Default={database.ConnectionString}", "--Database:Provider=Postgres", "--LogFile:Path=", "copy.db"]);

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains("pg_dump", error);
    }

    [Fact]
    public async Task CopyDb_WithoutATarget_IsAUsageError()
    {
        var (code, _, error) = await CommandAsync(["copy-db"]);

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains("--to-postgres", error);
    }

    private static async Task<string> Redirect(NewsReaderFactory app, string url)
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(url);
        return $"{(int)response.StatusCode} {response.Headers.Location} {new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent}";
    }

    private static Task<(int Code, string Output, string Error)> CopyAsync(string sqlite, string postgres) =>
        CommandAsync(["copy-db", $"--ConnectionStrings:Default={sqlite}", "--Database:Provider=Sqlite", "--LogFile:Path=", "--to-postgres", postgres]);

    private static async Task<(int Code, string Output, string Error)> CommandAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, TextReader.Null, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
