using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Data.Configurations;

public sealed class ParagraphConfiguration : IEntityTypeConfiguration<Paragraph>
{
    public void Configure(EntityTypeBuilder<Paragraph> builder)
    {
        builder.HasIndex(p => new { p.ArticleId, p.Ordinal }).IsUnique();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
    }
}
