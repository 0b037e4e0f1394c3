using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Pages.People;

/// <summary>/people/{slug}/quotes.csv: a spreadsheet-safe download of everything a person is quoted as saying.</summary>
public sealed class QuotesCsvTests : IAsyncLifetime, IDisposable
{
    private const string Paragraph = "He typed =HYPERLINK(\"http://x\",\"y\"), \"quoted\", and a line; then +1, -2 and @cmd.";
    private const string Speaker = "O'Neil, \"Junior\"";
    private const string Tagger = "=Cy, \"the tagger\"";
    private readonly NewsReaderFactory _factory = new();
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        var user = await _factory.CreateUserAsync("Cy");
        await using var db = _factory.CreateDbContext();
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, Tagger));
        _api = _factory.CreateTokenClient(user);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Csv_IsAUtf8AttachmentWithBom_CrlfRows_AndAbsoluteLinksToEachQuote()
    {
        var id = await _api.TagAsync(Seed.Slug, Seed.QuoteText, "quote", new { name = "Mike Pompeo" });

        var response = await _factory.CreateClient().GetAsync("/people/mike-pompeo/quotes.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("mike-pompeo-quotes.csv", response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var rows = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"speaker\",\"quote\",\"article title\",\"article url\",\"paragraph\",\"tagged by\",\"tagged at\"", rows[0]);
        var row = Assert.Single(rows[1..]);
        var expected = $"\"Mike Pompeo\",\"{Seed.QuoteText}\",\"Mike Pompeo flies to UK for talks amid US Huawei concern\",\"http://localhost/articles/{Seed.Slug}#h-{id}\",\"3\",\"'=Cy, \"\"the tagger\"\"\",\"";
        Assert.StartsWith(expected, row, StringComparison.Ordinal); // the tagger's name is inert too
        var taggedAt = DateTimeOffset.ParseExact(row[(row.LastIndexOf(",\"", StringComparison.Ordinal) + 2)..^1], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.InRange(DateTimeOffset.UtcNow - taggedAt, TimeSpan.Zero, TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task Csv_QuotesCommasAndQuotes_AndMakesFormulaCellsInert()
    {
        var article = await _factory.ImportAsync("csv/formula.txt", "Deal, or \"no deal\"\n\n" + Paragraph);
        await _api.TagAsync(article.Slug, "=HYPERLINK(\"http://x\",\"y\"), \"quoted\", and a line", "quote", new { name = Speaker });
        await _api.TagAsync(article.Slug, "+1", "quote", new { name = Speaker });
        await _api.TagAsync(article.Slug, "-2", "quote", new { name = Speaker });
        await _api.TagAsync(article.Slug, "@cmd", "quote", new { name = Speaker });

        var text = Encoding.UTF8.GetString((await _factory.CreateClient().GetByteArrayAsync("/people/oneil-junior/quotes.csv")).AsSpan(3));

        var cells = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(row => row[..row.IndexOf(",\"http://", StringComparison.Ordinal)])
            .ToList();
        Assert.Equal(
        [
            "\"O'Neil, \"\"Junior\"\"\",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\"), \"\"quoted\"\", and a line\",\"Deal, or \"\"no deal\"\"\"",
            "\"O'Neil, \"\"Junior\"\"\",\"'+1\",\"Deal, or \"\"no deal\"\"\"",
            "\"O'Neil, \"\"Junior\"\"\",\"'-2\",\"Deal, or \"\"no deal\"\"\"",
            "\"O'Neil, \"\"Junior\"\"\",\"'@cmd\",\"Deal, or \"\"no deal\"\"\"",
        ], cells);
    }

    [Fact]
    public async Task Csv_ForSomeoneNeverQuoted_IsJustTheHeader_AndForNobodyIs404()
    {
        await _api.TagAsync(Seed.Slug, "Ben Wallace", "person", new { name = "Ben Wallace" });

        var onlyHeader = Encoding.UTF8.GetString((await _factory.CreateClient().GetByteArrayAsync("/people/ben-wallace/quotes.csv")).AsSpan(3));
        var missing = await _factory.CreateClient().GetAsync("/people/nobody-at-all/quotes.csv");

        Assert.Equal("\"speaker\",\"quote\",\"article title\",\"article url\",\"paragraph\",\"tagged by\",\"tagged at\"\r\n", onlyHeader);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
