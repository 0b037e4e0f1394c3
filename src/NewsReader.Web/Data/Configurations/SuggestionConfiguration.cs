using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsReader.Web.Accounts;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Data.Configurations;

public sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> builder)
    {
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.SpeakerKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        builder.Property(s => s.Prefix).HasMaxLength(Annotation.ContextLength);
        builder.Property(s => s.Suffix).HasMaxLength(Annotation.ContextLength);
        builder.Property(s => s.PersonName).HasMaxLength(Person.MaxNameLength);
        builder.Property(s => s.PersonKey).HasMaxLength(Person.MaxNameLength);
        builder.Property(s => s.SpeakerText).HasMaxLength(Suggestion.MaxSpeakerLength);

        // Suggestions go with their article. A paragraph removed by an edit only clears the link: a reviewed
        // suggestion is the memory that keeps its text from being suggested again. A person, annotation or
        // reviewer going away leaves the record.
        builder.HasOne<Article>().WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Paragraph>().WithMany().HasForeignKey(s => s.ParagraphId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Annotation>().WithMany().HasForeignKey(s => s.AnnotationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.ReviewerId).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(s => new { s.ArticleId, s.Status });
        // The review queue's order (most confident first, then reading order), so its first page is read
        // off an index and the read stops after it, however many are pending: all kinds, and one kind.
        // Partial (pending only) and without Status as a column, so no other query with Status = 'Pending'
        // takes them for a lookup by person or article and reads a million entries.
        builder.HasIndex(s => new { s.Confidence, s.ArticleId, s.ParagraphId, s.Start })
            .IsDescending(true, false, false, false)
            .HasFilter("\"Status\" = 'Pending'")
            .HasDatabaseName("IX_Suggestions_Queue");
        builder.HasIndex(s => new { s.Kind, s.Confidence, s.ArticleId, s.ParagraphId, s.Start })
            .IsDescending(false, true, false, false, false)
            .HasFilter("\"Status\" = 'Pending'")
            .HasDatabaseName("IX_Suggestions_QueueByKind");
        // A person's pending mentions, newest first (the person page): person, status and kind equal, then id order.
        builder.HasIndex(s => new { s.PersonId, s.Status, s.Kind });
        builder.HasIndex(s => new { s.PersonKey, s.Status, s.Kind });
        builder.HasIndex(s => s.AnnotationId);
    }
}

public sealed class SuggestionTallyConfiguration : IEntityTypeConfiguration<SuggestionTally>
{
    public void Configure(EntityTypeBuilder<SuggestionTally> builder)
    {
        builder.ToTable("SuggestionTallies");
        builder.HasKey(t => new { t.Kind, t.Percent });
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
    }
}
