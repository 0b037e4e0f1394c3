using NewsReader.Web.Domain;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// Recognises the page furniture that scrapers leave in BBC-style articles. Such paragraphs are kept
/// (nothing of the file is lost) but marked as captions so they do not read as article text.
/// </summary>
public static class CaptionRules
{
    // Prefixes, matched case-sensitively: "Media captionHow will..." has the label glued to the caption.
    private static readonly string[] Prefixes =
    [
        "Image copyright",
        "Image caption",
        "Image source",
        "Media playback is unsupported on your device",
        "Media caption",
    ];

    public static ParagraphKind Classify(string paragraph) =>
        Prefixes.Any(prefix => paragraph.StartsWith(prefix, StringComparison.Ordinal))
            ? ParagraphKind.Caption
            : ParagraphKind.Body;
}
