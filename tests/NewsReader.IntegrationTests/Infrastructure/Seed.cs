using System.Net.Http.Json;
using System.Text.Json;

namespace NewsReader.IntegrationTests.Infrastructure;

/// <summary>Facts about the seed article that tagging tests anchor to.</summary>
public static class Seed
{
    public const string Slug = "mike-pompeo-flies-to-uk-for-talks-amid-us-huawei-concern";
    public const string Url = "/articles/" + Slug;
    public const string QuoteText = "won\u2019t be able to share information";

    /// <summary>The seed's paragraphs (id and text) from the public API.</summary>
    public static async Task<IReadOnlyList<(int Id, string Text)>> ParagraphsAsync(HttpClient client)
    {
        var article = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{Slug}");
        return article.GetProperty("paragraphs").EnumerateArray()
            .Select(p => (p.GetProperty("id").GetInt32(), p.GetProperty("text").GetString()!))
            .ToList();
    }

    /// <summary>A create request for <paramref name="exact"/> found in the seed, with the given extra fields.</summary>
    public static async Task<Dictionary<string, object?>> AnnotationFor(HttpClient client, string exact, string kind, object? person = null, object? topic = null, string? note = null, string? within = null)
    {
        var paragraph = (await ParagraphsAsync(client)).First(p => p.Text.Contains(within ?? exact, StringComparison.Ordinal));
        var start = paragraph.Text.IndexOf(exact, StringComparison.Ordinal);
        return new Dictionary<string, object?>
        {
            ["paragraphId"] = paragraph.Id,
            ["start"] = start,
            ["end"] = start + exact.Length,
            ["exact"] = exact,
            ["kind"] = kind,
            ["person"] = person,
            ["topic"] = topic,
            ["note"] = note,
        };
    }
}
