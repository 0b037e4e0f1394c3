using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Search;

namespace NewsReader.Web.Pages;

/// <summary>Search results in the order people ask: people, topics, quotes, then articles by full text.</summary>
public sealed class SearchModel(SearchService search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public SearchService.Results? Results { get; private set; }

    // "page" is also Razor Pages' own route value, so it is read from the query string explicitly.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken cancellationToken) =>
        Results = string.IsNullOrWhiteSpace(Query) ? null : await search.SearchAsync(Query, pageNumber, cancellationToken);

    public string PageLink(int page) => $"/search?q={Uri.EscapeDataString(Results?.Query ?? string.Empty)}{(page > 1 ? $"&page={page}" : string.Empty)}";
}
