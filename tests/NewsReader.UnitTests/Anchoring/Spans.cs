using NewsReader.Web.Anchoring;

namespace NewsReader.UnitTests.Anchoring;

/// <summary>Builds old articles and spans the way the app stores them, so tests read as edits.</summary>
internal static class Spans
{
    public const int FirstId = 100;

    /// <summary>Old paragraphs with ids 100, 101, ... in order.</summary>
    public static List<OldParagraph> Old(params string[] texts) =>
        [.. texts.Select((t, i) => new OldParagraph(FirstId + i, i, t))];

    /// <summary>The n-th (1-based) occurrence of <paramref name="exact"/> in old paragraph <paramref name="index"/>, anchored as the app anchors it.</summary>
    public static SpanToPlace On(IReadOnlyList<OldParagraph> old, int index, string exact, int occurrence = 1, int key = 1)
    {
        var text = old[index].Text;
        var start = -1;
        for (var i = 0; i < occurrence; i++)
        {
            start = text.IndexOf(exact, start + 1, StringComparison.Ordinal);
        }

        Assert.True(start >= 0, $"'{exact}' is not in paragraph {index}");
        var (prefix, suffix) = TextUnits.ContextAround(text, start, start + exact.Length);
        return new SpanToPlace(key, old[index].Id, start, start + exact.Length, exact, prefix, suffix);
    }

    public static Placement PlaceOne(IReadOnlyList<OldParagraph> old, IReadOnlyList<string> @new, SpanToPlace span) =>
        SpanAnchorer.Place(old, @new, [span]).Single();

    /// <summary>The invariant every placed span must satisfy.</summary>
    public static void AssertConsistent(IReadOnlyList<string> @new, Placement p)
    {
        if (p.State == AnchorState.Orphaned)
        {
            Assert.Null(p.NewParagraphIndex);
            return;
        }

        var text = @new[p.NewParagraphIndex!.Value];
        Assert.True(p.Start >= 0 && p.Start < p.End && p.End <= text.Length, $"bad offsets {p.Start}-{p.End} in {text.Length}");
        Assert.Equal(p.Exact, text[p.Start..p.End]);
        Assert.False(TextUnits.SplitsPair(text, p.Start) || TextUnits.SplitsPair(text, p.End), "splits a surrogate pair");
        Assert.Equal(TextUnits.ContextAround(text, p.Start, p.End), (p.Prefix, p.Suffix));
    }
}
