using System.Text.Json;

namespace NewsReader.Suggestions.Evaluation;

/// <summary>A person in a gold file: the fullest name and every surface form (see gold-format.md).</summary>
public sealed record GoldPerson(string Name, IReadOnlyList<string> Mentions);

/// <summary>
/// A gold quote: <see cref="Paragraph"/> counts the title as 0, so the product's index is one less.
/// <see cref="Surnames"/>, in gold made from other corpora (PolNeAR), lists the surnames a person source
/// names, its <see cref="Speaker"/> being the words as marked ("Rep. Emanuel Cleaver II (D-Mo.)", "he"):
/// a speaker is then right when the suggested person's name has one of them.
/// </summary>
public sealed record GoldQuote(int Paragraph, string Text, string? Speaker, string SpeakerKind, IReadOnlyList<string>? Surnames = null);

/// <summary>
/// One hand-annotated article: its source path relative to the corpus, people and quotes. People are
/// null where the gold does not list them (PolNeAR): people are then not scored.
/// </summary>
public sealed record GoldArticle(string File, string Title, IReadOnlyList<GoldPerson>? People, IReadOnlyList<GoldQuote> Quotes)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
    };

    public static GoldArticle Parse(string json) =>
        JsonSerializer.Deserialize<GoldArticle>(json, Options) ?? throw new JsonException("the gold file is empty (null)");

    /// <summary>The same annotations with every text passed through <paramref name="convert"/> (used for the curly-quote variant).</summary>
    public GoldArticle Map(Func<GoldQuote, string> quoteText, Func<string, string> convert) => this with
    {
        People = People is null ? null : [.. People.Select(p => new GoldPerson(convert(p.Name), [.. p.Mentions.Select(convert)]))],
        Quotes = [.. Quotes.Select(q => q with { Text = quoteText(q), Speaker = q.Speaker is null ? null : convert(q.Speaker), Surnames = q.Surnames is null ? null : [.. q.Surnames.Select(convert)] })],
    };
}
