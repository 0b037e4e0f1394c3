namespace NewsReader.Web.Ingestion;

/// <summary>Settings under <c>Ingestion</c> in configuration.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Files larger than this are refused unread (default 1 MiB).</summary>
    public long MaxFileBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a changed file in the watched seed folder must stay quiet before it is ingested.</summary>
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether new and changed articles get quote and people suggestions right after they are stored.</summary>
    public bool Suggest { get; set; } = true;
}
