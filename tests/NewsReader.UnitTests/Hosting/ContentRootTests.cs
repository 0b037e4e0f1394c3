using NewsReader.Web.Hosting;

namespace NewsReader.UnitTests.Hosting;

public sealed class ContentRootTests : IDisposable
{
    private readonly string _current = Directory.CreateTempSubdirectory("nr-cwd-").FullName;
    private readonly string _app = Directory.CreateTempSubdirectory("nr-app-").FullName;

    public ContentRootTests() => File.WriteAllText(Path.Combine(_app, ContentRoot.SettingsFile), "{}");

    public void Dispose()
    {
        Directory.Delete(_current, recursive: true);
        Directory.Delete(_app, recursive: true);
    }

    [Fact]
    public void Choose_TheAppsFolder_WhenStartedFromAFolderWithoutSettings()
    {
        Assert.Equal(_app, ContentRoot.Choose([], _current, _app));
    }

    [Fact]
    public void Choose_NothingNew_WhenTheCurrentFolderHasSettings_OrAContentRootWasGiven()
    {
        Assert.Null(ContentRoot.Choose(["--contentRoot=/srv/x"], _current, _app));
        File.WriteAllText(Path.Combine(_current, ContentRoot.SettingsFile), "{}");
        Assert.Null(ContentRoot.Choose([], _current, _app));
    }
}
