using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NewsReader.BrowserTests.Infrastructure;

/// <summary>Runs axe-core (bundled with Deque.AxeCore.Playwright, no network) and keeps the violations that block people.</summary>
public static class Axe
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>Serious and critical violations, one line each: rule, impact, selector, what to fix.</summary>
    public static async Task<IReadOnlyList<string>> BlockingViolationsAsync(this IPage page)
    {
        AxeResult result = await page.RunAxe();
        return result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}) at {n.Target}: {v.Help}. {string.Join(" ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"))
            .ToList();
    }

    public static async Task AssertNoBlockingViolationsAsync(this IPage page, string what)
    {
        var violations = await page.BlockingViolationsAsync();
        Assert.True(violations.Count == 0, $"{what} has serious or critical accessibility violations:\n" + string.Join("\n", violations));
    }
}
