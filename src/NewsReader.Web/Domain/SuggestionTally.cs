namespace NewsReader.Web.Domain;

/// <summary>
/// How many placed, pending suggestions there are of a kind at a confidence percent (the confidence
/// times 100, rounded down). Kept by database triggers on every insert, update and delete of a
/// suggestion, whoever writes it (EF, the set-based inserter, another process), so the review queue
/// counts 1.3 million pending suggestions by summing at most 202 rows instead of reading them all.
/// Never written by the app. It counts before the queue leaves out suggestions that a tag now covers.
/// </summary>
public sealed class SuggestionTally
{
    private SuggestionTally()
    {
    }

    public AnnotationKind Kind { get; private set; }

    public int Percent { get; private set; }

    public int Pending { get; private set; }
}
