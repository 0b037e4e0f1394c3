using NewsReader.Web.Ingestion;

namespace NewsReader.UnitTests.Ingestion;

public sealed class ArticleFileFinderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("newsreader-finder-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("newsreader-outside-").FullName;

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    [Fact]
    public void Find_WalksFoldersRecursively_TakingOnlyLowerCaseTxt_InOrder()
    {
        Write("b.txt");
        Write("a/nested/deep.txt");
        Write("a/one.txt");
        Write("README.TXT");
        Write("notes.md");
        Write("c.txt.bak");
        Write(".hidden.txt");
        Write(".git/objects.txt");

        var found = ArticleFileFinder.Find(_root).ToList();

        Assert.Equal(["a/nested/deep.txt", "a/one.txt", "b.txt"], found.Select(f => f.SourcePath));
        Assert.All(found, f => Assert.Null(f.Rejection));
    }

    [Fact]
    public void Find_SingleFile_IsRelativeToItsFolder()
    {
        var path = Write("x/story.txt");

        var file = Assert.Single(ArticleFileFinder.Find(path));

        Assert.Equal("story.txt", file.SourcePath);
        Assert.Equal(path, file.FullPath);
    }

    [Fact]
    public void Find_LinkToFileOutsideFolder_IsRejected()
    {
        var secret = Path.Combine(_outside, "secret.txt");
        File.WriteAllText(secret, "Secret\n\nNot for ingesting.");
        File.CreateSymbolicLink(Path.Combine(_root, "link.txt"), secret);

        var file = Assert.Single(ArticleFileFinder.Find(_root));

        Assert.Equal(RejectionReason.OutsideFolder, file.Rejection!.Reason);
        Assert.Contains("outside", file.Rejection.Detail);
    }

    [Fact]
    public void Find_RelativeLinkEscapingTheFolder_IsRejected()
    {
        File.WriteAllText(Path.Combine(_outside, "x.txt"), "X\n\nY");
        File.CreateSymbolicLink(Path.Combine(_root, "escape.txt"), Path.Combine("..", Path.GetFileName(_outside), "x.txt"));

        Assert.Equal(RejectionReason.OutsideFolder, Assert.Single(ArticleFileFinder.Find(_root)).Rejection!.Reason);
    }

    [Fact]
    public void Find_LinkToFolderOutside_IsRejectedOnce()
    {
        File.WriteAllText(Path.Combine(_outside, "a.txt"), "A\n\nB");
        Directory.CreateSymbolicLink(Path.Combine(_root, "elsewhere"), _outside);

        var file = Assert.Single(ArticleFileFinder.Find(_root));

        Assert.Equal("elsewhere/", file.SourcePath);
        Assert.Equal(RejectionReason.OutsideFolder, file.Rejection!.Reason);
    }

    [Fact]
    public void Find_LinkInsideFolder_IsFollowed_AndFolderLinkLoopsEnd()
    {
        var real = Write("real.txt");
        File.CreateSymbolicLink(Path.Combine(_root, "alias.txt"), real);
        Directory.CreateSymbolicLink(Path.Combine(_root, "loop"), _root);

        var found = ArticleFileFinder.Find(_root).ToList();

        Assert.Equal(["alias.txt", "real.txt"], found.Select(f => f.SourcePath));
        Assert.All(found, f => Assert.Null(f.Rejection));
    }

    [Fact]
    public void Find_EmptyFile_IsRejectedWithoutBeingOpened()
    {
        File.WriteAllBytes(Path.Combine(_root, "empty.txt"), []);

        Assert.Equal(RejectionReason.Empty, Assert.Single(ArticleFileFinder.Find(_root)).Rejection!.Reason);
    }

    [Fact]
    public void Find_MissingPath_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => ArticleFileFinder.Find(Path.Combine(_root, "nope")).ToList());
    }

    private string Write(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "Title\n\nBody.");
        return path;
    }
}
