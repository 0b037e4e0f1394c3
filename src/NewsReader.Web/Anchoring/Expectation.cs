namespace NewsReader.Web.Anchoring;

/// <summary>Where a span is expected in the new text: a paragraph index and a relative offset in it (0 = start, 1 = end).</summary>
internal sealed record Expectation(int Index, double Relative)
{
    /// <summary>
    /// Position score of a match in the expected paragraph: 1 at the old relative offset, down to 0.6 at
    /// the far end; 0.3 in a neighbouring paragraph (a split or merge moves text there); 0 elsewhere.
    /// </summary>
    public double Position(int paragraph, int start, int length)
    {
        if (paragraph == Index)
        {
            var relative = length == 0 ? 0 : (double)start / length;
            return 1 - (0.4 * Math.Abs(relative - Relative));
        }

        return Math.Abs(paragraph - Index) == 1 ? 0.3 : 0;
    }

    /// <summary>The relative offset to search around in paragraph <paramref name="paragraph"/>, if it is the expected one.</summary>
    public double? At(int paragraph) => paragraph == Index ? Relative : null;

    /// <summary>Null for spans that were already orphans or whose old paragraph is unknown: they have no expected place.</summary>
    public static Expectation? Of(ArticleChange change, SpanToPlace span)
    {
        var old = change.Old(span.ParagraphId);
        if (old is null || change.ExpectedIndex(old) is not { } index)
        {
            return null;
        }

        var relative = old.Text.Length == 0 ? 0 : Math.Clamp((double)span.Start / old.Text.Length, 0, 1);
        return new Expectation(index, relative);
    }
}
