using NewsReader.Web.Domain;

namespace NewsReader.Web.Pages.Annotations;

/// <summary>One field of an annotation as a history entry shows it; a side is null when the entry has no snapshot there.</summary>
public sealed record FieldChange(string Field, string? Before, string? After)
{
    public bool IsChange => Before is not null && After is not null;
}

/// <summary>
/// Says in words what a history entry changed. With both snapshots, only the fields that differ; with one
/// (created, deleted, restored), every field it has, so the entry still says what was made or removed.
/// People, topics and paragraphs are stored by id and named here from lookups the page loads.
/// </summary>
public sealed class SnapshotFields(IReadOnlyDictionary<int, string> people, IReadOnlyDictionary<int, string> topics, IReadOnlyDictionary<int, int> paragraphNumbers)
{
    public IReadOnlyList<FieldChange> Changes(AnnotationSnapshot? before, AnnotationSnapshot? after)
    {
        var fields = new (string Name, Func<AnnotationSnapshot, string?> Read)[]
        {
            ("Text", s => s.Exact),
            ("Kind", s => s.Kind.ToString().ToLowerInvariant()),
            (after?.Kind == AnnotationKind.Quote || (after is null && before?.Kind == AnnotationKind.Quote) ? "Speaker" : "Person", s => Name(people, s.PersonId, "person")),
            ("Topic", s => Name(topics, s.TopicId, "topic")),
            ("Note", s => s.Note),
            ("Place", Place),
            ("Anchoring", s => s.State switch
            {
                AnchorState.Reanchored => "on text that changed a little since it was made",
                AnchorState.Orphaned => "orphaned: its text is no longer in the article",
                _ => "on the text it was made on",
            }),
        };
        var changes = new List<FieldChange>();
        foreach (var (name, read) in fields)
        {
            var (was, now) = (before is null ? null : read(before), after is null ? null : read(after));
            if ((before is not null && after is not null && was == now) || (was is null && now is null))
            {
                continue;
            }

            changes.Add(new FieldChange(name, was ?? (before is null ? null : "none"), now ?? (after is null ? null : "none")));
        }

        return changes;
    }

    private static string? Name(IReadOnlyDictionary<int, string> names, int? id, string what) =>
        id is not int known ? null : names.TryGetValue(known, out var name) ? name : $"a {what} since merged or removed";

    private string Place(AnnotationSnapshot snapshot) => snapshot.ParagraphId switch
    {
        null => "none",
        int id when paragraphNumbers.TryGetValue(id, out var number) => $"paragraph {number}",
        _ => "a paragraph no longer in the article",
    };
}
