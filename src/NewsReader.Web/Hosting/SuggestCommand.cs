using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Reviewing;

namespace NewsReader.Web.Hosting;

/// <summary>
/// <c>suggest [SLUG...]</c>: runs the quote and people suggestions over every stored article (or the
/// ones named), keeping what reviewers accepted or rejected. Safe to run while the app serves.
/// </summary>
public static class SuggestCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var settings = args.Where(CommandLine.IsSetting).ToArray();
        var slugs = args.Where(a => !CommandLine.IsSetting(a)).ToList();
        if (slugs.FirstOrDefault(s => s.StartsWith('-')) is { } option)
        {
            error.WriteLine($"suggest: unknown option {option}. Usage: suggest [SLUG...] (no slug: every article).");
            return CommandLine.UsageError;
        }

        using var host = CommandHost.Build(settings);
        if (!await CommandHost.TryInitializeDatabaseAsync(host, "suggest", error))
        {
            return CommandLine.Failures;
        }

        List<int>? ids = null;
        if (slugs.Count > 0)
        {
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<NewsReaderDbContext>>().CreateDbContextAsync();
            var found = await db.Articles.AsNoTracking().Where(a => slugs.Contains(a.Slug)).Select(a => new { a.Id, a.Slug }).ToListAsync();
            var missing = slugs.Except(found.Select(f => f.Slug), StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                error.WriteLine($"suggest: no article has the slug {string.Join(", ", missing)}.");
                return CommandLine.UsageError;
            }

            ids = [.. found.Select(f => f.Id)];
        }

        var summary = await host.Services.GetRequiredService<SuggestionGenerator>().SuggestAsync(ids, null, CancellationToken.None);
        output.WriteLine($"Suggested in {summary.Elapsed.TotalSeconds:0.0} s: {summary}");
        return CommandLine.Success;
    }
}
