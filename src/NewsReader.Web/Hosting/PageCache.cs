using Microsoft.AspNetCore.OutputCaching;

namespace NewsReader.Web.Hosting;

/// <summary>The output-cache policy for article pages, and the one way to drop them when tagging changes them.</summary>
public sealed class PageCache(IServiceProvider services)
{
    public const string Articles = "articles";

    /// <summary>Drops cached article pages. A no-op where no cache is registered (command-line hosts).</summary>
    public async Task ArticlesChangedAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IOutputCacheStore>() is { } store)
        {
            await store.EvictByTagAsync(Articles, cancellationToken);
        }
    }
}
