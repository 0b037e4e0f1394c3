using Microsoft.AspNetCore.WebUtilities;

namespace NewsReader.Web.Pages.Shared;

/// <summary>
/// Where a paged list is: current page (1-based), page count, and the path page links go to. The path
/// may carry the list's filters as a query string (<c>/review?kind=quote</c>); the page is added to it.
/// The link labels say which way the list runs ("Newer"/"Older" for articles).
/// </summary>
public sealed record Pager(int Page, int Pages, string Path, string PreviousLabel = "Newer", string NextLabel = "Older")
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < Pages;

    public string LinkTo(int page) =>
        page <= 1 ? Path : QueryHelpers.AddQueryString(Path, "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
