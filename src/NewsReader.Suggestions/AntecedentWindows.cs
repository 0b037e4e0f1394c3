using System.Collections;

namespace NewsReader.Suggestions;

/// <summary>A stretch of tokens searched for an antecedent; <see cref="Own"/> is the pronoun's own sentence.</summary>
internal sealed record AntecedentWindow(ParagraphModel Paragraph, int From, int To, bool Own)
{
    public long Start => Paragraph.PositionOf(From);

    public long End => Paragraph.PositionOf(To);
}

/// <summary>
/// Where a pronoun's antecedent is looked for, nearest first: the words of its own sentence before it
/// (unless a quotation comes first: in <c>Mr Blair has "..." as ever, he said</c> the quoted clause is
/// what "he" said, not who he is), then each earlier sentence, back through earlier paragraphs and the title.
/// </summary>
internal sealed class AntecedentWindows(ArticleModel model, ParagraphModel paragraph, int token) : IEnumerable<AntecedentWindow>
{
    private const int ParagraphsBack = 3;

    public IEnumerator<AntecedentWindow> GetEnumerator()
    {
        var start = paragraph.SentenceStart(token);
        if (!paragraph.Tokens[start..token].Exists(t => t.Quote >= 0))
        {
            yield return new AntecedentWindow(paragraph, start, token, Own: true);
        }

        var current = paragraph;
        for (var back = 0; back <= ParagraphsBack; back++)
        {
            while (start > 0)
            {
                var previous = current.SentenceStart(start - 1);
                yield return new AntecedentWindow(current, previous, start, Own: false);
                start = previous;
            }

            if (Previous(current) is not { } earlier)
            {
                yield break;
            }

            current = earlier;
            start = current.Tokens.Count;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ParagraphModel? Previous(ParagraphModel current) =>
        current.IsTitle ? null : current.Index == 0 ? model.Title : model.Paragraphs[current.Index - 1];
}
