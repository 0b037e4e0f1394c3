using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.IntegrationTests.Pages.People;

namespace NewsReader.IntegrationTests.Pages.Articles;

/// <summary>
/// Issue 10, finding 6: a slug with non-ASCII and control characters, put raw into a Location header,
/// made Kestrel fail the response after the delete had been done. Every redirect escapes it.
/// </summary>
public sealed class SlugHeaderTests : IAsyncLifetime, IDisposable
{
    // Ingestion makes ASCII slugs, but nothing in the database or the routes guarantees it.
    private const string OddSlug = "caf\u00e9-\u0007bell-\u65b0\u95fb\u2028x";

    private readonly NewsReaderFactory _factory = new();
    private TestUser _user = null!;
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        var imported = await _factory.ImportAsync("odd/slug.txt", "An odd slug\n\nAda Lovelace wrote the first program.");
        await using (var db = _factory.CreateDbContext())
        {
            await db.Articles.Where(a => a.Id == imported.ArticleId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Slug, OddSlug));
        }

        _user = await _factory.CreateUserAsync("Sly");
        _api = _factory.CreateTokenClient(_user);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task DeleteForm_OnAnOddSlug_RedirectsToTheEscapedArticle()
    {
        var id = await _api.TagAsync(Uri.EscapeDataString(OddSlug), "Ada Lovelace", "person", person: new { name = "Ada Lovelace" });
        var browser = await SignedInWithoutRedirectsAsync();

        var deleted = await browser.SubmitFormAsync(ArticlePath, $"#annotation-{id} form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        AssertArticleLocation(deleted, "change-status"); // where the status line offers Undo
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(deleted.Headers.Location!.OriginalString)).StatusCode);
        Assert.Empty(await AnnotationsAsync());
    }

    [Fact]
    public async Task TagAndEditForms_OnAnOddSlug_RedirectToTheEscapedArticle()
    {
        var browser = await SignedInWithoutRedirectsAsync();

        var tagged = await browser.SubmitFormAsync(ArticlePath, "#tag-form", new Dictionary<string, string>
        {
            ["Tag.Paragraph"] = "1", ["Tag.Exact"] = "Ada Lovelace", ["Tag.Kind"] = "person", ["Tag.Name"] = "Ada Lovelace",
        });
        var id = (await AnnotationsAsync()).Single().GetProperty("id").GetInt32();
        var edited = await browser.SubmitFormAsync($"/annotations/{id}/edit", "main form", new Dictionary<string, string>
        {
            ["Input.Kind"] = "person", ["Input.Name"] = "Ada Lovelace", ["Input.Note"] = "edited",
        });

        Assert.Equal(HttpStatusCode.Redirect, tagged.StatusCode);
        AssertArticleLocation(tagged, $"h-{id}");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        AssertArticleLocation(edited, $"h-{id}");
    }

    [Fact]
    public async Task Api_CreateAndDelete_OnAnOddSlug_Are201WithLocationAnd204()
    {
        var paragraph = (await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{Uri.EscapeDataString(OddSlug)}")).GetProperty("paragraphs")[0];
        var created = await _api.PostAsJsonAsync($"/api/articles/{Uri.EscapeDataString(OddSlug)}/annotations", new
        {
            paragraphId = paragraph.GetProperty("id").GetInt32(), start = 0, end = 12, exact = "Ada Lovelace", kind = "person", person = new { name = "Ada Lovelace" },
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var deleted = await _api.DeleteAsync($"/api/annotations/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/annotations/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await AnnotationsAsync());
    }

    [Fact]
    public async Task SignIn_WithANonAsciiReturnUrl_RedirectsToItEscaped()
    {
        var browser = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        const string returnUrl = "/articles/caf\u00e9-\u65b0\u95fb";

        var signedIn = await browser.SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = _user.Email, ["Input.Password"] = _user.Password, ["ReturnUrl"] = returnUrl,
        });

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var location = signedIn.Headers.Location!.OriginalString;
        Assert.All(location, c => Assert.InRange(c, '!', '~'));
        Assert.Equal(returnUrl, Uri.UnescapeDataString(location));
    }

    private static string ArticlePath => "/articles/" + Uri.EscapeDataString(OddSlug);

    // Printable ASCII only (what a header may carry), and it decodes to this article and fragment.
    private static void AssertArticleLocation(HttpResponseMessage response, string fragment)
    {
        var location = response.Headers.Location!.OriginalString;
        Assert.All(location, c => Assert.InRange(c, '!', '~'));
        var hash = location.IndexOf('#', StringComparison.Ordinal);
        var query = location.IndexOf('?', StringComparison.Ordinal); // ?undo=N names the change for the status line
        Assert.Equal("/articles/" + OddSlug, Uri.UnescapeDataString(location[..(query < 0 ? hash : query)]));
        Assert.Equal(fragment, location[(hash + 1)..]);
    }

    private async Task<HttpClient> SignedInWithoutRedirectsAsync()
    {
        var browser = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = await browser.SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = _user.Email, ["Input.Password"] = _user.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    private async Task<List<JsonElement>> AnnotationsAsync() =>
        [.. (await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{Uri.EscapeDataString(OddSlug)}/annotations")).EnumerateArray()];
}
