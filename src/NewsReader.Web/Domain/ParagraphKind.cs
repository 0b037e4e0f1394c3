namespace NewsReader.Web.Domain;

/// <summary>Whether a paragraph is article text or scraped page furniture kept for completeness.</summary>
public enum ParagraphKind
{
    Body = 0,
    Caption = 1,
}
