using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Exchange;

/// <summary>
/// Writes annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): one
/// <c>AnnotationCollection</c> whose first and only <c>AnnotationPage</c> holds every item, streamed as it is read.
/// Each annotation's target is the article's IRI with the revision it is anchored on (a <c>TimeState</c> whose
/// <c>cached</c> copy is that revision's page), a <c>TextQuoteSelector</c> (exact, prefix, suffix) and, unless it is
/// an orphan, a <c>TextPositionSelector</c> in code points of the article's whole text (<see cref="ArticleText"/>).
/// Bodies: the kind as a <c>tagging</c> TextualBody (quote, person, topic); the speaker or person as an
/// <c>identifying</c> SpecificResource whose source is the person page's IRI; the topic as a <c>classifying</c> one;
/// the note as a <c>commenting</c> TextualBody in <c>text/markdown</c>.
/// </summary>
public static class WebAnnotationWriter
{
    public const string Context = "http://www.w3.org/ns/anno.jsonld";
    public const string MediaType = "application/ld+json";
    public const string ContentType = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

    // Letters of every script as they are; what HTML gives meaning to (<, >, &, quotes) escaped, as JSON allows.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static async Task WriteCollectionAsync(
        Stream stream, string baseUrl, string collectionPath, string label, int total,
        IAsyncEnumerable<ExportedAnnotation> annotations, CancellationToken cancellationToken)
    {
        var site = baseUrl.TrimEnd('/');
        var collectionId = site + collectionPath;
        await using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("@context", Context);
        json.WriteString("id", collectionId);
        json.WriteString("type", "AnnotationCollection");
        json.WriteString("label", label);
        json.WriteNumber("total", total);
        json.WriteStartObject("first");
        json.WriteString("id", collectionId + (collectionPath.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "page=1");
        json.WriteString("type", "AnnotationPage");
        json.WriteString("partOf", collectionId);
        json.WriteNumber("startIndex", 0);
        json.WriteStartArray("items");
        var written = 0;
        await foreach (var annotation in annotations.WithCancellation(cancellationToken))
        {
            WriteAnnotation(json, site, annotation);
            if (++written % 200 == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    /// <summary>One annotation, without <c>@context</c> (it inherits the collection's).</summary>
    public static void WriteAnnotation(Utf8JsonWriter json, string site, ExportedAnnotation annotation)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(annotation);
        var article = $"{site}/articles/{Uri.EscapeDataString(annotation.Article.Slug)}";

        json.WriteStartObject();
        json.WriteString("id", $"{site}/annotations/{annotation.Id.ToString(CultureInfo.InvariantCulture)}");
        json.WriteString("type", "Annotation");
        json.WriteString("motivation", annotation.Kind == AnnotationKind.Topic ? "classifying" : "identifying");
        json.WriteString("created", Timestamp(annotation.CreatedAt));
        json.WriteString("modified", Timestamp(annotation.UpdatedAt));
        json.WriteStartObject("creator");
        json.WriteString("type", "Person");
        json.WriteString("name", annotation.Author);
        json.WriteEndObject();

        json.WriteStartArray("body");
        json.WriteStartObject();
        json.WriteString("type", "TextualBody");
        json.WriteString("purpose", "tagging");
        json.WriteString("value", KindName(annotation.Kind));
        json.WriteEndObject();
        if (annotation.Person is { } person)
        {
            WriteNameBody(json, "identifying", $"{site}/people/{Uri.EscapeDataString(person.Slug)}", person.Name);
        }

        if (annotation.Topic is { } topic)
        {
            WriteNameBody(json, "classifying", $"{site}/topics/{Uri.EscapeDataString(topic.Slug)}", topic.Name);
        }

        if (!string.IsNullOrEmpty(annotation.Note))
        {
            json.WriteStartObject();
            json.WriteString("type", "TextualBody");
            json.WriteString("purpose", "commenting");
            json.WriteString("format", "text/markdown");
            json.WriteString("value", annotation.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartObject("target");
        json.WriteString("type", "SpecificResource");
        json.WriteString("source", article);
        json.WriteStartObject("state");
        json.WriteString("type", "TimeState");
        json.WriteString("cached", $"{article}/revisions/{annotation.Article.Revision.ToString(CultureInfo.InvariantCulture)}");
        json.WriteString("sourceDate", Timestamp(annotation.Article.RevisionFrom));
        json.WriteEndObject();
        json.WriteStartArray("selector");
        json.WriteStartObject();
        json.WriteString("type", "TextQuoteSelector");
        json.WriteString("exact", annotation.Exact);
        json.WriteString("prefix", annotation.Prefix);
        json.WriteString("suffix", annotation.Suffix);
        json.WriteEndObject();
        if (annotation.Position is { } position)
        {
            json.WriteStartObject();
            json.WriteString("type", "TextPositionSelector");
            json.WriteNumber("start", position.Start);
            json.WriteNumber("end", position.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static string KindName(AnnotationKind kind) => kind.ToString().ToLowerInvariant();

    private static void WriteNameBody(Utf8JsonWriter json, string purpose, string iri, string name)
    {
        json.WriteStartObject();
        json.WriteString("type", "SpecificResource");
        json.WriteString("purpose", purpose);
        json.WriteStartObject("source");
        json.WriteString("id", iri);
        json.WriteString("label", name);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // xsd:dateTime in UTC, as the model asks for created and modified.
    private static string Timestamp(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
