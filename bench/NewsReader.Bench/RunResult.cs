namespace NewsReader.Bench;

/// <summary>What one ingestion stored: the per-file outcomes and the rows counted afterwards.</summary>
internal sealed record StoredCounts(int Files, int New, int Duplicate, int Rejected, long Articles, long Paragraphs)
{
    /// <summary>The figures both paths must agree on; the file count is the same by construction.</summary>
    public string Key => $"new={New} duplicate={Duplicate} rejected={Rejected} articles={Articles} paragraphs={Paragraphs}";
}

/// <summary>One timed run of one path.</summary>
internal sealed record RunResult(string Path, int Run, TimeSpan Elapsed, StoredCounts Counts)
{
    public double Seconds => Elapsed.TotalSeconds;

    public double FilesPerSecond => Counts.Files / Seconds;

    public double ParagraphsPerSecond => Counts.Paragraphs / Seconds;
}
