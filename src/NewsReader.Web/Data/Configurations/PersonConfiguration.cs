using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Data.Configurations;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Person.MaxNameLength);
        builder.Property(p => p.Key).HasMaxLength(Person.MaxNameLength * 2);
        builder.Property(p => p.Slug).HasMaxLength(Article.MaxSlugLength);
        builder.Property(p => p.Description).HasMaxLength(Person.MaxDescriptionLength);
        builder.HasIndex(p => p.Key).IsUnique();
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Aliases).HasField("_aliases");
    }
}

public sealed class PersonAliasConfiguration : IEntityTypeConfiguration<PersonAlias>
{
    public void Configure(EntityTypeBuilder<PersonAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(Person.MaxNameLength);
        builder.Property(a => a.Key).HasMaxLength(Person.MaxNameLength * 2);
        builder.HasIndex(a => new { a.PersonId, a.Key }).IsUnique();
        builder.HasIndex(a => a.Key);
    }
}

public sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Person.MaxNameLength);
        builder.Property(t => t.Key).HasMaxLength(Person.MaxNameLength * 2);
        builder.Property(t => t.Slug).HasMaxLength(Article.MaxSlugLength);
        builder.Property(t => t.Description).HasMaxLength(Person.MaxDescriptionLength);
        builder.HasIndex(t => t.Key).IsUnique();
        builder.HasIndex(t => t.Slug).IsUnique();
    }
}

public sealed class SlugRedirectConfiguration : IEntityTypeConfiguration<SlugRedirect>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> builder)
    {
        builder.Property(r => r.Kind).HasMaxLength(16);
        builder.Property(r => r.OldSlug).HasMaxLength(Article.MaxSlugLength);
        builder.Property(r => r.NewSlug).HasMaxLength(Article.MaxSlugLength);
        builder.HasIndex(r => new { r.Kind, r.OldSlug }).IsUnique();
    }
}
