using NewsReader.Web.Ingestion;

namespace NewsReader.UnitTests.Ingestion;

public sealed class ArticleFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Read_FileOverTheLimit_IsRejectedAsTooLarge()
    {
        var path = Path.Combine(_folder, "big.txt");
        await File.WriteAllBytesAsync(path, new byte[2049]);

        var (bytes, rejection) = await ArticleFileReader.ReadAsync(path, maxBytes: 2048, CancellationToken.None);

        Assert.Null(bytes);
        Assert.Equal(RejectionReason.TooLarge, rejection!.Reason);
        Assert.Contains("2,048", rejection.Detail);
    }

    [Fact]
    public async Task Read_FileAtTheLimit_IsRead()
    {
        var path = Path.Combine(_folder, "fits.txt");
        await File.WriteAllBytesAsync(path, new byte[2048]);

        var (bytes, rejection) = await ArticleFileReader.ReadAsync(path, maxBytes: 2048, CancellationToken.None);

        Assert.Null(rejection);
        Assert.Equal(2048, bytes!.Length);
    }

    [Fact]
    public async Task Read_MissingFile_IsRejectedAsUnreadable()
    {
        var (_, rejection) = await ArticleFileReader.ReadAsync(Path.Combine(_folder, "gone.txt"), 1024, CancellationToken.None);

        Assert.Equal(RejectionReason.Unreadable, rejection!.Reason);
    }
}
