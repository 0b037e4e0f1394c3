using System.Net;
using System.Net.Http.Json;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Hosting;

namespace NewsReader.IntegrationTests.Hosting;

public sealed class UsersCommandTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task UsersAdd_AdminWithToken_ReadsThePasswordFromStdin_AndTheTokenActsAsAdmin()
    {
        _ = _factory.Server;
        var author = await _factory.CreateUserAsync("Someone");
        var api = _factory.CreateTokenClient(author);
        var created = await api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(api, "5G", "topic", topic: new { name = "5G" }));
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();

        var (code, output, _) = await RunAsync("boss@example.org", "a long admin password\n", "--admin", "--token");
        var token = output.Split('\n').Single(l => l.StartsWith("API token: ", StringComparison.Ordinal))["API token: ".Length..].Trim();
        var admin = _factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var deleted = await admin.DeleteAsync($"/api/annotations/{id}");
        var signIn = await _factory.CreateClient().SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "boss@example.org", ["Input.Password"] = "a long admin password",
        });

        Assert.Equal(0, code);
        Assert.Contains("Created admin boss@example.org", output);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("/", signIn.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task UsersAdd_WeakPasswordOrDuplicate_ExitsOne_NoPassword_ExitsTwo()
    {
        _ = _factory.Server;
        var (weak, _, weakError) = await RunAsync("weak@example.org", "short\n");
        var (first, _, _) = await RunAsync("twice@example.org", "long enough password\n");
        var (second, _, duplicateError) = await RunAsync("twice@example.org", "long enough password\n");
        var (none, _, noneError) = await RunAsync("none@example.org", string.Empty);

        Assert.Equal((1, 0, 1, 2), (weak, first, second, none));
        Assert.Contains("at least 8", weakError);
        Assert.Contains("already taken", duplicateError);
        Assert.Contains("no password", noneError);
    }

    [Fact]
    public async Task UsersAdd_RefusesAReservedOrHiddenDisplayName_BeforeAskingForThePassword()
    {
        _ = _factory.Server;
        var (fromEmail, _, fromEmailError) = await RunAsync("admin@example.org", "long enough password\n");
        var (bidi, _, bidiError) = await RunAsync("eve@example.org", "long enough password\n", "--name", "\u202Enimda");
        var (blank, _, blankError) = await RunAsync("zed@example.org", "long enough password\n", "--name", "\u200C\u200D");
        var (fine, output, _) = await RunAsync("ana@example.org", "long enough password\n", "--name", " Ana  Admin ");

        Assert.Equal((2, 2, 2, 0), (fromEmail, bidi, blank, fine));
        Assert.Contains("kept for the site", fromEmailError);
        Assert.Contains("--name", fromEmailError);
        Assert.Contains("bidirectional", bidiError);
        Assert.Contains("visible letter or digit", blankError);
        Assert.Contains("shown as \"Ana Admin\"", output);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(string email, string stdin, params string[] options)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] args = ["users", $"--ConnectionStrings:Default={_factory.Folder.ConnectionString}", $"--Database:Provider={_factory.Folder.Provider}", "--LogFile:Path=", $"--DataProtection:KeysPath={_factory.Folder.Combine("keys")}", "add", email, .. options];
        var code = await CommandLine.RunAsync(args, input, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
