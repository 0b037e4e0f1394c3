using NewsReader.Web.Diffing;

namespace NewsReader.UnitTests.Diffing;

public sealed class ParagraphDiffTests
{
    private const string First = "US Secretary of State Mike Pompeo is flying into Britain for talks.";
    private const string Second = "Mr Pompeo previously said Huawei equipment posed a spying risk.";
    private const string Third = "The two men will meet for talks later.";

    [Fact]
    public void Compare_SameText_AllUnchanged()
    {
        var diff = ParagraphDiff.Compare([First, Second], [First, Second]);

        Assert.All(diff, p => Assert.Equal(ParagraphChange.Unchanged, p.Change));
        Assert.Equal(Second, diff[1].Pieces.Single().Text);
    }

    [Fact]
    public void Compare_ParagraphAddedAtTopAndLastRemoved_AddedAndRemovedWhole()
    {
        var diff = ParagraphDiff.Compare([First, Second, Third], ["A correction was added.", First, Second]);

        Assert.Equal([ParagraphChange.Added, ParagraphChange.Unchanged, ParagraphChange.Unchanged, ParagraphChange.Removed], diff.Select(p => p.Change));
        Assert.Equal(new DiffPiece(DiffOp.Inserted, "A correction was added."), diff[0].Pieces.Single());
        Assert.Equal(new DiffPiece(DiffOp.Deleted, Third), diff[3].Pieces.Single());
    }

    [Fact]
    public void Compare_EditedParagraph_IsComparedWordByWord()
    {
        var diff = ParagraphDiff.Compare([First, Third], [First, "The two men would meet for talks later."]);

        var edited = diff[1];
        Assert.Equal(ParagraphChange.Changed, edited.Change);
        Assert.Contains(new DiffPiece(DiffOp.Deleted, "will"), edited.Pieces);
        Assert.Contains(new DiffPiece(DiffOp.Inserted, "would"), edited.Pieces);
    }

    [Fact]
    public void Compare_NewParagraphBeforeAnEditedOne_PairsTheEditedOneByItsWords()
    {
        var diff = ParagraphDiff.Compare([First, Third], [First, "Something else entirely happened today.", "The two men would meet for talks later."]);

        Assert.Equal([ParagraphChange.Unchanged, ParagraphChange.Added, ParagraphChange.Changed], diff.Select(p => p.Change));
    }

    [Fact]
    public void Compare_ParagraphRewrittenCompletely_RemovedThenAdded()
    {
        var diff = ParagraphDiff.Compare([First, Third], [First, "Nothing in common here at all."]);

        Assert.Equal([ParagraphChange.Unchanged, ParagraphChange.Removed, ParagraphChange.Added], diff.Select(p => p.Change));
    }

    [Fact]
    public void Compare_WhitespaceOnlyChange_IsUnchanged()
    {
        var diff = ParagraphDiff.Compare([First], [First.Replace(" ", "  ", StringComparison.Ordinal)]);

        Assert.Equal(ParagraphChange.Unchanged, Assert.Single(diff).Change);
    }

    [Fact]
    public void Compare_Empty_ToText_AllAdded()
    {
        var diff = ParagraphDiff.Compare([], [First, Second]);

        Assert.Equal([ParagraphChange.Added, ParagraphChange.Added], diff.Select(p => p.Change));
    }
}
