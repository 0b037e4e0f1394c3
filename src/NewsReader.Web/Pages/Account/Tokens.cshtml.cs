using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;

namespace NewsReader.Web.Pages.Account;

/// <summary>The signed-in user's personal API tokens: create (the secret is shown once) and revoke.</summary>
public sealed class TokensModel(NewsReaderDbContext db, TimeProvider clock) : PageModel
{
    public sealed record TokenRow(int Id, string Name, string Hint, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, DateTimeOffset? ExpiresAt);

    /// <summary>Lifetimes offered, in days (0 = never expires); 90 days unless chosen otherwise.</summary>
    public static readonly int[] Lifetimes = [30, 90, 365, 0];

    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];

    public string? NewSecret { get; private set; }

    private string UserId => User.ToActor().UserId;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    // No redirect after creating: the secret is shown in this response and never stored anywhere.
    public async Task<IActionResult> OnPostCreateAsync(string? name, int? days, CancellationToken cancellationToken)
    {
        var lifetime = days ?? 90;
        if (!Lifetimes.Contains(lifetime))
        {
            ModelState.AddModelError("days", "Choose one of the offered lifetimes.");
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (name?.Length > ApiToken.MaxNameLength)
        {
            ModelState.AddModelError("name", $"A token name has at most {ApiToken.MaxNameLength} characters.");
            await LoadAsync(cancellationToken);
            return Page();
        }

        var (token, secret) = ApiToken.Issue(UserId, name ?? string.Empty, clock.GetUtcNow(), lifetime == 0 ? null : TimeSpan.FromDays(lifetime));
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        NewSecret = secret;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == UserId, cancellationToken);
        if (token is null)
        {
            return NotFound();
        }

        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == UserId)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new TokenRow(t.Id, t.Name, t.Hint, t.CreatedAt, t.LastUsedAt, t.RevokedAt, t.ExpiresAt))
            .ToListAsync(cancellationToken);
}
