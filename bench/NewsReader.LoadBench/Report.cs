using System.Globalization;
using System.Runtime.InteropServices;

namespace NewsReader.LoadBench;

/// <summary>Markdown on standard output: the machine, one row per run, status codes, checks, then medians.</summary>
internal sealed class Report(TextWriter output)
{
    public void WriteHeader(LoadArguments arguments)
    {
        output.WriteLine(Invariant($"# Concurrent tagging: {arguments.Writers} writers x {arguments.WritesPerWriter} annotations, {arguments.Readers} readers"));
        output.WriteLine();
        output.WriteLine(Invariant($"- machine: {Environment.ProcessorCount} logical CPUs, {RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
        output.WriteLine($"- app: {arguments.AppDll} (Production, its own process on 127.0.0.1)");
        output.WriteLine(Invariant($"- runs: {arguments.Runs}, each on a fresh copy of the prepared database; a run stops after {arguments.MaxSeconds} s at most"));
        output.WriteLine();
    }

    public void WriteRunsHeader()
    {
        output.WriteLine("| run | writes | writes/s | write p50 / p95 / p99 ms | reads | reads/s | read p50 / p95 / p99 ms | 5xx | no response | \"database is locked\" | stored = 201s | peak MiB | app CPU ms/request | other processes % CPU |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|");
    }

    public void WriteRun(RunOutcome run)
    {
        var (writes, reads) = (Latency.Of(run.Writes), Latency.Of(run.Reads));
        output.WriteLine(Invariant(
            $"| {run.Run} | {writes.Count:N0} | {run.WritesPerSecond:N1} | {writes.P50:N1} / {writes.P95:N1} / {writes.P99:N1} | {reads.Count:N0} | {run.ReadsPerSecond:N1} | {reads.P50:N1} / {reads.P95:N1} / {reads.P99:N1} | {run.ServerErrors} | {run.NoResponse} | {run.Load.Findings.LockedBodies} | {(run.StoredMatchesCreated ? "yes" : "**NO**")} ({run.StoredDuringLoad:N0} = {run.Created:N0}) | {run.PeakMemoryMiB:N0} | {run.AppCpuMsPerRequest:N2} | {run.OtherCpuPercent:N0} |"));
    }

    public void WriteDetails(IReadOnlyList<RunOutcome> runs)
    {
        output.WriteLine();
        output.WriteLine("Status codes, checks and stored rows per run:");
        output.WriteLine();
        foreach (var run in runs)
        {
            output.WriteLine(Invariant($"- run {run.Run}: writes {RunOutcome.StatusCounts(run.Writes)}; reads {RunOutcome.StatusCounts(run.Reads)}"));
            output.WriteLine(Invariant($"  database after stop: {run.Stored.Annotations:N0} annotations ({run.BaselineIds.Count} from the warm-up + {run.StoredDuringLoad:N0} during the load; 201 responses: {run.Created:N0}, distinct ids {run.Load.Findings.CreatedIds.Distinct().Count():N0}), {run.Stored.People} people, {run.Stored.Topics} topics, quick_check {run.Stored.IntegrityCheck}"));
            foreach (var (name, count) in run.Load.Findings.Exceptions)
            {
                output.WriteLine(Invariant($"  no response: {count} x {name}"));
            }

            foreach (var error in run.Load.Findings.ServerErrors)
            {
                output.WriteLine($"  5xx example: {error.ReplaceLineEndings(" ")}");
            }
        }
    }

    public void WriteSummary(IReadOnlyList<RunOutcome> runs)
    {
        var writes = runs.Select(r => Latency.Of(r.Writes)).ToList();
        var reads = runs.Select(r => Latency.Of(r.Reads)).ToList();
        output.WriteLine();
        output.WriteLine(Invariant($"Medians of {runs.Count} runs:"));
        output.WriteLine();
        output.WriteLine("| | per second | p50 ms | p95 ms | p99 ms |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        output.WriteLine(Invariant($"| writes (POST annotation) | {Median(runs.Select(r => r.WritesPerSecond)):N1} | {Median(writes.Select(l => l.P50)):N1} | {Median(writes.Select(l => l.P95)):N1} | {Median(writes.Select(l => l.P99)):N1} |"));
        output.WriteLine(Invariant($"| reads (article and person pages) | {Median(runs.Select(r => r.ReadsPerSecond)):N1} | {Median(reads.Select(l => l.P50)):N1} | {Median(reads.Select(l => l.P95)):N1} | {Median(reads.Select(l => l.P99)):N1} |"));
        output.WriteLine();
        output.WriteLine(Invariant($"Peak app memory (VmHWM), median: {Median(runs.Select(r => r.PeakMemoryMiB ?? 0)):N0} MiB; app CPU per request (reads and writes), median: {Median(runs.Select(r => r.AppCpuMsPerRequest ?? 0)):N2} ms. 5xx: {runs.Sum(r => r.ServerErrors)}; no response: {runs.Sum(r => r.NoResponse)}; \"database is locked\": {runs.Sum(r => r.Load.Findings.LockedBodies)}; stored = 201s in {runs.Count(r => r.StoredMatchesCreated)} of {runs.Count} runs."));
        output.WriteLine(runs.All(r => r.Passed) ? "PASS" : "FAIL");
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
