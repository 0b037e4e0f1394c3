namespace NewsReader.Web.People;

/// <summary>Everything a person page shows of the corpus, for one page of quotes and one of tagged articles.</summary>
public sealed record PersonPageData(
    PersonSummary Person,
    IReadOnlyList<PersonQuote> Quotes,
    int QuotePage,
    IReadOnlyList<TaggedArticle> TaggedArticles,
    int ArticlePage,
    IReadOnlyList<SuggestedIn> SuggestedIn,
    IReadOnlyList<NamedIn> AlsoNamedIn,
    IReadOnlyList<NameCount> Topics,
    IReadOnlyList<NameCount> QuotedAlongside)
{
    /// <summary>About how many characters it holds (for the cache's bound).</summary>
    public long Characters =>
        Quotes.Sum(q => (long)q.Exact.Length + q.Prefix.Length + q.Suffix.Length + q.ArticleTitle.Length + 64)
        + TaggedArticles.Sum(t => (long)t.Title.Length + t.Prefix.Length + t.Exact.Length + t.Suffix.Length + 64)
        + SuggestedIn.Sum(s => (long)s.Title.Length + s.Prefix.Length + s.Exact.Length + s.Suffix.Length + 64)
        + AlsoNamedIn.Sum(n => (long)n.Title.Length + n.SnippetHtml.Length + 64)
        + ((Topics.Count + QuotedAlongside.Count) * 64L) + 256;
}
