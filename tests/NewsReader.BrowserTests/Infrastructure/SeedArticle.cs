using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Data;
using NewsReader.Web.Tagging;

namespace NewsReader.BrowserTests.Infrastructure;

/// <summary>Facts about the seed article, and annotations made on the server for tests that start from them.</summary>
public static class SeedArticle
{
    public const string Slug = "mike-pompeo-flies-to-uk-for-talks-amid-us-huawei-concern";
    public const string Path = "/articles/" + Slug;
    public const string QuoteText = "won\u2019t be able to share information";

    /// <summary>Tags the first occurrence of <paramref name="exact"/> through the app's own service, as <paramref name="author"/>.</summary>
    public static async Task<AnnotationView> TagAsync(this LiveApp app, TestUser author, string exact, string kind, string name, string? note = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
        var paragraphs = await db.Paragraphs.AsNoTracking()
            .Where(p => db.Articles.Any(a => a.Id == p.ArticleId && a.Slug == Slug))
            .OrderBy(p => p.Ordinal)
            .Select(p => new { p.Id, p.Text })
            .ToListAsync();
        var paragraph = paragraphs.First(p => p.Text.Contains(exact, StringComparison.Ordinal));
        var start = paragraph.Text.IndexOf(exact, StringComparison.Ordinal);
        var named = new NameRef(null, name);
        var input = new NewAnnotation(paragraph.Id, start, start + exact.Length, exact, kind, kind == "topic" ? null : named, kind == "topic" ? named : null, note);
        var result = await scope.ServiceProvider.GetRequiredService<AnnotationService>()
            .CreateAsync(Slug, input, new Actor(author.Id, IsAdmin: false), CancellationToken.None);
        Assert.True(result.Status == TaggingStatus.Ok, string.Join(" ", result.Errors.SelectMany(e => e.Value)));
        return result.Value!;
    }

    /// <summary>Whether the annotation is still in the database.</summary>
    public static async Task<bool> AnnotationExistsAsync(this LiveApp app, int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>().Annotations.AnyAsync(a => a.Id == id);
    }

    /// <summary>Stores an edited text of the seed as its next revision, as an ingest of the changed file would.</summary>
    public static async Task ReviseAsync(this LiveApp app, Func<string, string> edit)
    {
        var text = edit(await File.ReadAllTextAsync(TestFolder.SeedFile));
        var content = NewsReader.Web.Ingestion.ArticleParser.Parse(text).Content ?? throw new ArgumentException("Not a valid article.", nameof(edit));
        await app.Services.GetRequiredService<NewsReader.Web.Ingestion.ArticleImporter>()
            .ImportAsync(System.IO.Path.GetFileName(TestFolder.SeedFile), content, CancellationToken.None);
    }
}
