using Microsoft.Data.Sqlite;
using NewsReader.Web.Ingestion;

namespace NewsReader.FaultBench;

/// <summary>
/// Checks on a database file, made from outside the app with unpooled connections (so no file stays
/// open between checks). Opening a database whose writer was killed replays its WAL first, exactly
/// as the app's next start would.
/// </summary>
internal static class Database
{
    public static SqliteConnection Open(string path, bool readOnly = false)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 10,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>"ok", or every problem <c>PRAGMA integrity_check</c> lists.</summary>
    public static string IntegrityCheck(string path, bool readOnly = false)
    {
        using var connection = Open(path, readOnly);
        var rows = Strings(connection, "PRAGMA integrity_check;");
        return string.Join("; ", rows);
    }

    /// <summary>
    /// FTS5's own check of both search indexes: with rank 1 it also compares each index with its
    /// external content table (Paragraphs, Articles). Null when both pass; else the error.
    /// </summary>
    public static string? FullTextCheck(string path)
    {
        using var connection = Open(path);
        foreach (var table in new[] { "ParagraphSearch", "ArticleSearch" })
        {
            foreach (var sql in new[]
            {
                $"INSERT INTO \"{table}\"(\"{table}\") VALUES('integrity-check');",
                $"INSERT INTO \"{table}\"(\"{table}\", rank) VALUES('integrity-check', 1);",
            })
            {
                try
                {
                    Execute(connection, sql);
                }
                catch (SqliteException ex)
                {
                    return $"{sql} failed: {ex.Message}";
                }
            }
        }

        return null;
    }

    public static long Scalar(string path, string sql, bool readOnly = false)
    {
        using var connection = Open(path, readOnly);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The ids of a table (e.g. every stored annotation).</summary>
    public static HashSet<long> Ids(string path, string table, bool readOnly = false)
    {
        using var connection = Open(path, readOnly);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Id\" FROM \"{table}\";";
        using var reader = command.ExecuteReader();
        var ids = new HashSet<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>
    /// Every stored article against a fresh parse of its source file with the app's own parser:
    /// same title and content hash, and exactly the file's paragraphs (count, order, kind, text).
    /// Also no paragraph without its article. Returns the problems found (empty when all is well).
    /// </summary>
    public static List<string> CompareWithCorpus(string path, string corpus, out int articles, out int paragraphs)
    {
        using var connection = Open(path);
        var stored = new Dictionary<long, StoredArticle>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """SELECT "Id", "SourcePath", "Title", "ContentHash" FROM "Articles";""";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                stored[reader.GetInt64(0)] = new StoredArticle(reader.GetString(1), reader.GetString(2), reader.GetString(3), []);
            }
        }

        var problems = new List<string>();
        paragraphs = 0;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """SELECT "ArticleId", "Ordinal", "Kind", "Text" FROM "Paragraphs" ORDER BY "ArticleId", "Ordinal";""";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                paragraphs++;
                var articleId = reader.GetInt64(0);
                if (!stored.TryGetValue(articleId, out var article))
                {
                    problems.Add($"paragraph of missing article {articleId}");
                    continue;
                }

                article.Paragraphs.Add(new StoredParagraph(reader.GetInt32(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        articles = stored.Count;
        foreach (var article in stored.Values)
        {
            var problem = CompareOne(article, corpus);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    private static string? CompareOne(StoredArticle article, string corpus)
    {
        var file = Path.Combine(corpus, article.SourcePath);
        if (!File.Exists(file))
        {
            return $"{article.SourcePath}: no such file under the corpus";
        }

        var content = ArticleParser.Parse(File.ReadAllBytes(file)).Content;
        if (content is null)
        {
            return $"{article.SourcePath}: stored, yet the parser rejects the file";
        }

        if (article.Paragraphs.Count != content.Paragraphs.Count)
        {
            return $"{article.SourcePath}: {article.Paragraphs.Count} paragraphs stored, the file has {content.Paragraphs.Count}";
        }

        for (var i = 0; i < content.Paragraphs.Count; i++)
        {
            var (expected, actual) = (content.Paragraphs[i], article.Paragraphs[i]);
            if (actual.Ordinal != i || actual.Kind != expected.Kind.ToString() || actual.Text != expected.Text)
            {
                return $"{article.SourcePath}: paragraph {i} differs from the file";
            }
        }

        if (article.Title != content.Title || article.ContentHash != content.Hash)
        {
            return $"{article.SourcePath}: title or content hash differs from the file";
        }

        return null;
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed record StoredArticle(string SourcePath, string Title, string ContentHash, List<StoredParagraph> Paragraphs);

    private sealed record StoredParagraph(int Ordinal, string Kind, string Text);
}
