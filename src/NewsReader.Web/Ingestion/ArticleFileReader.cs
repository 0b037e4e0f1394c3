namespace NewsReader.Web.Ingestion;

/// <summary>Reads a candidate file's bytes, refusing anything over the size limit before reading it whole.</summary>
public static class ArticleFileReader
{
    public static async Task<(byte[]? Bytes, Rejection? Rejection)> ReadAsync(string fullPath, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.Length > maxBytes)
            {
                return (null, TooLarge(stream.Length, maxBytes));
            }

            // Keep reading past the measured length: a file that grew since it was measured is still caught.
            using var content = new MemoryStream((int)stream.Length);
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                content.Write(chunk, 0, read);
                if (content.Length > maxBytes)
                {
                    return (null, TooLarge(content.Length, maxBytes));
                }
            }

            return (content.ToArray(), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new Rejection(RejectionReason.Unreadable, $"cannot be read: {ex.Message}"));
        }
    }

    private static Rejection TooLarge(long size, long maxBytes) =>
        new(RejectionReason.TooLarge, $"{size:N0} bytes is over the {maxBytes:N0}-byte limit (Ingestion:MaxFileBytes)");
}
