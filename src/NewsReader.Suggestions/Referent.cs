namespace NewsReader.Suggestions;

internal enum ReferentKind
{
    /// <summary>A person's name.</summary>
    Person,

    /// <summary>he, she, they, it.</summary>
    Pronoun,

    /// <summary>A definite post ("the prime minister", "our correspondent") that names someone named elsewhere.</summary>
    Role,

    /// <summary>An unnamed source ("a spokesman for the Home Office", "critics").</summary>
    Unnamed,

    /// <summary>A body or place speaking as one ("the committee", "the US State Department").</summary>
    Organisation,

    /// <summary>Something written or said that stands for its author ("Mr Crosby's statement").</summary>
    Artifact,
}

/// <summary>
/// Something in a paragraph that can be the subject of a speech verb: tokens <see cref="First"/>..<see cref="Last"/>.
/// <see cref="AfterPreposition"/> marks an object ("with the BBC"), <see cref="Possessive"/> a possessor ("Mr Howard's").
/// </summary>
internal sealed record Referent(ReferentKind Kind, ParagraphModel Paragraph, int First, int Last)
{
    public PersonCluster? Person { get; init; }

    public Gender Gender { get; init; }

    public bool Plural { get; init; }

    public bool Possessive { get; init; }

    public bool AfterPreposition { get; init; }

    public bool Definite { get; init; }

    /// <summary>The head noun of a role or unnamed source ("minister", "spokesman").</summary>
    public string? Head { get; init; }

    /// <summary>A capitalised office ("the Archbishop of Canterbury"): only someone introduced with it can hold it.</summary>
    public bool Office { get; init; }

    /// <summary>For an artifact, whose it is ("Mr Crosby's" in "Mr Crosby's statement").</summary>
    public Referent? Owner { get; init; }

    public string Text => Paragraph.Text[Paragraph.Tokens[First].Start..Paragraph.Tokens[Last].End];

    /// <summary>Could be the person "he" or "she" refers to.</summary>
    public bool CanBeHuman => Kind is ReferentKind.Person or ReferentKind.Role or ReferentKind.Unnamed || (Kind == ReferentKind.Pronoun && !Plural && Gender != Gender.Unknown);
}
