using AngleSharp.Html.Dom;

namespace NewsReader.IntegrationTests.Infrastructure;

/// <summary>
/// What a TLS proxy in front of the app sends: plain HTTP to the app with X-Forwarded-Proto (and, when
/// given, X-Forwarded-For). Cookies are kept by hand and sent whatever their Secure flag, as a browser
/// on the HTTPS side would; redirects are not followed, so tests see each answer.
/// </summary>
public sealed class ProxiedClient(Uri address, string? forwardedProto = "https") : IDisposable
{
    private readonly HttpClient _client = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };

    public Dictionary<string, string> Cookies { get; } = [];

    /// <summary>The Set-Cookie headers of the last response.</summary>
    public IReadOnlyList<string> LastSetCookies { get; private set; } = [];

    public string? ForwardedFor { get; set; }

    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        if (ForwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", ForwardedFor);
        }

        if (Cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(cookie => $"{cookie.Key}={cookie.Value}")));
        }

        var response = await _client.SendAsync(request);
        LastSetCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];
        foreach (var pair in LastSetCookies.Select(header => header.Split(';', 2)[0].Split('=', 2)))
        {
            if (pair[1].Length == 0)
            {
                Cookies.Remove(pair[0]);
            }
            else
            {
                Cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }

    /// <summary>Loads a page, fills the first form matching the selector (keeping its antiforgery token) and posts it.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string url, string formSelector, IDictionary<string, string> fields)
    {
        var page = await (await GetAsync(url)).ToDocumentAsync();
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(input => !string.IsNullOrEmpty(input.Name) && input.Type != "checkbox")
            .ToDictionary(input => input.Name!, input => input.Value);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(values) });
    }

    public void Dispose() => _client.Dispose();
}
