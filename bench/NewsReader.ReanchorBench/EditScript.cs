using System.Text;
using NewsReader.Web.Ingestion;

namespace NewsReader.ReanchorBench;

/// <summary>One article's correction: its kind and the new paragraphs, with where each old character went.</summary>
internal sealed record ArticleEdit(ArticleBefore Article, EditKind Kind, IReadOnlyList<EditedParagraph> Paragraphs);

/// <summary>
/// A seeded, repeatable set of corrections over the stored articles: the same seed and corpus give the
/// same edits, so runs and machines compare. Half the articles are edited, one kind each, the kinds
/// taken in turn; an article with no place for its turn's kind takes the next kind that fits.
/// </summary>
internal static class EditScript
{
    public const double EditedShare = 0.5;

    public static List<ArticleEdit> Plan(IReadOnlyList<ArticleBefore> articles, int seed)
    {
        var random = new Random(seed);
        var order = articles.ToArray();
        random.Shuffle(order);
        var kinds = Enum.GetValues<EditKind>();
        var edits = new List<ArticleEdit>();
        foreach (var article in order.Take((int)(order.Length * EditedShare)))
        {
            for (var attempt = 0; attempt < kinds.Length; attempt++)
            {
                var kind = kinds[(edits.Count + attempt) % kinds.Length];
                if (EditKinds.Apply(kind, article, random) is { } paragraphs)
                {
                    edits.Add(new ArticleEdit(article, kind, paragraphs));
                    break;
                }
            }
        }

        return edits;
    }

    /// <summary>
    /// Writes each edited article over its copy, title line then blank-line paragraphs, and parses it back
    /// with the app's parser: a file that would not read as the planned paragraphs is a bench bug, so it throws.
    /// </summary>
    public static void Write(string folder, IEnumerable<ArticleEdit> edits)
    {
        foreach (var edit in edits)
        {
            var texts = edit.Paragraphs.Select(p => p.Text).ToList();
            var file = $"{edit.Article.Title}\n\n{string.Join("\n\n", texts)}\n";
            var parsed = ArticleParser.Parse(file).Content;
            if (parsed is null || parsed.Title != edit.Article.Title || !parsed.Paragraphs.Select(p => p.Text).SequenceEqual(texts))
            {
                throw new InvalidOperationException($"The edited {edit.Article.SourcePath} ({edit.Kind}) would not parse back as written.");
            }

            if (texts.SequenceEqual(edit.Article.Paragraphs))
            {
                throw new InvalidOperationException($"The {edit.Kind} edit of {edit.Article.SourcePath} changed nothing.");
            }

            File.WriteAllText(Path.Combine(folder, edit.Article.SourcePath), file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
