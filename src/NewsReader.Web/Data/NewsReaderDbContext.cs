using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Accounts;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Data;

/// <summary>
/// Articles, tagging and accounts in one database (Identity's tables included), and the data-protection keys that
/// sign cookies and antiforgery tokens, so every app instance on the database reads the same key ring.
/// </summary>
public class NewsReaderDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    public NewsReaderDbContext(DbContextOptions<NewsReaderDbContext> options)
        : base(options)
    {
    }

    /// <summary>For <see cref="PostgresSchemaContext"/>: the same model, with PostgreSQL's own migrations.</summary>
    protected NewsReaderDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Paragraph> Paragraphs => Set<Paragraph>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();

    public DbSet<Annotation> Annotations => Set<Annotation>();

    public DbSet<AnnotationEvent> AnnotationEvents => Set<AnnotationEvent>();

    public DbSet<Suggestion> Suggestions => Set<Suggestion>();

    /// <summary>Pending suggestion counts kept by triggers (see <see cref="SuggestionTally"/>); read only.</summary>
    public DbSet<SuggestionTally> SuggestionTallies => Set<SuggestionTally>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Jobs one app instance does at a time (<see cref="Hosting.IngestLease"/>).</summary>
    public DbSet<Lease> Leases => Set<Lease>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(NewsReaderDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset natively; store UTC ticks so "newest first" sorts in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}
