using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsReader.LoadBench;

/// <summary>
/// What the writers post: spans of whole words in random paragraphs of the seed article, with kinds
/// and names drawn from small pools, so most names are new at first (created by whichever writer comes
/// first, sometimes by two at once) and reused afterwards. Each writer has its own seeded generator,
/// so a run is repeatable.
/// </summary>
internal sealed class Workload(IReadOnlyList<Workload.Paragraph> paragraphs)
{
    public const string ArticleSlug = "mike-pompeo-flies-to-uk-for-talks-amid-us-huawei-concern";

    private static readonly string[] Kinds = ["quote", "person", "topic"];
    private static readonly string[] FirstNames = ["Ada", "Boris", "Chloe", "Dominic", "Esther", "Farid", "Grace", "Hamid", "Ines", "Jonas"];
    private static readonly string[] LastNames = ["Archer", "Bell", "Castro", "Duval", "Evans"];
    private static readonly string[] TopicNames =
    [
        "5G", "Huawei", "Espionage", "Trade", "Brexit", "Diplomacy", "Security", "Telecoms", "China", "Intelligence",
        "Extradition", "Ukraine", "Nuclear sites", "Military bases", "Market share", "Cyber attacks", "Visits", "Talks", "Alliances", "Networks",
    ];

    // Readable JSON (curly quotes as they are); the app accepts any valid JSON.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed record Paragraph(int Id, string Text, IReadOnlyList<(int Start, int End)> Words);

    /// <summary>The 50 people the writers name: 49 new in every run, and Mike Pompeo, whom the warm-up has created.</summary>
    public static IReadOnlyList<string> PersonNames { get; } =
        [.. FirstNames.SelectMany(first => LastNames.Select(last => $"{first} {last}")).Take(49), "Mike Pompeo"];

    public static async Task<Workload> LoadAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var json = JsonNode.Parse(await client.GetStringAsync($"api/articles/{ArticleSlug}", cancellationToken))!;
        var paragraphs = json["paragraphs"]!.AsArray()
            .Select(p => new Paragraph(p!["id"]!.GetValue<int>(), p["text"]!.GetValue<string>(), WordsOf(p["text"]!.GetValue<string>())))
            .Where(p => p.Words.Count > 0)
            .ToList();
        return new Workload(paragraphs);
    }

    /// <summary>The JSON body of one new annotation.</summary>
    public string NextAnnotation(Random random)
    {
        var paragraph = paragraphs[random.Next(paragraphs.Count)];
        var first = random.Next(paragraph.Words.Count);
        var last = Math.Min(paragraph.Words.Count - 1, first + random.Next(6));
        var (start, end) = (paragraph.Words[first].Start, paragraph.Words[last].End);
        var kind = Kinds[random.Next(Kinds.Length)];
        var name = new JsonObject { ["name"] = kind == "topic" ? TopicNames[random.Next(TopicNames.Length)] : PersonNames[random.Next(PersonNames.Count)] };
        var body = new JsonObject
        {
            ["paragraphId"] = paragraph.Id,
            ["start"] = start,
            ["end"] = end,
            ["exact"] = paragraph.Text[start..end],
            ["kind"] = kind,
            [kind == "topic" ? "topic" : "person"] = name,
            ["note"] = random.Next(4) == 0 ? $"Load test note {random.Next(1000)}: *checked*." : null,
        };
        return body.ToJsonString(JsonOptions);
    }

    private static List<(int Start, int End)> WordsOf(string text)
    {
        var words = new List<(int, int)>();
        for (var i = 0; i < text.Length;)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((start, i));
            }
        }

        return words;
    }
}
