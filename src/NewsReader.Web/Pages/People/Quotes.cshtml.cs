using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.People;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Pages.People;

/// <summary>A person's quotes as a CSV download for spreadsheets: one row a quote, with an absolute link to each.</summary>
public sealed class QuotesModel(NewsReaderDbContext db, NameAdministration names) : PageModel
{
    public static readonly string[] Header = ["speaker", "quote", "article title", "article url", "paragraph", "tagged by", "tagged at"];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var person = await PersonQueries.FindAsync(db, slug, cancellationToken);
        if (person is null)
        {
            var moved = await names.RedirectForAsync(SlugRedirect.PersonKind, slug, cancellationToken);
            return moved is null ? NotFound() : RedirectToPagePermanent("/People/Quotes", new { slug = moved });
        }

        var origin = $"{Request.Scheme}://{Request.Host.ToUriComponent()}";
        var csv = new CsvWriter().AddRow(Header);
        foreach (var quote in await PersonQueries.QuotesAsync(db, person.Id, cancellationToken))
        {
            csv.AddRow(
                person.Name,
                quote.Exact,
                quote.ArticleTitle,
                $"{origin}/articles/{Uri.EscapeDataString(quote.ArticleSlug)}" + (quote.FromEarlierVersion ? "#orphaned" : $"#h-{quote.AnnotationId}"),
                quote.FromEarlierVersion ? "from an earlier version" : quote.ParagraphNumber.ToString(CultureInfo.InvariantCulture),
                quote.TaggedBy,
                quote.TaggedAt.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture));
        }

        return File(csv.ToUtf8WithBom(), "text/csv; charset=utf-8", SafeFileName(person.Slug) + "-quotes.csv");
    }

    // Slugs are already [a-z0-9-]; this keeps the header safe whatever a slug ever becomes.
    private static string SafeFileName(string slug)
    {
        var safe = new string([.. slug.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);
        return safe.Length == 0 ? "person" : safe;
    }
}
