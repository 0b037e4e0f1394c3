using NewsReader.Web.Domain;
using NewsReader.Web.Reviewing;

namespace NewsReader.Web.Pages.Review;

/// <summary>
/// One suggestion as the review queue shows it: its paragraph split around the suggested span (the view
/// encodes each piece), who it names, and where it is. <see cref="Position"/> (1-based on the page) is the
/// item's anchor, so a reviewer comes back to the same place after accepting or rejecting.
/// </summary>
public sealed record ReviewEntry(
    int Position,
    int Id,
    AnnotationKind Kind,
    string Before,
    string Exact,
    string After,
    SuggestedPerson? Person,
    SuggestedSpeaker? SpeakerKind,
    string? Speaker,
    double Confidence,
    string ArticleSlug,
    string ArticleTitle,
    int ParagraphNumber)
{
    public bool IsQuote => Kind == AnnotationKind.Quote;

    /// <summary>A quote without a named person (or a mention without a name) is accepted only once someone names them.</summary>
    public bool NeedsName => Person is null;

    public string Anchor => $"item-{Position}";

    public string ArticleLink => $"/articles/{Uri.EscapeDataString(ArticleSlug)}#s-{Id}";

    public string Percent => Shared.Formats.Percent(Confidence);

    /// <summary>How the text names a quote's source when that is not a person: "unnamed", "organisation", or null.</summary>
    public string? SourceKind => SpeakerKind is SuggestedSpeaker.Organisation or SuggestedSpeaker.Unnamed ? SpeakerKind.Value.ToString().ToLowerInvariant() : null;

    public static ReviewEntry From(ReviewItem item, int position)
    {
        var s = item.Suggestion;
        var text = item.ParagraphText;

        // Offsets come from the stored anchor; should the paragraph have changed under it, show the paragraph unmarked.
        var fits = s.Start >= 0 && s.End <= text.Length && s.Start < s.End && text[s.Start..s.End] == s.Exact;
        var (before, exact, after) = fits ? (text[..s.Start], s.Exact, text[s.End..]) : (text, string.Empty, string.Empty);
        return new ReviewEntry(position, s.Id, s.Kind, before, exact, after, s.Person, s.SpeakerKind, s.Speaker, s.Confidence, item.ArticleSlug, item.ArticleTitle, item.ParagraphNumber);
    }
}
