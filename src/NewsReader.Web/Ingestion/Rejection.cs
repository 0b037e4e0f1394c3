namespace NewsReader.Web.Ingestion;

/// <summary>Why a file was not stored. The code is stable for logs and scripts; the detail is for people.</summary>
public enum RejectionReason
{
    Empty,
    NoBody,
    Binary,
    UnsupportedEncoding,
    TooLarge,
    Unreadable,
    OutsideFolder,
    NotRegularFile,
    TitleTooLong,
    TooManyParagraphs,
    PathTooLong,
    StorageFailed,
    AnchorsWouldBreak,
}

public sealed record Rejection(RejectionReason Reason, string Detail)
{
    /// <summary>A kebab-case code, e.g. <c>too-large</c>, used in log lines and the API.</summary>
    public string Code => Reason switch
    {
        RejectionReason.Empty => "empty",
        RejectionReason.NoBody => "no-body",
        RejectionReason.Binary => "binary",
        RejectionReason.UnsupportedEncoding => "unsupported-encoding",
        RejectionReason.TooLarge => "too-large",
        RejectionReason.Unreadable => "unreadable",
        RejectionReason.OutsideFolder => "outside-folder",
        RejectionReason.NotRegularFile => "not-a-regular-file",
        RejectionReason.TitleTooLong => "title-too-long",
        RejectionReason.TooManyParagraphs => "too-many-paragraphs",
        RejectionReason.PathTooLong => "path-too-long",
        RejectionReason.StorageFailed => "storage-failed",
        RejectionReason.AnchorsWouldBreak => "anchors-would-break",
        _ => Reason.ToString(),
    };

    public override string ToString() => $"{Code}: {Detail}";
}
