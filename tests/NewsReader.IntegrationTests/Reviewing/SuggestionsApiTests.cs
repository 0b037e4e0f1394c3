using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Reviewing;

namespace NewsReader.IntegrationTests.Reviewing;

/// <summary>The suggestions API over the seed article, which ingestion has already run the extractor on.</summary>
public sealed class SuggestionsApiTests : IAsyncLifetime, IDisposable
{
    private const string ListUrl = $"/api/articles/{Seed.Slug}/suggestions";

    private readonly NewsReaderFactory _factory = new();
    private TestUser _reviewer = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _reviewer = await _factory.CreateUserAsync("Rita");
        _client = _factory.CreateTokenClient(_reviewer);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task List_HasTheSeedsQuotesAndPeople_InTheDocumentedShape_WithOffsetsIntoTheParagraph()
    {
        var paragraphs = (await Seed.ParagraphsAsync(_client)).ToDictionary(p => p.Id, p => p.Text);

        var list = await ListAsync(_factory.CreateClient()); // anonymous readers may read them

        Assert.NotEmpty(list);
        foreach (var item in list)
        {
            Assert.Equal(
                ["id", "kind", "paragraphId", "start", "end", "exact", "person", "speakerKind", "speaker", "confidence"],
                item.EnumerateObject().Select(p => p.Name));
            var text = paragraphs[item.GetProperty("paragraphId").GetInt32()];
            var start = item.GetProperty("start").GetInt32();
            var end = item.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], item.GetProperty("exact").GetString());
            Assert.InRange(item.GetProperty("confidence").GetDouble(), 0, 1);
        }

        var quote = Single(list, Seed.QuoteText);
        Assert.Equal("quote", quote.GetProperty("kind").GetString());
        Assert.Equal("person", quote.GetProperty("speakerKind").GetString());
        Assert.Equal("Mr Pompeo", quote.GetProperty("speaker").GetString());
        Assert.Equal("Mike Pompeo", quote.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("person").GetProperty("slug").ValueKind); // nobody has created him yet

        var unnamed = Single(list, "disappointed");
        Assert.Equal("unnamed", unnamed.GetProperty("speakerKind").GetString());
        Assert.EndsWith("administration official", unnamed.GetProperty("speaker").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, unnamed.GetProperty("person").ValueKind);

        var person = list.First(s => s.GetProperty("kind").GetString() == "person" && s.GetProperty("exact").GetString() == "Dominic Raab");
        Assert.Equal("Dominic Raab", person.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, person.GetProperty("speakerKind").ValueKind);
        Assert.Equal(JsonValueKind.Null, person.GetProperty("speaker").ValueKind);
    }

    [Fact]
    public async Task List_ForAnUnknownArticle_Is404()
    {
        var response = await _client.GetAsync("/api/articles/no-such-article/suggestions");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Accept_MakesAnOrdinaryAnnotationByTheReviewer_RememberingTheSuggestion_AndTakesItOffTheList()
    {
        var quote = Single(await ListAsync(_client), Seed.QuoteText);
        var id = quote.GetProperty("id").GetInt32();

        var response = await _client.PostAsync($"/api/suggestions/{id}/accept", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var annotation = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/annotations/{annotation.GetProperty("id").GetInt32()}", response.Headers.Location!.OriginalString);
        Assert.Equal("quote", annotation.GetProperty("kind").GetString());
        Assert.Equal(Seed.QuoteText, annotation.GetProperty("exact").GetString());
        Assert.Equal(quote.GetProperty("start").GetInt32(), annotation.GetProperty("start").GetInt32());
        Assert.Equal("Mike Pompeo", annotation.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal("Rita", annotation.GetProperty("author").GetString());
        Assert.Equal(id, annotation.GetProperty("suggestionId").GetInt32());

        var annotations = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");
        Assert.Single(annotations.EnumerateArray());
        var rest = await ListAsync(_client);
        Assert.DoesNotContain(rest, s => s.GetProperty("id").GetInt32() == id);

        // The speaker now exists, so his other suggestions carry his slug.
        Assert.Contains(rest, s => s.GetProperty("kind").GetString() == "person" && s.GetProperty("person").GetProperty("slug").GetString() == "mike-pompeo");
    }

    [Fact]
    public async Task Accept_WithCorrections_UsesThem_AndAQuoteWithoutANamedSpeakerNeedsOne()
    {
        var unnamed = Single(await ListAsync(_client), "disappointed");
        var id = unnamed.GetProperty("id").GetInt32();

        var missing = await _client.PostAsync($"/api/suggestions/{id}/accept", null);
        var corrected = await _client.PostAsJsonAsync($"/api/suggestions/{id}/accept", new { person = new { name = "Robert Wood Johnson" }, note = "Named in a later report." });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var problem = await missing.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains($"\"{unnamed.GetProperty("speaker").GetString()}\" (unnamed)", problem.GetProperty("errors").GetProperty("person")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        var annotation = await corrected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Robert Wood Johnson", annotation.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal("Named in a later report.", annotation.GetProperty("note").GetString());
    }

    [Fact]
    public async Task Accept_WithAMovedSpan_TagsTheCorrectedText()
    {
        var quote = Single(await ListAsync(_client), Seed.QuoteText);
        var start = quote.GetProperty("start").GetInt32();

        var response = await _client.PostAsJsonAsync($"/api/suggestions/{quote.GetProperty("id").GetInt32()}/accept", new { start = start + 6, end = quote.GetProperty("end").GetInt32() });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var annotation = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Seed.QuoteText[6..], annotation.GetProperty("exact").GetString());
    }

    [Fact]
    public async Task Accept_WithBadCorrections_Is400AndNothingChanges()
    {
        var quote = Single(await ListAsync(_client), Seed.QuoteText);
        var id = quote.GetProperty("id").GetInt32();

        var pastEnd = await _client.PostAsJsonAsync($"/api/suggestions/{id}/accept", new { start = 0, end = 100_000 });
        var wrongExact = await _client.PostAsJsonAsync($"/api/suggestions/{id}/accept", new { exact = "something else" });
        var unknownField = await _client.PostAsJsonAsync($"/api/suggestions/{id}/accept", new { speaker = "Mr Pompeo" });
        var badKind = await _client.PostAsJsonAsync($"/api/suggestions/{id}/accept", new { kind = "rumour" });

        Assert.All([pastEnd, wrongExact, unknownField, badKind], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("speaker", await unknownField.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(await ListAsync(_client), s => s.GetProperty("id").GetInt32() == id);
        var annotations = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");
        Assert.Empty(annotations.EnumerateArray());
    }

    [Fact]
    public async Task Review_IsOnce_AcceptingOrRejectingAgainIsAConflict_UnknownIs404()
    {
        var list = await ListAsync(_client);
        var accepted = Single(list, Seed.QuoteText).GetProperty("id").GetInt32();
        var rejected = Single(list, "back door").GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsync($"/api/suggestions/{accepted}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _client.PostAsync($"/api/suggestions/{rejected}/reject", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostAsync($"/api/suggestions/{accepted}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostAsync($"/api/suggestions/{accepted}/reject", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostAsJsonAsync($"/api/suggestions/{rejected}/accept", new { person = new { name = "Someone" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _client.PostAsync($"/api/suggestions/{rejected}/reject", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostAsync("/api/suggestions/999999/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostAsync("/api/suggestions/999999/reject", null)).StatusCode);
    }

    [Fact]
    public async Task Accept_ByManyAtOnce_MakesOneAnnotation()
    {
        var id = Single(await ListAsync(_client), Seed.QuoteText).GetProperty("id").GetInt32();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _client.PostAsync($"/api/suggestions/{id}/accept", null)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var annotations = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");
        Assert.Single(annotations.EnumerateArray());
    }

    [Fact]
    public async Task Reject_IsRemembered_TheSameTextIsNeverSuggestedAgain_WhileOthersAre()
    {
        var list = await ListAsync(_client);
        var rejected = Single(list, "back door");
        var accepted = Single(list, Seed.QuoteText);
        Assert.Equal(HttpStatusCode.NoContent, (await _client.PostAsync($"/api/suggestions/{rejected.GetProperty("id").GetInt32()}/reject", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsync($"/api/suggestions/{accepted.GetProperty("id").GetInt32()}/accept", null)).StatusCode);
        // Deleting the accepted annotation does not bring its suggestion back either.
        var annotations = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/annotations/{annotations[0].GetProperty("id").GetInt32()}")).StatusCode);

        var summary = await _factory.Services.GetRequiredService<SuggestionGenerator>().SuggestAsync(null, null, CancellationToken.None);

        var after = await ListAsync(_client);
        Assert.DoesNotContain(after, s => s.GetProperty("exact").GetString() == "back door");
        Assert.DoesNotContain(after, s => s.GetProperty("exact").GetString() == Seed.QuoteText);
        Assert.Equal(list.Length - 2, after.Length);
        Assert.Equal(2, summary.SkippedReviewed);

        // The other suggestions kept their ids, so a reviewer's open page still works.
        Assert.Equal(
            list.Select(s => s.GetProperty("id").GetInt32()).Except([rejected.GetProperty("id").GetInt32(), accepted.GetProperty("id").GetInt32()]).Order(),
            after.Select(s => s.GetProperty("id").GetInt32()).Order());
    }

    [Fact]
    public async Task HandTaggedText_IsNotSuggested()
    {
        var body = await Seed.AnnotationFor(_client, "Dominic Raab", "person", person: new { name = "Dominic Raab" });
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", body)).StatusCode);

        await _factory.Services.GetRequiredService<SuggestionGenerator>().SuggestAsync(null, null, CancellationToken.None);

        Assert.DoesNotContain(await ListAsync(_client), s => s.GetProperty("exact").GetString() == "Dominic Raab" && s.GetProperty("kind").GetString() == "person");
    }

    [Fact]
    public async Task AcceptAll_AboveAConfidence_AcceptsPeopleAndNamedSpeakers_AndLeavesSourcesWithoutAName()
    {
        var list = await ListAsync(_client);
        var eligible = list.Count(s => s.GetProperty("confidence").GetDouble() >= 0.7 && s.GetProperty("person").ValueKind != JsonValueKind.Null);
        var needSpeaker = list.Count(s => s.GetProperty("confidence").GetDouble() >= 0.7 && s.GetProperty("person").ValueKind == JsonValueKind.Null);

        var response = await _client.PostAsync($"/api/articles/{Seed.Slug}/suggestions/accept?minConfidence=0.7", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(eligible, result.GetProperty("accepted").GetInt32());
        Assert.Equal(needSpeaker, result.GetProperty("needSpeaker").GetInt32());
        var annotations = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");
        Assert.Equal(eligible, annotations.GetArrayLength());
        Assert.All(annotations.EnumerateArray(), a => Assert.Equal("Rita", a.GetProperty("author").GetString()));
        var left = await ListAsync(_client);
        Assert.All(left, s => Assert.True(s.GetProperty("confidence").GetDouble() < 0.7 || s.GetProperty("person").ValueKind == JsonValueKind.Null));
    }

    [Fact]
    public async Task AcceptAll_WithAConfidenceOutOfRange_Is400()
    {
        var response = await _client.PostAsync($"/api/articles/{Seed.Slug}/suggestions/accept?minConfidence=1.5", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("minConfidence", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestions_CountNowhereUntilAccepted()
    {
        var anonymous = _factory.CreateClient();
        Assert.Empty((await anonymous.GetFromJsonAsync<JsonElement>("/api/people")).EnumerateArray());
        Assert.DoesNotContain("Mike Pompeo", await anonymous.GetStringAsync("/people"), StringComparison.Ordinal);

        var quote = Single(await ListAsync(_client), Seed.QuoteText);
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsync($"/api/suggestions/{quote.GetProperty("id").GetInt32()}/accept", null)).StatusCode);

        var people = await anonymous.GetFromJsonAsync<JsonElement>("/api/people");
        Assert.Equal("mike-pompeo", Assert.Single(people.EnumerateArray()).GetProperty("slug").GetString());
        var csv = await anonymous.GetStringAsync("/people/mike-pompeo/quotes.csv");
        Assert.Contains(Seed.QuoteText, csv, StringComparison.Ordinal);
        Assert.Equal(2, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header and the one accepted quote
    }

    [Fact]
    public async Task Writes_NeedSignIn_AndCookieCallsNeedTheAntiforgeryToken()
    {
        var id = Single(await ListAsync(_client), Seed.QuoteText).GetProperty("id").GetInt32();
        var cookieClient = await _factory.CreateSignedInClientAsync(_reviewer);

        var anonymous = await _factory.CreateClient().PostAsync($"/api/suggestions/{id}/accept", null);
        var noToken = await cookieClient.PostAsync($"/api/suggestions/{id}/reject", null);
        var token = await cookieClient.GetAntiforgeryTokenAsync(Seed.Url);
        var withToken = new HttpRequestMessage(HttpMethod.Post, $"/api/suggestions/{id}/reject");
        withToken.Headers.Add("RequestVerificationToken", token);
        var ok = await cookieClient.SendAsync(withToken);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
    }

    [Fact]
    public async Task Queue_IsMostConfidentFirst_AndFilters()
    {
        var queue = await _client.GetFromJsonAsync<JsonElement>("/api/suggestions?pageSize=100");
        var quotes = await _client.GetFromJsonAsync<JsonElement>("/api/suggestions?kind=quote&minConfidence=0.8");
        var bad = await _client.GetAsync("/api/suggestions?kind=topic&pageSize=1000");

        var confidences = queue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("suggestion").GetProperty("confidence").GetDouble()).ToList();
        Assert.Equal(confidences.OrderDescending(), confidences);
        Assert.Equal((await ListAsync(_client)).Length, queue.GetProperty("total").GetInt32());
        Assert.All(quotes.GetProperty("items").EnumerateArray(), i =>
        {
            Assert.Equal("quote", i.GetProperty("suggestion").GetProperty("kind").GetString());
            Assert.True(i.GetProperty("suggestion").GetProperty("confidence").GetDouble() >= 0.8);
            Assert.Equal(Seed.Slug, i.GetProperty("articleSlug").GetString());
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static JsonElement Single(JsonElement[] list, string exact) =>
        Assert.Single(list, s => s.GetProperty("exact").GetString() == exact);

    private static async Task<JsonElement[]> ListAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(ListUrl)).EnumerateArray()];
}
