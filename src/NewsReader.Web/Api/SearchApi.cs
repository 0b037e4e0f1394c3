using NewsReader.Web.Search;

namespace NewsReader.Web.Api;

/// <summary><c>GET /api/search?q=&amp;page=</c>: people, topics, quotes and articles, best match first in each list.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", SearchAsync);
        return app;
    }

    private static async Task<IResult> SearchAsync(SearchService search, CancellationToken cancellationToken, string? q = null, int page = 1)
    {
        if (page < 1)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid page", detail: "page must be 1 or more.");
        }

        var results = await search.SearchAsync(q, page, cancellationToken);
        return TypedResults.Ok(new
        {
            query = results.Query,
            cut = results.WasCut,
            people = results.People.Select(p => new { slug = p.Slug, name = p.Name, aliases = p.Aliases }),
            topics = results.Topics.Select(t => new { slug = t.Slug, name = t.Name }),
            quotes = results.Quotes.Select(x => new
            {
                annotationId = x.AnnotationId,
                exact = x.Exact,
                person = new { slug = x.Person.Slug, name = x.Person.Name },
                article = new { slug = x.ArticleSlug, title = x.ArticleTitle },
            }),
            articles = new
            {
                total = results.Articles.Total,
                totalIsAtLeast = results.Articles.TotalIsAtLeast, // more match than are counted (ArticleHits.CountLimit)
                page = results.Page,
                pageSize = SearchService.PageSize,
                items = results.Articles.Items.Select(a => new { slug = a.Slug, title = a.Title, snippet = a.SnippetHtml }),
            },
        });
    }
}
