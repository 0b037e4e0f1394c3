using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace NewsReader.LoadBench;

/// <summary>
/// <c>annotate URL TOKEN COUNT</c>: posts COUNT annotations (the load's mix of kinds, spans and names,
/// from a fixed seed) to the seed article of a running app. bench/load/read-bench.sh uses it to give
/// the article page a realistic number of highlights before measuring it.
/// </summary>
internal static class AnnotateCommand
{
    public const string Usage = "Usage: NewsReader.LoadBench annotate URL TOKEN COUNT   (e.g. annotate http://127.0.0.1:5000 nr_... 30)";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Count != 3 || !Uri.TryCreate(args[0], UriKind.Absolute, out var url)
            || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            Console.Error.WriteLine(Usage);
            return LoadArguments.UsageError;
        }

        using var client = new HttpClient { BaseAddress = new Uri(url, "/"), Timeout = TimeSpan.FromSeconds(30) };
        var workload = await Workload.LoadAsync(client, CancellationToken.None);
        var random = new Random(7);
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/articles/{Workload.ArticleSlug}/annotations")
            {
                Content = new StringContent(workload.NextAnnotation(random), Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", args[1]);
            using var response = await client.SendAsync(request);
            if ((int)response.StatusCode != 201)
            {
                Console.Error.WriteLine($"annotate: annotation {i + 1} got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                return LoadArguments.Failed;
            }
        }

        Console.WriteLine($"Created {count} annotations on {Workload.ArticleSlug}.");
        return LoadArguments.Success;
    }
}
