using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Search;

namespace NewsReader.Web.Pages;

/// <summary>Search results in the order people ask: people, topics, quotes, then articles by full text.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = NewsReader.Web.Hosting.PageCache.Reading)]
public sealed class SearchModel(SearchService search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public SearchService.Results? Results { get; private set; }

    // "page" is also Razor Pages' own route value, so it is read from the query string explicitly.
    // Like every HTML list, a page past the end shows the last one (the count is known only after a search).
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Query))
        {
            return;
        }

        Results = await search.SearchAsync(Query, pageNumber, cancellationToken);
        if (Results.Page > Results.Pages)
        {
            Results = await search.SearchAsync(Query, Results.Pages, cancellationToken);
        }
    }

    public string PageLink(int page) => $"/search?q={Uri.EscapeDataString(Results?.Query ?? string.Empty)}{(page > 1 ? $"&page={page}" : string.Empty)}";
}
