using NewsReader.Web.Ingestion;

namespace NewsReader.ScaleBench;

/// <summary>One article of the source corpus as the app would parse it.</summary>
internal sealed record SourceArticle(string Category, string Stem, string Title, IReadOnlyList<string> Paragraphs);

/// <summary>
/// The source corpus: one subfolder per section (business, politics, ...) of <c>*.txt</c> files in the
/// app's format. Read with the app's own parser, so the copies keep exactly the paragraphs it would store.
/// Files directly in the folder (the BBC corpus's README.TXT) are not articles and are left out.
/// </summary>
internal static class SourceCorpus
{
    public static (List<SourceArticle> Articles, int Rejected) Read(string folder)
    {
        var articles = new List<SourceArticle>();
        var rejected = 0;
        var sections = Directory.GetDirectories(folder)
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            var category = Path.GetFileName(section);
            var files = Directory.GetFiles(section, "*.txt", SearchOption.TopDirectoryOnly)
                .Where(f => ArticleFileFinder.IsArticleName(Path.GetFileName(f)))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var parsed = ArticleParser.Parse(File.ReadAllBytes(file));
                if (parsed.Content is null)
                {
                    rejected++;
                    continue;
                }

                articles.Add(new SourceArticle(category, Path.GetFileNameWithoutExtension(file), parsed.Content.Title, [.. parsed.Content.Paragraphs.Select(p => p.Text)]));
            }
        }

        return (articles, rejected);
    }
}
