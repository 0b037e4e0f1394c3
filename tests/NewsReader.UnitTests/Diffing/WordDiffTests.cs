using NewsReader.Web.Diffing;

namespace NewsReader.UnitTests.Diffing;

public sealed class WordDiffTests
{
    [Fact]
    public void Compare_OneWordReplaced_RemovedThenAddedBetweenKeptRuns()
    {
        var pieces = WordDiff.Compare("Raab has denied the decision will affect the relationship", "Raab has denied the decision would affect the relationship");

        Assert.Equal(
            [new(DiffOp.Equal, "Raab has denied the decision"), new(DiffOp.Deleted, "will"), new(DiffOp.Inserted, "would"), new DiffPiece(DiffOp.Equal, "affect the relationship")],
            pieces);
    }

    [Fact]
    public void Compare_WordsInsertedAndDeletedApart_EachIsItsOwnChange()
    {
        var pieces = WordDiff.Compare("The two men will meet for talks later.", "The two men meet for long talks later.");

        Assert.Equal(
            [new(DiffOp.Equal, "The two men"), new(DiffOp.Deleted, "will"), new(DiffOp.Equal, "meet for"), new(DiffOp.Inserted, "long"), new DiffPiece(DiffOp.Equal, "talks later.")],
            pieces);
    }

    [Fact]
    public void Compare_ChangedRunOfSeveralWords_IsOneRemovalAndOneAddition_NotInterleaved()
    {
        var pieces = WordDiff.Compare("a b c x y", "a d e x y");

        Assert.Equal([new(DiffOp.Equal, "a"), new(DiffOp.Deleted, "b c"), new(DiffOp.Inserted, "d e"), new DiffPiece(DiffOp.Equal, "x y")], pieces);
    }

    [Fact]
    public void Compare_OnlyWhitespaceDiffers_IsUnchanged()
    {
        var pieces = WordDiff.Compare("one  two\nthree", " one two three ");

        Assert.Equal([new DiffPiece(DiffOp.Equal, "one two three")], pieces);
    }

    [Theory]
    [InlineData("", "new words", DiffOp.Inserted, "new words")]
    [InlineData("old words", "", DiffOp.Deleted, "old words")]
    public void Compare_AgainstEmpty_IsOneWholeChange(string older, string newer, DiffOp op, string text)
    {
        Assert.Equal([new DiffPiece(op, text)], WordDiff.Compare(older, newer));
    }

    [Fact]
    public void Compare_BothEmpty_HasNoPieces()
    {
        Assert.Empty(WordDiff.Compare(string.Empty, "   "));
    }

    [Fact]
    public void Compare_PunctuationIsPartOfTheWord()
    {
        var pieces = WordDiff.Compare("It said no.", "It said no!");

        Assert.Equal([new(DiffOp.Equal, "It said"), new(DiffOp.Deleted, "no."), new DiffPiece(DiffOp.Inserted, "no!")], pieces);
    }

    [Fact]
    public void Compare_KeptAndNewWords_RebuildBothTexts()
    {
        const string older = "the quick brown fox jumps over the lazy dog and runs away";
        const string newer = "a quick red fox leaps over the dog and then runs far away";

        var pieces = WordDiff.Compare(older, newer);

        Assert.Equal(older, string.Join(' ', pieces.Where(p => p.Op != DiffOp.Inserted).Select(p => p.Text)));
        Assert.Equal(newer, string.Join(' ', pieces.Where(p => p.Op != DiffOp.Deleted).Select(p => p.Text)));
        Assert.Equal("quick fox over the dog and runs away", string.Join(' ', pieces.Where(p => p.Op == DiffOp.Equal).Select(p => p.Text)));
    }

    [Fact]
    public void Compare_HugeMiddleBeyondTheTable_IsRemovedThenAddedWhole_KeepingHeadAndTail()
    {
        var middle = (int)Math.Sqrt(Lcs.MaxCells) + 10;
        var older = "start " + string.Join(' ', Enumerable.Range(0, middle).Select(i => $"o{i}")) + " end";
        var newer = "start " + string.Join(' ', Enumerable.Range(0, middle).Select(i => $"n{i}")) + " end";

        var pieces = WordDiff.Compare(older, newer);

        Assert.Equal([DiffOp.Equal, DiffOp.Deleted, DiffOp.Inserted, DiffOp.Equal], pieces.Select(p => p.Op));
        Assert.Equal("start", pieces[0].Text);
        Assert.Equal("end", pieces[3].Text);
    }
}
