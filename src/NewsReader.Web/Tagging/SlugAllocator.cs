using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Ingestion;

namespace NewsReader.Web.Tagging;

/// <summary>
/// Free URL slugs for people and topics: the name's slug, else name-2, name-3, ... A name with no ASCII
/// letter or digit (李小龍) takes the kind instead, "person" or "topic", never the articles' "article".
/// </summary>
public static class SlugAllocator
{
    public static async Task<string> FreeAsync(IQueryable<string> takenSlugs, string name, string fallback, CancellationToken cancellationToken)
    {
        var baseSlug = SlugMaker.FromTitle(name, fallback);
        for (var n = 1; ; n++)
        {
            var candidate = SlugMaker.Candidate(baseSlug, n);
            if (!await takenSlugs.AnyAsync(s => s == candidate, cancellationToken))
            {
                return candidate;
            }
        }
    }
}
