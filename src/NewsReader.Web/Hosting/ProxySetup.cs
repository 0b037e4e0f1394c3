using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace NewsReader.Web.Hosting;

/// <summary>
/// Behind a TLS proxy the app sees plain HTTP from the proxy's address. X-Forwarded-Proto and
/// X-Forwarded-For restore the client's scheme and address, but only when the proxy is trusted: the
/// addresses in <c>ForwardedHeaders:KnownProxies</c> and the CIDR ranges in
/// <c>ForwardedHeaders:KnownNetworks</c>, or loopback when neither is set (a proxy on the same machine).
/// Anyone else's forwarded headers are ignored, so a client
/// cannot claim HTTPS or another address (and so slip past the sign-in limit, which counts addresses).
/// </summary>
public static class ProxySetup
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddNewsReaderProxies(this IServiceCollection services, IConfiguration configuration)
    {
        // Parsed now, so a mistyped address stops the start with a message instead of trusting nobody silently.
        var proxies = Parse(configuration, "KnownProxies", IPAddress.Parse);
        var networks = Parse(configuration, "KnownNetworks", IPNetwork.Parse);
        var forwardLimit = configuration.GetValue($"{Section}:ForwardLimit", 1);

        // PostConfigure runs after the host's own setup, so ASPNETCORE_FORWARDEDHEADERS_ENABLED (which
        // clears the trusted lists and so trusts every sender) cannot widen what is configured here.
        services.AddOptions<ForwardedHeadersOptions>().PostConfigure(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = forwardLimit;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            if (proxies.Count == 0 && networks.Count == 0)
            {
                options.KnownIPNetworks.Add(IPNetwork.Parse("127.0.0.0/8"));
                options.KnownProxies.Add(IPAddress.IPv6Loopback);
            }

            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    private static List<T> Parse<T>(IConfiguration configuration, string key, Func<string, T> parse)
    {
        var section = configuration.GetSection($"{Section}:{key}");

        // A list from JSON or ForwardedHeaders__KnownProxies__0=..., or one comma-separated value.
        var values = section.Value is { } single
            ? single.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Select(child => child.Value?.Trim()).OfType<string>().Where(value => value.Length > 0).ToArray();
        var parsed = new List<T>();
        foreach (var value in values)
        {
            try
            {
                parsed.Add(parse(value));
            }
            catch (FormatException)
            {
                throw new InvalidOperationException($"{Section}:{key}: '{value}' is not {(key == "KnownProxies" ? "an IP address such as 10.0.0.5" : "a network such as 10.0.0.0/8")}.");
            }
        }

        return parsed;
    }
}
