using Microsoft.Data.Sqlite;
using NewsReader.Web.Domain;

namespace NewsReader.Bench;

/// <summary>
/// Inserts articles with two prepared commands on one open connection: the least work SQLite can
/// do to store the same rows, which is what the EF path is compared against.
/// </summary>
internal sealed class FloorWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _article;
    private readonly SqliteCommand _paragraph;
    private readonly SqliteParameter _slug;
    private readonly SqliteParameter _title;
    private readonly SqliteParameter _sourcePath;
    private readonly SqliteParameter _hash;
    private readonly SqliteParameter _wordCount;
    private readonly SqliteParameter _now;
    private readonly SqliteParameter _articleId;
    private readonly SqliteParameter _ordinal;
    private readonly SqliteParameter _kind;
    private readonly SqliteParameter _text;

    public FloorWriter(string databasePath)
    {
        _connection = new SqliteConnection($"Data Source={databasePath}");
        _connection.Open();
        using (var pragmas = _connection.CreateCommand())
        {
            // The same settings the app runs with: WAL (already persisted by the initializer) and NORMAL sync.
            pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
            pragmas.ExecuteNonQuery();
        }

        _article = _connection.CreateCommand();
        _article.CommandText = """
            INSERT INTO Articles (Slug, Title, SourcePath, ContentHash, WordCount, IngestedAt, UpdatedAt)
            VALUES ($slug, $title, $sourcePath, $hash, $wordCount, $now, $now)
            RETURNING Id
            """;
        _slug = _article.Parameters.Add("$slug", SqliteType.Text);
        _title = _article.Parameters.Add("$title", SqliteType.Text);
        _sourcePath = _article.Parameters.Add("$sourcePath", SqliteType.Text);
        _hash = _article.Parameters.Add("$hash", SqliteType.Text);
        _wordCount = _article.Parameters.Add("$wordCount", SqliteType.Integer);
        _now = _article.Parameters.Add("$now", SqliteType.Integer);

        _paragraph = _connection.CreateCommand();
        _paragraph.CommandText = "INSERT INTO Paragraphs (ArticleId, Ordinal, Kind, Text) VALUES ($articleId, $ordinal, $kind, $text)";
        _articleId = _paragraph.Parameters.Add("$articleId", SqliteType.Integer);
        _ordinal = _paragraph.Parameters.Add("$ordinal", SqliteType.Integer);
        _kind = _paragraph.Parameters.Add("$kind", SqliteType.Text);
        _text = _paragraph.Parameters.Add("$text", SqliteType.Text);

        _article.Prepare();
        _paragraph.Prepare();
    }

    /// <summary>Stores one article and its paragraphs in one transaction, as the importer does per file.</summary>
    public void Insert(string sourcePath, ArticleContent content, DateTimeOffset now)
    {
        using var transaction = _connection.BeginTransaction();
        _article.Transaction = transaction;
        _paragraph.Transaction = transaction;

        // The hash is unique already, so it makes a unique slug without the app's slug lookup.
        _slug.Value = content.Hash;
        _title.Value = content.Title;
        _sourcePath.Value = sourcePath;
        _hash.Value = content.Hash;
        _wordCount.Value = content.WordCount;
        _now.Value = now.UtcTicks;
        _articleId.Value = (long)_article.ExecuteScalar()!;

        for (var i = 0; i < content.Paragraphs.Count; i++)
        {
            var paragraph = content.Paragraphs[i];
            _ordinal.Value = i;
            _kind.Value = paragraph.Kind == ParagraphKind.Caption ? "Caption" : "Body";
            _text.Value = paragraph.Text;
            _paragraph.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        _article.Dispose();
        _paragraph.Dispose();
        _connection.Dispose();
    }
}
