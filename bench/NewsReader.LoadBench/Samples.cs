namespace NewsReader.LoadBench;

internal enum RequestKind
{
    Write,
    Read,
}

/// <summary>One request: what it was, its status (0 when no response came), and how long it took.</summary>
internal readonly record struct Sample(RequestKind Kind, int Status, double Milliseconds);

/// <summary>Latency percentiles (nearest rank) over a set of samples.</summary>
internal sealed record Latency(int Count, double P50, double P95, double P99, double Max)
{
    public static Latency Of(IEnumerable<Sample> samples)
    {
        var sorted = samples.Select(s => s.Milliseconds).Order().ToArray();
        return sorted.Length == 0
            ? new Latency(0, 0, 0, 0, 0)
            : new Latency(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted[^1]);
    }

    private static double Rank(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
