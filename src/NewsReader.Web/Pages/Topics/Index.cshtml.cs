using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.People;

namespace NewsReader.Web.Pages.Topics;

/// <summary>Every topic with its tagged spans and articles, most tagged first; a filter box narrows by name.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = NewsReader.Web.Hosting.PageCache.Reading)]
public sealed class IndexModel(NewsReaderDbContext db) : PageModel
{
    public sealed record Row(string Slug, string Name, int Spans, int Articles);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public bool Filtered => !string.IsNullOrWhiteSpace(Query);

    public IReadOnlyList<Row> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var topics = db.Topics.AsNoTracking();
        if (Filtered)
        {
            var key = FilterKey.For(Query!);
            topics = topics.Where(t => t.Key.Contains(key));
        }

        Topics = await topics
            .Select(t => new
            {
                t.Slug,
                t.Name,
                t.Key,
                Spans = db.Annotations.Count(a => a.TopicId == t.Id),
                Articles = db.Annotations.Where(a => a.TopicId == t.Id).Select(a => a.ArticleId).Distinct().Count(),
            })
            .OrderByDescending(t => t.Spans).ThenBy(t => t.Key)
            .Select(t => new Row(t.Slug, t.Name, t.Spans, t.Articles))
            .ToListAsync(cancellationToken);
    }
}
