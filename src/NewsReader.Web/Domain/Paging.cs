namespace NewsReader.Web.Domain;

/// <summary>
/// Arithmetic for 1-based pages. The offset is computed in 64 bits and capped: in 32 bits
/// (page - 1) * size wrapped to a negative number for a page such as 2147483647, which the query
/// treated as 0, so a page far past the end served page 1's items under the large page number.
/// </summary>
public static class Paging
{
    /// <summary>Rows before <paramref name="page"/>; capped at int.MaxValue, which no list here reaches.</summary>
    public static int Offset(int page, int pageSize) =>
        (int)Math.Clamp(((long)page - 1) * pageSize, 0, int.MaxValue);

    /// <summary>How many pages <paramref name="total"/> rows make; an empty list still has page 1.</summary>
    public static int PageCount(int total, int pageSize) =>
        Math.Max(1, (int)(((long)total + pageSize - 1) / pageSize));

    /// <summary>The page an HTML list shows: below 1 the first, past the end the last.</summary>
    public static int Shown(int page, int pages) => Math.Clamp(page, 1, pages);
}
