using NewsReader.Web.Ingestion;

namespace NewsReader.Web.Hosting;

/// <summary>A single self-overwriting progress line, drawn only on an interactive terminal.</summary>
public sealed class ProgressLine(TextWriter output) : IProgress<IngestionProgress>, IDisposable
{
    private long _lastDraw;
    private bool _drawn;

    /// <summary>A progress line when output is a terminal; null (no progress) when redirected, so logs stay clean.</summary>
    public static ProgressLine? For(TextWriter output) =>
        Console.IsOutputRedirected || !ReferenceEquals(output, Console.Out) ? null : new ProgressLine(output);

    public void Report(IngestionProgress value)
    {
        var now = Environment.TickCount64;
        if (value.Done != value.Total && now - _lastDraw < 100)
        {
            return;
        }

        _lastDraw = now;
        _drawn = true;
        var name = value.SourcePath.Length > 40 ? "..." + value.SourcePath[^37..] : value.SourcePath;
        output.Write($"\r[{value.Done,6}/{value.Total}] {100 * value.Done / Math.Max(1, value.Total),3}% {name,-40}");
    }

    public void Dispose()
    {
        if (_drawn)
        {
            output.Write("\r" + new string(' ', 60) + "\r");
        }
    }
}
