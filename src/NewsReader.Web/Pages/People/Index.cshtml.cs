using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using NewsReader.Web.Domain;
using NewsReader.Web.People;

namespace NewsReader.Web.Pages.People;

/// <summary>
/// Everyone, with how often they are quoted and in how many articles they appear; sortable by the
/// column headers, narrowed by name or alias (case and accents folded), <see cref="PageSize"/> a page.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = NewsReader.Web.Hosting.PageCache.Reading)]
public sealed class IndexModel(Search.NameCandidateCache names) : PageModel
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

    // Counted, filtered, sorted and paged from the people and counts NameCandidateCache keeps until the
    // next write: in SQL, sorting by counts counted every person's annotations per request (60 ms at
    // 2,000 people and 50,000 annotations).
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken cancellationToken)
    {
        var counts = await names.PersonCountsAsync(cancellationToken);
        IEnumerable<Search.PreparedName> people = await names.PeopleAsync(cancellationToken);
        if (Filtered)
        {
            var key = FilterKey.For(Query!);
            people = people.Where(p => p.Keys.Name.Contains(key, StringComparison.Ordinal) || p.Keys.Aliases.Any(a => a.Contains(key, StringComparison.Ordinal)));
        }

        var rows = people.Select(p =>
        {
            var count = counts.GetValueOrDefault(p.Candidate.Id);
            return (Row: new Row(p.Candidate.Slug, p.Candidate.Name, p.Candidate.Aliases, count?.Quotes ?? 0, count?.Articles ?? 0), Key: p.Keys.Name);
        }).ToList();
        Total = rows.Count;
        Pages = Paging.PageCount(Total, PageSize);
        PageNumber = Paging.Shown(pageNumber, Pages);
        var sorted = SortBy switch
        {
            "name" => rows.OrderBy(r => r.Key, StringComparer.Ordinal),
            "articles" => rows.OrderByDescending(r => r.Row.Articles).ThenByDescending(r => r.Row.Quotes).ThenBy(r => r.Key, StringComparer.Ordinal),
            _ => rows.OrderByDescending(r => r.Row.Quotes).ThenByDescending(r => r.Row.Articles).ThenBy(r => r.Key, StringComparer.Ordinal),
        };
        People = [.. sorted.Skip(Paging.Offset(PageNumber, PageSize)).Take(PageSize).Select(r => r.Row)];
    }

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
