using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Reviewing;

namespace NewsReader.ScaleBench;

/// <summary>
/// What the prepared database holds, and the pages to measure on it, as <c>key=value</c> lines the bench
/// script reads: counts, the size on disk, the most-quoted person, one with one or two quotes, the most
/// annotated article, and a search word and type-ahead prefix taken from the most-quoted person's name.
/// </summary>
internal static class Stats
{
    public static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken cancellationToken)
    {
        var database = Acceptor.Database(options);
        var values = new List<(string Key, object Value)>();
        await using (var services = AppServices.Build(database, relaxedSync: false))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
            var live = db.Annotations.AsNoTracking().Where(a => a.DeletedAt == null);
            values.Add(("articles", await db.Articles.CountAsync(cancellationToken)));
            values.Add(("paragraphs", await db.Paragraphs.CountAsync(cancellationToken)));
            values.Add(("annotations", await live.CountAsync(cancellationToken)));
            values.Add(("quote_annotations", await live.CountAsync(a => a.Kind == AnnotationKind.Quote, cancellationToken)));
            values.Add(("person_annotations", await live.CountAsync(a => a.Kind == AnnotationKind.Person, cancellationToken)));
            values.Add(("topic_annotations", await live.CountAsync(a => a.Kind == AnnotationKind.Topic, cancellationToken)));
            values.Add(("people", await db.People.CountAsync(cancellationToken)));
            values.Add(("people_tagged", await live.Where(a => a.PersonId != null).Select(a => a.PersonId).Distinct().CountAsync(cancellationToken)));
            values.Add(("topics", await db.Topics.CountAsync(cancellationToken)));
            values.Add(("suggestions", await db.Suggestions.CountAsync(cancellationToken)));
            values.Add(("suggestions_pending", await db.Suggestions.CountAsync(s => s.Status == SuggestionStatus.Pending, cancellationToken)));
            values.Add(("suggestions_in_queue", await SuggestionQueries.Pending(db).CountAsync(cancellationToken)));

            var quotesByPerson = live.Where(a => a.Kind == AnnotationKind.Quote && a.PersonId != null)
                .GroupBy(a => a.PersonId!.Value).Select(g => new { PersonId = g.Key, Quotes = g.Count() });
            var many = await quotesByPerson.OrderByDescending(q => q.Quotes).ThenBy(q => q.PersonId).FirstOrDefaultAsync(cancellationToken);
            var few = await quotesByPerson.Where(q => q.Quotes <= 2).OrderByDescending(q => q.Quotes).ThenBy(q => q.PersonId).FirstOrDefaultAsync(cancellationToken);
            foreach (var (prefix, pick) in new[] { ("many", many), ("few", few) })
            {
                if (pick is null)
                {
                    continue;
                }

                var person = await db.People.AsNoTracking().Where(p => p.Id == pick.PersonId).Select(p => new { p.Slug, p.Name }).SingleAsync(cancellationToken);
                values.Add(($"{prefix}_slug", person.Slug));
                values.Add(($"{prefix}_name", person.Name));
                values.Add(($"{prefix}_quotes", pick.Quotes));
                values.Add(($"{prefix}_mentions", await live.CountAsync(a => a.PersonId == pick.PersonId && a.Kind == AnnotationKind.Person, cancellationToken)));
            }

            if (many is not null)
            {
                // "Tony Blair" gives "blair" to search for and "bla" to type.
                var name = values.First(v => v.Key == "many_name").Value.ToString()!;
                var word = new string([.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].Where(char.IsAsciiLetter)]).ToLowerInvariant();
                values.Add(("search_name", word));
                values.Add(("typeahead", word.Length > 3 ? word[..3] : word));
            }

            var article = await live.GroupBy(a => a.ArticleId).Select(g => new { ArticleId = g.Key, Count = g.Count() })
                .OrderByDescending(g => g.Count).ThenBy(g => g.ArticleId).FirstOrDefaultAsync(cancellationToken);
            if (article is not null)
            {
                values.Add(("article_slug", await db.Articles.Where(a => a.Id == article.ArticleId).Select(a => a.Slug).SingleAsync(cancellationToken)));
                values.Add(("article_annotations", article.Count));
                values.Add(("article_pending", await SuggestionQueries.Pending(db).CountAsync(s => s.ArticleId == article.ArticleId, cancellationToken)));
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        long bytes = 0;
        foreach (var suffix in new[] { string.Empty, "-wal" })
        {
            bytes += File.Exists(database + suffix) ? new FileInfo(database + suffix).Length : 0;
        }

        values.Add(("database_bytes", bytes));
        foreach (var (key, value) in values)
        {
            // One line each; a value never holds a line break (names are single-line by the app's rules).
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key}={value}"));
        }

        return 0;
    }
}
