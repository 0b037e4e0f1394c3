using NewsReader.Suggestions;

/// <summary>Prints one article's suggestions compactly: people with their mentions, quotes with speakers.</summary>
internal static class SuggestionPrinter
{
    public static void Print(string file, ExtractionResult result, TextWriter output)
    {
        output.WriteLine($"=== {file}");
        foreach (var person in result.People)
        {
            output.WriteLine($"  P {person.Name} [{string.Join(", ", person.MentionTexts)}] {person.Confidence:0.00}");
        }

        foreach (var quote in result.Quotes)
        {
            var text = quote.Text.Length <= 60 ? quote.Text : quote.Text[..57] + "...";
            output.WriteLine($"  Q p{quote.Paragraph} {quote.SpeakerKind}: {quote.PersonName ?? quote.SpeakerText} | {text} {quote.Confidence:0.00}");
        }
    }
}
