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

            // Read the measured length, then check for more: a file that grew since it was measured is still caught.
            var buffer = new byte[stream.Length];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
            {
                total += read;
            }

            if (total == buffer.Length && stream.ReadByte() >= 0)
            {
                return (null, new Rejection(RejectionReason.Unreadable, "the file grew while it was read (is it still being written?)"));
            }

            return (total == buffer.Length ? buffer : buffer[..total], null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new Rejection(RejectionReason.Unreadable, $"cannot be read: {ex.Message}"));
        }
    }

    private static Rejection TooLarge(long size, long maxBytes) =>
        new(RejectionReason.TooLarge, $"{size:N0} bytes is over the {maxBytes:N0}-byte limit (Ingestion:MaxFileBytes)");
}
