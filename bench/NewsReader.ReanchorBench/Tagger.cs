using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Reviewing;
using NewsReader.Web.Tagging;

namespace NewsReader.ReanchorBench;

/// <summary>
/// Turns the extractor's confident suggestions into annotations the way a reviewer would: through
/// <see cref="SuggestionReview"/>, as one bench user. This gives every article realistic annotations
/// (names, quotes) without the bench inventing spans the app would not make.
/// </summary>
internal static class Tagger
{
    public const double MinConfidence = 0.8;

    /// <summary>Quotes whose speaker is not a named person need one to be accepted; all get this one.</summary>
    private const string UnnamedSpeaker = "Unnamed Source";

    public static async Task<(int Accepted, int Failed)> AcceptConfidentAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var actor = await CreateUserAsync(services, cancellationToken);
        List<string> slugs;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
            slugs = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Slug).ToListAsync(cancellationToken);
        }

        int accepted = 0, failed = 0;
        foreach (var chunk in slugs.Chunk(50))
        {
            // A scope per 50 articles keeps the context's caches from growing over the whole corpus.
            await using var scope = services.CreateAsyncScope();
            var review = scope.ServiceProvider.GetRequiredService<SuggestionReview>();
            var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
            foreach (var slug in chunk)
            {
                var all = await review.AcceptAllAsync(slug, MinConfidence, actor, cancellationToken);
                accepted += all.Value!.Accepted;
                failed += all.Value.Failed;
                if (all.Value.NeedSpeaker > 0)
                {
                    // "Accept all" leaves quotes without a named speaker for a reviewer; name one, as a reviewer would.
                    var (a, f) = await AcceptUnnamedAsync(db, review, slug, actor, cancellationToken);
                    accepted += a;
                    failed += f;
                }
            }
        }

        return (accepted, failed);
    }

    private static async Task<(int Accepted, int Failed)> AcceptUnnamedAsync(NewsReaderDbContext db, SuggestionReview review, string slug, Actor actor, CancellationToken cancellationToken)
    {
        var articleId = await db.Articles.AsNoTracking().Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync(cancellationToken);
        var pending = await SuggestionQueries.ForArticleAsync(db, articleId, cancellationToken);
        int accepted = 0, failed = 0;
        foreach (var suggestion in pending.Where(s => s.Confidence >= MinConfidence && s.Kind == AnnotationKind.Quote && s.Person is null))
        {
            db.ChangeTracker.Clear();
            var result = await review.AcceptAsync(suggestion.Id, new SuggestionCorrections(Person: new NameRef(null, UnnamedSpeaker)), actor, cancellationToken);
            (accepted, failed) = result.Status == TaggingStatus.Ok ? (accepted + 1, failed) : (accepted, failed + 1);
        }

        return (accepted, failed);
    }

    private static async Task<Actor> CreateUserAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
        const string Email = "reanchor-bench@example.org";
        var user = new AppUser
        {
            UserName = Email,
            NormalizedUserName = Email.ToUpperInvariant(),
            Email = Email,
            NormalizedEmail = Email.ToUpperInvariant(),
            DisplayName = "Re-anchoring bench",
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return new Actor(user.Id, IsAdmin: false);
    }
}
