using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Reviewing;
using NewsReader.Web.Tagging;

namespace NewsReader.ScaleBench;

/// <summary>
/// The untimed second half of setup: a reviewer accepts pending suggestions through the app's
/// <see cref="SuggestionReview"/> until the database holds the annotations the benchmark asks for.
/// <para>
/// The people are the <c>--people</c> names (by <see cref="Suggestion.PersonKey"/>) with the most
/// suggestions at the confidence floor, counting mentions and quotes whose speaker is that person. Each
/// gets a share of <c>--annotations</c> in proportion to their suggestions (at least one), taken evenly
/// across the corpus, so a much-quoted person ends up with many quotes and the last ones with a few, as
/// in a real archive. Optionally, <c>--topics</c> articles get one topic annotation each, on a keyword
/// of their text, through <see cref="AnnotationService"/>.
/// </para>
/// </summary>
internal static partial class Acceptor
{
    private const string Email = "scale-bench@example.org";
    private const int ScopeSize = 500;

    public static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken cancellationToken)
    {
        var database = Database(options);
        var people = options.Number("--people", 2_000, 1, 1_000_000);
        var wanted = options.Number("--annotations", 50_000, 0, 100_000_000);
        var topics = options.Number("--topics", wanted / 25, 0, 10_000_000);
        var floor = options.Fraction("--min-confidence", 0.8);

        var stopwatch = Stopwatch.StartNew();
        await using var services = AppServices.Build(database, relaxedSync: true);
        var actor = await CreateUserAsync(services, cancellationToken);
        var ranked = await RankAsync(services, people, floor, cancellationToken);
        var total = ranked.Sum(r => r.Ids.Count);
        output.WriteLine(Line($"- chose {ranked.Count:N0} people with {total:N0} pending suggestions at confidence >= {floor} (most: {Describe(ranked.FirstOrDefault())}; fewest: {Describe(ranked.LastOrDefault())}) in {stopwatch.Elapsed.TotalSeconds:0.0} s"));

        var quotas = Quotas(ranked, wanted);
        var picked = new HashSet<int>();
        var tally = new Tally();
        for (var pass = 1; pass <= 3 && tally.Accepted < wanted; pass++)
        {
            // The first pass takes each person's share; later ones make up for suggestions that could not be
            // accepted, taking the next untaken ones person by person.
            var batch = pass == 1 ? Spread(ranked, quotas) : TopUp(ranked, picked, wanted - tally.Accepted);
            if (batch.Count == 0)
            {
                break;
            }

            picked.UnionWith(batch);
            await AcceptAsync(services, batch, actor, tally, wanted, stopwatch, cancellationToken);
        }

        output.WriteLine(Line($"- accepted {tally.Accepted:N0} suggestions as annotations ({tally.Quotes:N0} quotes, {tally.Mentions:N0} mentions; {tally.Failed:N0} not accepted{tally.Reasons()}) in {stopwatch.Elapsed.TotalSeconds:0.0} s, synchronous=OFF"));

        if (topics > 0)
        {
            var topicWatch = Stopwatch.StartNew();
            var (tagged, refused) = await TagTopicsAsync(services, topics, actor, cancellationToken);
            output.WriteLine(Line($"- tagged {tagged:N0} articles with a topic on a keyword of their text ({refused:N0} refused) in {topicWatch.Elapsed.TotalSeconds:0.0} s"));
        }

        await services.DisposeAsync();
        AppServices.Checkpoint(database);
        return 0;
    }

    public static string Database(Options options)
    {
        var database = options.Text("--db") ?? throw new UsageException("needs --db FILE");
        return File.Exists(database) ? database : throw new UsageException($"no database at {database}");
    }

    private sealed record Ranked(string Key, string Name, List<int> Ids);

    private static string Describe(Ranked? person) => person is null ? "none" : Line($"{person.Name}, {person.Ids.Count:N0}");

    // The people with the most confident suggestions, each with their suggestion ids in corpus order.
    private static async Task<List<Ranked>> RankAsync(IServiceProvider services, int people, double floor, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
        var named = db.Suggestions.AsNoTracking().Where(s => s.Status == SuggestionStatus.Pending && s.ParagraphId != null && s.Confidence >= floor
            && s.PersonKey != null && (s.Kind == AnnotationKind.Person || (s.Kind == AnnotationKind.Quote && s.SpeakerKind == SuggestedSpeaker.Person)));
        var top = await named.GroupBy(s => s.PersonKey!)
            .Select(g => new { Key = g.Key, Count = g.Count(), Name = g.Min(s => s.PersonName)! })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key)
            .Take(people)
            .ToListAsync(cancellationToken);
        var keys = top.Select(t => t.Key).ToList();
        var ids = (await named.Where(s => keys.Contains(s.PersonKey!)).Select(s => new { s.Id, s.PersonKey }).ToListAsync(cancellationToken))
            .GroupBy(s => s.PersonKey!)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Id).Order().ToList(), StringComparer.Ordinal);
        return [.. top.Select(t => new Ranked(t.Key, t.Name, ids[t.Key]))];
    }

    // Shares in proportion to each person's suggestions, at least one each and never more than they have,
    // adding or removing one at a time from the top of the ranking until they sum to what is wanted.
    private static int[] Quotas(List<Ranked> ranked, int wanted)
    {
        double total = Math.Max(1, ranked.Sum(r => r.Ids.Count));
        var quotas = ranked.Select(r => Math.Min(r.Ids.Count, Math.Max(1, (int)(wanted * r.Ids.Count / total)))).ToArray();
        var sum = quotas.Sum();
        for (var changed = true; sum < wanted && changed;)
        {
            changed = false;
            for (var i = 0; i < quotas.Length && sum < wanted; i++)
            {
                if (quotas[i] < ranked[i].Ids.Count)
                {
                    quotas[i]++;
                    sum++;
                    changed = true;
                }
            }
        }

        for (var changed = true; sum > wanted && changed;)
        {
            changed = false;
            for (var i = 0; i < quotas.Length && sum > wanted; i++)
            {
                if (quotas[i] > 1)
                {
                    quotas[i]--;
                    sum--;
                    changed = true;
                }
            }
        }

        return quotas;
    }

    // Each person's share, evenly spaced over their suggestions (so over the whole corpus), in id order.
    private static List<int> Spread(List<Ranked> ranked, int[] quotas)
    {
        var batch = new List<int>();
        for (var i = 0; i < ranked.Count; i++)
        {
            var ids = ranked[i].Ids;
            for (var j = 0; j < quotas[i]; j++)
            {
                batch.Add(ids[(int)((j + 0.5) * ids.Count / quotas[i])]);
            }
        }

        batch.Sort();
        return batch;
    }

    private static List<int> TopUp(List<Ranked> ranked, HashSet<int> picked, int shortage)
    {
        var left = ranked.Select(r => new Queue<int>(r.Ids.Where(id => !picked.Contains(id)))).ToList();
        var batch = new List<int>();
        while (batch.Count < shortage && left.Any(q => q.Count > 0))
        {
            foreach (var queue in left)
            {
                if (queue.Count > 0 && batch.Count < shortage)
                {
                    batch.Add(queue.Dequeue());
                }
            }
        }

        batch.Sort();
        return batch;
    }

    private sealed class Tally
    {
        public int Accepted { get; set; }

        public int Quotes { get; set; }

        public int Mentions { get; set; }

        public int Failed { get; set; }

        public Dictionary<TaggingStatus, int> Failures { get; } = [];

        public string Reasons() => Failures.Count == 0 ? string.Empty : ": " + string.Join(", ", Failures.Select(f => $"{f.Key.ToString().ToLowerInvariant()} {f.Value:N0}"));
    }

    private static async Task AcceptAsync(IServiceProvider services, List<int> batch, Actor actor, Tally tally, int wanted, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        foreach (var chunk in batch.Chunk(ScopeSize))
        {
            // A scope per few hundred accepts keeps the context's caches from growing over the whole run.
            await using var scope = services.CreateAsyncScope();
            var review = scope.ServiceProvider.GetRequiredService<SuggestionReview>();
            var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
            foreach (var id in chunk)
            {
                if (tally.Accepted >= wanted)
                {
                    return;
                }

                db.ChangeTracker.Clear();
                var result = await review.AcceptAsync(id, corrections: null, actor, cancellationToken);
                if (result.Status == TaggingStatus.Ok)
                {
                    tally.Accepted++;
                    if (result.Value!.Kind == AnnotationKind.Quote)
                    {
                        tally.Quotes++;
                    }
                    else
                    {
                        tally.Mentions++;
                    }
                }
                else
                {
                    tally.Failed++;
                    tally.Failures[result.Status] = tally.Failures.GetValueOrDefault(result.Status) + 1;
                }

                if ((tally.Accepted + tally.Failed) % 10_000 == 0)
                {
                    await Console.Error.WriteLineAsync(Line($"scalebench: accepted {tally.Accepted:N0} of {wanted:N0} ({stopwatch.Elapsed.TotalSeconds:0} s)"));
                }
            }
        }
    }

    // Keywords whose first appearance in an article is tagged as a topic, and the topic each one names.
    private static readonly Dictionary<string, string> TopicNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["economy"] = "Economy", ["economic"] = "Economy", ["growth"] = "Economy", ["bank"] = "Banking", ["shares"] = "Markets",
        ["market"] = "Markets", ["profits"] = "Company results", ["sales"] = "Company results", ["oil"] = "Energy", ["tax"] = "Tax",
        ["election"] = "Elections", ["vote"] = "Elections", ["government"] = "Government", ["minister"] = "Government",
        ["party"] = "Parties", ["Iraq"] = "Iraq", ["police"] = "Crime", ["court"] = "Courts", ["school"] = "Education",
        ["health"] = "Health", ["film"] = "Film", ["music"] = "Music", ["album"] = "Music", ["award"] = "Awards",
        ["television"] = "Television", ["TV"] = "Television", ["football"] = "Football", ["rugby"] = "Rugby",
        ["tennis"] = "Tennis", ["athletics"] = "Athletics", ["cricket"] = "Cricket", ["match"] = "Sport", ["club"] = "Sport",
        ["broadband"] = "Internet", ["internet"] = "Internet", ["online"] = "Internet", ["mobile"] = "Mobile phones",
        ["software"] = "Software", ["computer"] = "Computing", ["games"] = "Video games", ["technology"] = "Technology",
    };

    [GeneratedRegex(@"\b(economy|economic|growth|bank|shares|market|profits|sales|oil|tax|election|vote|government|minister|party|Iraq|police|court|school|health|film|music|album|award|television|TV|football|rugby|tennis|athletics|cricket|match|club|broadband|internet|online|mobile|software|computer|games|technology)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TopicWord();

    // Articles evenly spaced over the corpus; one without a keyword passes its turn to the next article.
    private static async Task<(int Tagged, int Refused)> TagTopicsAsync(IServiceProvider services, int wanted, Actor actor, CancellationToken cancellationToken)
    {
        List<int> articleIds;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
            articleIds = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        }

        var count = Math.Min(wanted, articleIds.Count);
        var starts = Enumerable.Range(0, count).Select(j => (int)((long)j * articleIds.Count / count)).ToList();
        int tagged = 0, refused = 0;
        foreach (var chunk in starts.Chunk(ScopeSize))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
            var annotations = scope.ServiceProvider.GetRequiredService<AnnotationService>();
            foreach (var start in chunk)
            {
                for (var next = start; next < articleIds.Count && next < start + 20; next++)
                {
                    db.ChangeTracker.Clear();
                    var articleId = articleIds[next];
                    var paragraphs = await db.Paragraphs.AsNoTracking().Where(p => p.ArticleId == articleId).OrderBy(p => p.Ordinal)
                        .Select(p => new { p.Id, p.Text }).ToListAsync(cancellationToken);
                    var hit = paragraphs.Select(p => (p.Id, Match: TopicWord().Match(p.Text))).FirstOrDefault(h => h.Match.Success);
                    if (hit.Match is null)
                    {
                        continue;
                    }

                    var slug = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => a.Slug).SingleAsync(cancellationToken);
                    var word = hit.Match.Value;
                    var input = new NewAnnotation(hit.Id, hit.Match.Index, hit.Match.Index + word.Length, word, "topic", null, new NameRef(null, TopicNames[word]), null);
                    var result = await annotations.CreateAsync(slug, input, actor, cancellationToken);
                    (tagged, refused) = result.Status == TaggingStatus.Ok ? (tagged + 1, refused) : (tagged, refused + 1);
                    break;
                }
            }
        }

        return (tagged, refused);
    }

    // The reviewer: a plain account row (it never signs in; the measured user is made by the app's own command).
    private static async Task<Actor> CreateUserAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
        var existing = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == Email.ToUpperInvariant()).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new Actor(existing, IsAdmin: false);
        }

        var user = new AppUser
        {
            UserName = Email,
            NormalizedUserName = Email.ToUpperInvariant(),
            Email = Email,
            NormalizedEmail = Email.ToUpperInvariant(),
            DisplayName = "Scale bench reviewer",
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return new Actor(user.Id, IsAdmin: false);
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
