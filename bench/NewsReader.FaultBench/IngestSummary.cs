using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsReader.FaultBench;

/// <summary>The counts on the ingest command's last line: "Ingested N files in T s: new=.. updated=.. ...".</summary>
internal sealed partial record IngestSummary(int New, int Updated, int Unchanged, int Duplicate, int Rejected)
{
    public static IngestSummary? Find(string output)
    {
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("Ingested ", StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        var counts = Pair().Matches(line).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        int Get(string key) => counts.TryGetValue(key, out var value) ? value : -1;
        return new IngestSummary(Get("new"), Get("updated"), Get("unchanged"), Get("duplicate"), Get("rejected"));
    }

    public override string ToString() =>
        $"new={New} updated={Updated} unchanged={Unchanged} duplicate={Duplicate} rejected={Rejected}";

    [GeneratedRegex(@"\b([a-z]+)=(\d+)")]
    private static partial Regex Pair();
}
