namespace NewsReader.Web.Domain;

/// <summary>What a tagged span is: a direct quote (with its speaker), a mention of a person, or a topic.</summary>
public enum AnnotationKind
{
    Quote = 0,
    Person = 1,
    Topic = 2,
}
