namespace NewsReader.LoadBench;

/// <summary>One measured run and the checks made on it.</summary>
internal sealed record RunOutcome(int Run, LoadResult Load, IReadOnlySet<int> BaselineIds, StoredCounts Stored, double? PeakMemoryMiB, double? AppCpuSeconds, double? OtherCpuPercent)
{
    public IReadOnlyList<Sample> Writes => [.. Load.Samples.Where(s => s.Kind == RequestKind.Write)];

    public IReadOnlyList<Sample> Reads => [.. Load.Samples.Where(s => s.Kind == RequestKind.Read)];

    public int Created => Writes.Count(s => s.Status == 201);

    public double WritesPerSecond => Writes.Count / Load.WriteSeconds;

    public double ReadsPerSecond => Reads.Count / Load.ReadSeconds;

    /// <summary>The app's CPU time over all requests of the load, per request: less disturbed by other work on the machine than rates.</summary>
    public double? AppCpuMsPerRequest => AppCpuSeconds * 1000 / Load.Samples.Count;

    public int ServerErrors => Load.Samples.Count(s => s.Status >= 500);

    public int NoResponse => Load.Samples.Count(s => s.Status == 0);

    /// <summary>Annotations stored during the load: all rows less those the warm-up made.</summary>
    public int StoredDuringLoad => Stored.Annotations - BaselineIds.Count;

    /// <summary>Every 201 names a distinct annotation that is in the database, and nothing else was stored.</summary>
    public bool StoredMatchesCreated =>
        StoredDuringLoad == Created
        && Load.Findings.CreatedIds.Distinct().Count() == Created
        && Load.Findings.CreatedIds.All(Stored.AnnotationIds.Contains);

    public bool Passed => ServerErrors == 0 && NoResponse == 0 && Load.Findings.LockedBodies == 0 && StoredMatchesCreated && Stored.IntegrityCheck == "ok";

    public static string StatusCounts(IEnumerable<Sample> samples) => string.Join(", ",
        samples.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{(g.Key == 0 ? "no response" : g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}: {g.Count():N0}"));
}
