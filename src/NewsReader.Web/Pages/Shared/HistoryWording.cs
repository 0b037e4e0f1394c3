using NewsReader.Web.Domain;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Pages.Shared;

/// <summary>How the history and activity pages say who did what to an annotation.</summary>
public static class HistoryWording
{
    /// <summary>The app re-anchors annotations itself when an ingest changes the text; it has no account.</summary>
    public const string NewsReaderItself = "NewsReader (after an edit of the article)";

    public static string Who(HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.ActorId is null ? NewsReaderItself : entry.Actor ?? "A removed account";
    }

    public static string Action(AnnotationAction action) => action switch
    {
        AnnotationAction.Created => "created",
        AnnotationAction.Edited => "edited",
        AnnotationAction.Deleted => "deleted",
        AnnotationAction.Restored => "restored",
        AnnotationAction.Reanchored => "moved onto changed text",
        AnnotationAction.Orphaned => "orphaned: its text was removed",
        AnnotationAction.Reattached => "re-attached",
        AnnotationAction.Moved => "moved with its text",
        _ => action.ToString().ToLowerInvariant(),
    };

    /// <summary>The text an entry is about: as it was after, or before a deletion.</summary>
    public static string Exact(HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.After?.Exact ?? entry.Before?.Exact ?? string.Empty;
    }
}
