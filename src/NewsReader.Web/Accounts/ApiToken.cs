using System.Security.Cryptography;
using System.Text;

namespace NewsReader.Web.Accounts;

/// <summary>
/// A personal API token, as Hypothesis has: shown once when created, stored only as a SHA-256 hash,
/// revocable. Scripts send it as <c>Authorization: Bearer TOKEN</c>.
/// </summary>
public sealed class ApiToken
{
    public const string TokenPrefix = "nr_";
    public const int MaxNameLength = 100;

    private ApiToken()
    {
        UserId = Name = Hash = Hint = string.Empty;
    }

    private ApiToken(string userId, string name, string hash, string hint, DateTimeOffset now, DateTimeOffset? expiresAt)
    {
        UserId = userId;
        Name = name;
        Hash = hash;
        Hint = hint;
        CreatedAt = now;
        ExpiresAt = expiresAt;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string Hash { get; private set; }

    /// <summary>The token's first characters, so its owner can tell tokens apart.</summary>
    public string Hint { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>After this instant the token no longer works; null for a token that never expires.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    /// <summary>Makes a new token; the secret is returned once and never stored.</summary>
    public static (ApiToken Token, string Secret) Issue(string userId, string name, DateTimeOffset now, TimeSpan? lifetime = null)
    {
        if (lifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), "A token's lifetime must be positive.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var trimmed = string.IsNullOrWhiteSpace(name) ? "API token" : name.Trim();
        if (trimmed.Length > MaxNameLength)
        {
            throw new ArgumentException($"A token name has at most {MaxNameLength} characters.", nameof(name));
        }

        var secret = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new ApiToken(userId, trimmed, HashOf(secret), secret[..10], now, now + lifetime), secret);
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public void MarkUsed(DateTimeOffset now) => LastUsedAt = now;
}
