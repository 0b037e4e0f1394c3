namespace NewsReader.Web.Domain;

/// <summary>How an annotation relates to its article's current text.</summary>
public enum AnchorState
{
    /// <summary>On the text it was made on (or found again verbatim after an edit).</summary>
    Anchored = 0,

    /// <summary>Moved to text that an edit changed a little; the text it was made on is kept.</summary>
    Reanchored = 1,

    /// <summary>Its text is gone from the article: kept with its old text, waiting to be re-attached or deleted.</summary>
    Orphaned = 2,
}
