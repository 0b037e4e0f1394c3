using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Data;

/// <summary>
/// Writes a new article, already validated by its entity, on the context's connection and inside its
/// transaction: one INSERT ... RETURNING for the article and multi-row INSERTs for its paragraphs.
/// Corpus ingestion is dominated by new articles, and EF's one INSERT ... RETURNING per tracked entity
/// made it about five times the cost of raw inserts (see bench/). The SQL is plain and portable
/// (SQLite 3.35+ and PostgreSQL both have RETURNING); updates and every read still go through EF.
/// </summary>
public static class ArticleInserter
{
    // Four values a row; this stays far below SQLite's 32,766-parameter limit.
    private const int RowsPerStatement = 500;

    /// <summary>Inserts the article and its paragraphs; returns the new article's id.</summary>
    public static async Task<int> InsertAsync(NewsReaderDbContext db, Article article, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Insert an article inside the importer's transaction.");

        await using var insertArticle = connection.CreateCommand();
        insertArticle.Transaction = transaction;
        insertArticle.CommandText = """
            INSERT INTO "Articles" ("Slug", "Title", "SourcePath", "ContentHash", "WordCount", "IngestedAt", "UpdatedAt", "Revision")
            VALUES (@slug, @title, @path, @hash, @words, @ingested, @updated, @revision)
            RETURNING "Id"
            """;
        Add(insertArticle, "@slug", article.Slug);
        Add(insertArticle, "@title", article.Title);
        Add(insertArticle, "@path", article.SourcePath);
        Add(insertArticle, "@hash", article.ContentHash);
        Add(insertArticle, "@words", article.WordCount);
        Add(insertArticle, "@ingested", article.IngestedAt.UtcTicks);
        Add(insertArticle, "@updated", article.UpdatedAt.UtcTicks);
        Add(insertArticle, "@revision", article.Revision);
        var id = Convert.ToInt32(await insertArticle.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

        foreach (var chunk in article.Paragraphs.Chunk(RowsPerStatement))
        {
            await using var insertParagraphs = connection.CreateCommand();
            insertParagraphs.Transaction = transaction;
            var sql = new StringBuilder("""INSERT INTO "Paragraphs" ("ArticleId", "Ordinal", "Kind", "Text") VALUES """);
            Add(insertParagraphs, "@a", id);
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "(" : ", (").Append($"@a, @o{i}, @k{i}, @t{i})");
                Add(insertParagraphs, $"@o{i}", chunk[i].Ordinal);
                Add(insertParagraphs, $"@k{i}", chunk[i].Kind.ToString());
                Add(insertParagraphs, $"@t{i}", chunk[i].Text);
            }

            insertParagraphs.CommandText = sql.ToString();
            await insertParagraphs.ExecuteNonQueryAsync(cancellationToken);
        }

        return id;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
