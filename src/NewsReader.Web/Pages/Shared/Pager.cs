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

    /// <summary>The navigation's accessible name: unique on a page with two paged lists.</summary>
    public string Label { get; init; } = "Pages";

    /// <summary>The query parameter that carries the page, for a page with two paged lists.</summary>
    public string Parameter { get; init; } = "page";

    /// <summary>Where in the page the list is (an element id), so following a link keeps the reader there.</summary>
    public string? Fragment { get; init; }

    public string LinkTo(int page) =>
        (page <= 1 ? Path : QueryHelpers.AddQueryString(Path, Parameter, page.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        + (Fragment is null ? string.Empty : "#" + Fragment);
}
