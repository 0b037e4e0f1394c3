namespace NewsReader.Web.Ingestion;

/// <summary>Counts for one ingestion run; <see cref="ToString"/> is the summary line scripts read.</summary>
public sealed class IngestionSummary
{
    public int New { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public int Duplicate { get; private set; }

    public int Rejected { get; private set; }

    public int Warnings { get; private set; }

    /// <summary>Annotations moved onto changed text by edits in this run.</summary>
    public int Reanchored { get; private set; }

    /// <summary>Annotations whose text edits in this run removed.</summary>
    public int Orphaned { get; private set; }

    public int Files => New + Updated + Unchanged + Duplicate + Rejected;

    /// <summary>Suggestion counts for the new and changed articles, when suggestions ran.</summary>
    public Reviewing.SuggestionRunSummary? Suggestions { get; set; }

    public void Count(ImportStatus status)
    {
        switch (status)
        {
            case ImportStatus.New: New++; break;
            case ImportStatus.Updated: Updated++; break;
            case ImportStatus.Unchanged: Unchanged++; break;
            case ImportStatus.Duplicate: Duplicate++; break;
            default: throw new ArgumentOutOfRangeException(nameof(status), status, null);
        }
    }

    public void CountRejected() => Rejected++;

    public void CountAnchoring(RevisionReport revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        Reanchored += revision.Reanchored;
        Orphaned += revision.Orphaned;
    }

    public void CountWarning() => Warnings++;

    public void Add(IngestionSummary other)
    {
        New += other.New;
        Updated += other.Updated;
        Unchanged += other.Unchanged;
        Duplicate += other.Duplicate;
        Rejected += other.Rejected;
        Warnings += other.Warnings;
        Reanchored += other.Reanchored;
        Orphaned += other.Orphaned;
    }

    public override string ToString() =>
        $"new={New} updated={Updated} unchanged={Unchanged} duplicate={Duplicate} rejected={Rejected} warnings={Warnings} reanchored={Reanchored} orphaned={Orphaned}";
}
