using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsReader.IntegrationTests.Pages.People;

/// <summary>Tags text in any article through the public API, as a client would (the people and topic tests share it).</summary>
public static class Tagging
{
    /// <summary>Creates an annotation on the first occurrence of <paramref name="exact"/> in the first paragraph containing <paramref name="within"/> (default: exact).</summary>
    public static async Task<int> TagAsync(this HttpClient api, string articleSlug, string exact, string kind, object? person = null, object? topic = null, string? within = null)
    {
        var article = await api.GetFromJsonAsync<JsonElement>($"/api/articles/{articleSlug}");
        var paragraph = article.GetProperty("paragraphs").EnumerateArray()
            .Select(p => (Id: p.GetProperty("id").GetInt32(), Text: p.GetProperty("text").GetString()!))
            .First(p => p.Text.Contains(within ?? exact, StringComparison.Ordinal));
        var start = paragraph.Text.IndexOf(exact, paragraph.Text.IndexOf(within ?? exact, StringComparison.Ordinal), StringComparison.Ordinal);
        var response = await api.PostAsJsonAsync($"/api/articles/{articleSlug}/annotations", new
        {
            paragraphId = paragraph.Id,
            start,
            end = start + exact.Length,
            exact,
            kind,
            person,
            topic,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
