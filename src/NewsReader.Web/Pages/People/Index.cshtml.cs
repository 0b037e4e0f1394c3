using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.People;

namespace NewsReader.Web.Pages.People;

/// <summary>
/// Everyone, with how often they are quoted and in how many articles they appear; sortable by the
/// column headers, narrowed by name or alias (case and accents folded), <see cref="PageSize"/> a page.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = NewsReader.Web.Hosting.PageCache.Reading)]
public sealed class IndexModel(NewsReaderDbContext db) : PageModel
{
    public const int PageSize = 50;
    public const string DefaultSort = "quotes";
    private static readonly string[] Sorts = ["name", "quotes", "articles"];

    public sealed record Row(string Slug, string Name, IReadOnlyList<string> Aliases, int Quotes, int Articles);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    public string SortBy => Sorts.Contains(Sort) ? Sort! : DefaultSort;

    public IReadOnlyList<Row> People { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int Pages { get; private set; } = 1;

    public bool Filtered => !string.IsNullOrWhiteSpace(Query);

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken cancellationToken)
    {
        var people = db.People.AsNoTracking();
        if (Filtered)
        {
            var key = FilterKey.For(Query!);
            people = people.Where(p => p.Key.Contains(key) || p.Aliases.Any(a => a.Key.Contains(key)));
        }

        Total = await people.CountAsync(cancellationToken);
        Pages = Paging.PageCount(Total, PageSize);
        PageNumber = Paging.Shown(pageNumber, Pages);

        var rows = people.Select(p => new
        {
            p.Slug,
            p.Name,
            p.Key,
            Aliases = p.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
            Quotes = db.Annotations.Count(a => a.PersonId == p.Id && a.Kind == AnnotationKind.Quote),
            Articles = db.Annotations.Where(a => a.PersonId == p.Id).Select(a => a.ArticleId).Distinct().Count(),
        });
        var sorted = SortBy switch
        {
            "name" => rows.OrderBy(r => r.Key),
            "articles" => rows.OrderByDescending(r => r.Articles).ThenByDescending(r => r.Quotes).ThenBy(r => r.Key),
            _ => rows.OrderByDescending(r => r.Quotes).ThenByDescending(r => r.Articles).ThenBy(r => r.Key),
        };
        People = (await sorted.Skip(Paging.Offset(PageNumber, PageSize)).Take(PageSize).ToListAsync(cancellationToken))
            .Select(r => new Row(r.Slug, r.Name, r.Aliases, r.Quotes, r.Articles))
            .ToList();
    }

    /// <summary>This list with another sort or page, keeping the filter; defaults are left out of the URL.</summary>
    public string LinkTo(string sort, int page)
    {
        var query = new Dictionary<string, string?>();
        if (Filtered)
        {
            query["q"] = Query!.Trim();
        }

        if (sort != DefaultSort)
        {
            query["sort"] = sort;
        }

        if (page > 1)
        {
            query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString("/people", query);
    }
}
