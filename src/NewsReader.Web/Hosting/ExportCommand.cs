using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Exchange;

namespace NewsReader.Web.Hosting;

/// <summary>
/// <c>export --format jsonld [--article SLUG | --person SLUG | --topic SLUG] [--base URL] FILE</c>: writes the corpus's
/// annotations (or one article's, person's or topic's) as W3C Web Annotation JSON-LD to FILE, or to standard output
/// for <c>-</c>. IRIs start with <c>--base</c>, else the <c>PublicUrl</c> setting: the address readers use, so the
/// exported annotations point at the app's own article, person and topic pages.
/// </summary>
public static class ExportCommand
{
    public const string Usage =
        "export --format jsonld [--article SLUG | --person SLUG | --topic SLUG] [--base URL] FILE   ('-' for standard output)";

    private static readonly string[] Formats = ["jsonld"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var settings = args.Where(CommandLine.IsSetting).ToArray();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<string>();
        var words = args.Where(a => !CommandLine.IsSetting(a)).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is "--format" or "--article" or "--person" or "--topic" or "--base")
            {
                if (i + 1 >= words.Count || options.ContainsKey(words[i]))
                {
                    return UsageError(error, i + 1 >= words.Count ? $"{words[i]} needs a value." : $"{words[i]} is given twice.");
                }

                options[words[i]] = words[++i];
            }
            else if (words[i].StartsWith("--", StringComparison.Ordinal))
            {
                return UsageError(error, $"unknown option '{Ingestion.LogText.Printable(words[i])}'.");
            }
            else
            {
                files.Add(words[i]);
            }
        }

        var format = options.GetValueOrDefault("--format", "jsonld");
        if (!Formats.Contains(format))
        {
            return UsageError(error, $"unknown format '{Ingestion.LogText.Printable(format)}' (expected {string.Join(", ", Formats)}).");
        }

        if (files.Count != 1)
        {
            return UsageError(error, files.Count == 0 ? "name the file to write, or '-' for standard output." : "name one file.");
        }

        var scopes = new[] { "--article", "--person", "--topic" }.Where(options.ContainsKey).ToList();
        if (scopes.Count > 1)
        {
            return UsageError(error, $"choose one of {string.Join(", ", scopes)}.");
        }

        var scope = new ExportScope(options.GetValueOrDefault("--article"), options.GetValueOrDefault("--person"), options.GetValueOrDefault("--topic"));
        var toStandardOutput = files[0] == "-";
        using var host = CommandHost.Build(settings, logToStandardError: toStandardOutput);
        var baseUrl = options.GetValueOrDefault("--base") ?? host.Services.GetRequiredService<IConfiguration>()["PublicUrl"];
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var site) || site.Scheme is not ("http" or "https"))
        {
            return UsageError(error, baseUrl is null
                ? "exported annotations point at the app's pages: pass --base https://news.example.org (the address readers use) or set PublicUrl."
                : $"--base must be an http or https address (got '{Ingestion.LogText.Printable(baseUrl)}').");
        }

        if (!await CommandHost.TryInitializeDatabaseAsync(host, "export", error))
        {
            return CommandLine.Failures;
        }

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<NewsReaderDbContext>>().CreateDbContextAsync();
        var export = new AnnotationExport(db);
        var total = await export.CountAsync(scope, CancellationToken.None);
        if (total is null)
        {
            error.WriteLine($"export: there is no {Ingestion.LogText.Printable(scope.Describe())}.");
            return CommandLine.Failures;
        }

        var path = ExportPaths.CollectionPath(scope);
        var label = ExportPaths.Label(scope);
        if (toStandardOutput)
        {
            await using var stream = new TextWriterStream(output);
            await WebAnnotationWriter.WriteCollectionAsync(stream, site.GetLeftPart(UriPartial.Path), path, label, total.Value, export.ReadAsync(scope, CancellationToken.None), CancellationToken.None);
            await output.WriteLineAsync();
            return CommandLine.Success;
        }

        // Written beside the target and moved into place: a failed export never leaves half a file under its name.
        var full = Path.GetFullPath(files[0]);
        var partial = full + ".partial";
        try
        {
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                await WebAnnotationWriter.WriteCollectionAsync(stream, site.GetLeftPart(UriPartial.Path), path, label, total.Value, export.ReadAsync(scope, CancellationToken.None), CancellationToken.None);
            }

            File.Move(partial, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            error.WriteLine($"export: cannot write {full}: {ex.Message}");
            return CommandLine.Failures;
        }

        output.WriteLine($"Exported {total.Value:N0} annotations ({scope.Describe()}) to {full} as W3C Web Annotation JSON-LD.");
        return CommandLine.Success;
    }

    private static int UsageError(TextWriter error, string message)
    {
        error.WriteLine($"export: {message}");
        error.WriteLine($"Usage: dotnet run --project src/NewsReader.Web -- {Usage}");
        return CommandLine.UsageError;
    }

    /// <summary>Bytes written as UTF-8 text to a writer (standard output, or a test's), decoded as they come.</summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var chars = new char[_decoder.GetCharCount(buffer, flush: false)];
            var written = _decoder.GetChars(buffer, chars, flush: false);
            writer.Write(chars, 0, written);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush() => writer.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => writer.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
