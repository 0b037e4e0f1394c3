using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Data.Configurations;

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(Article.MaxSlugLength);
        builder.HasIndex(a => a.Slug).IsUnique();

        // The source path is the article's identity; the hash is unique so the same text is never stored twice.
        builder.Property(a => a.SourcePath).HasMaxLength(Article.MaxSourcePathLength);
        builder.HasIndex(a => a.SourcePath).IsUnique();
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.HasIndex(a => a.ContentHash).IsUnique();

        builder.HasIndex(a => a.IngestedAt);

        builder.HasMany(a => a.Paragraphs)
            .WithOne()
            .HasForeignKey(p => p.ArticleId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Paragraphs).HasField("_paragraphs");
    }
}
