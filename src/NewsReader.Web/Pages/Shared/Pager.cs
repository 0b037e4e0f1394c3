namespace NewsReader.Web.Pages.Shared;

/// <summary>Where a paged list is: current page (1-based), page count, and the path page links go to.</summary>
public sealed record Pager(int Page, int Pages, string Path)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < Pages;

    public string LinkTo(int page) => page <= 1 ? Path : $"{Path}?page={page}";
}
