using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsReader.Web.Accounts;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Data.Configurations;

public sealed class AnnotationConfiguration : IEntityTypeConfiguration<Annotation>
{
    public void Configure(EntityTypeBuilder<Annotation> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Prefix).HasMaxLength(Annotation.ContextLength);
        builder.Property(a => a.Suffix).HasMaxLength(Annotation.ContextLength);
        builder.Property(a => a.Note).HasMaxLength(Annotation.MaxNoteLength);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(16);

        // Deleted annotations stay (history, restore) but leave every list and count.
        builder.HasQueryFilter(a => a.DeletedAt == null);

        // Deleting an article takes its annotations with it. A paragraph that an edit removes never does:
        // re-anchoring moves or orphans its annotations first, and the database would only clear the link.
        // People and topics in use cannot be deleted.
        builder.HasOne<Article>().WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Paragraph>().WithMany().HasForeignKey(a => a.ParagraphId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.DeletedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Topic).WithMany().HasForeignKey(a => a.TopicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(a => new { a.ArticleId, a.ParagraphId });
        builder.HasIndex(a => a.PersonId);
        builder.HasIndex(a => new { a.ArticleId, a.PersonId }); // "is this article tagged with them?", asked per suggestion
        builder.HasIndex(a => a.TopicId);
    }
}

public sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(ApiToken.MaxNameLength);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.Property(t => t.Hint).HasMaxLength(16);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder) =>
        builder.Property(u => u.DisplayName).HasMaxLength(AppUser.MaxDisplayNameLength);
}
