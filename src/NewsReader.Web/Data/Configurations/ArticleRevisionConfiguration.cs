using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Data.Configurations;

public sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> builder)
    {
        builder.Property(r => r.ContentHash).HasMaxLength(64);

        // A revision is read whole and never queried inside, so its paragraphs are one JSON column.
        builder.Property(r => r.Paragraphs).HasConversion(
            paragraphs => JsonSerializer.Serialize(paragraphs, JsonColumns.Options),
            json => JsonSerializer.Deserialize<List<RevisionParagraph>>(json, JsonColumns.Options) ?? new List<RevisionParagraph>(),
            new ValueComparer<IReadOnlyList<RevisionParagraph>>(
                (a, b) => a != null && b != null && a.SequenceEqual(b),
                paragraphs => paragraphs.Aggregate(0, (hash, p) => HashCode.Combine(hash, p.GetHashCode())),
                paragraphs => paragraphs.ToList()));
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
    }
}

public sealed class AnnotationEventConfiguration : IEntityTypeConfiguration<AnnotationEvent>
{
    public void Configure(EntityTypeBuilder<AnnotationEvent> builder)
    {
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Before).HasConversion(Snapshot.ToJson, Snapshot.FromJson);
        builder.Property(e => e.After).HasConversion(Snapshot.ToJson, Snapshot.FromJson);

        // History is never deleted on its own; it goes only with its article. AnnotationId is no foreign
        // key: deleted annotations are hidden by a query filter, and their history must stay readable.
        builder.HasOne<Article>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(e => e.ActorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.AnnotationId, e.Id });
        builder.HasIndex(e => new { e.ArticleId, e.Id });
        builder.HasIndex(e => new { e.ActorId, e.Id });
    }

    private static class Snapshot
    {
        public static readonly System.Linq.Expressions.Expression<Func<AnnotationSnapshot?, string?>> ToJson =
            snapshot => snapshot == null ? null : JsonSerializer.Serialize(snapshot, JsonColumns.Options);

        public static readonly System.Linq.Expressions.Expression<Func<string?, AnnotationSnapshot?>> FromJson =
            json => json == null ? null : JsonSerializer.Deserialize<AnnotationSnapshot>(json, JsonColumns.Options);
    }
}

/// <summary>One JSON shape for columns that hold a serialised value: camelCase, enums by name.</summary>
internal static class JsonColumns
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
