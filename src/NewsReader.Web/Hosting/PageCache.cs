using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;

namespace NewsReader.Web.Hosting;

/// <summary>The output-cache policy for article pages, and the one way to drop them when tagging changes them.</summary>
public sealed class PageCache(IServiceProvider services)
{
    public const string Articles = "articles";

    /// <summary>
    /// What a cached article page depends on: the text's revision and the last change to its annotations
    /// (each is recorded as an event). Part of the cache key, so a change made by another process (an
    /// `ingest` run that re-anchors, another app instance) shows at once, not after the expiry: one
    /// indexed lookup per request instead of rendering the page.
    /// </summary>
    public static async ValueTask<KeyValuePair<string, string>> ArticleVersionAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var slug = context.Request.RouteValues["slug"] as string ?? string.Empty;
        await using var db = await context.RequestServices.GetRequiredService<IDbContextFactory<NewsReaderDbContext>>().CreateDbContextAsync(cancellationToken);
        var version = await db.Articles.AsNoTracking().Where(a => a.Slug == slug)
            .Select(a => new { a.Revision, Last = db.AnnotationEvents.Where(e => e.ArticleId == a.Id).Max(e => (long?)e.Id) })
            .SingleOrDefaultAsync(cancellationToken);
        return new("version", version is null ? "none" : $"{version.Revision}.{version.Last ?? 0}");
    }

    /// <summary>Drops cached article pages. A no-op where no cache is registered (command-line hosts).</summary>
    public async Task ArticlesChangedAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IOutputCacheStore>() is { } store)
        {
            await store.EvictByTagAsync(Articles, cancellationToken);
        }
    }
}
