namespace NewsReader.Suggestions;

internal enum Gender
{
    Unknown,
    Male,
    Female,
}

internal enum MentionKind
{
    Person,
    Organisation,
    Place,

    /// <summary>An office named without its holder: "the Archbishop of Canterbury", "the Salford MP".</summary>
    Post,

    /// <summary>A capitalised word that names nothing by itself ("Green", "Major") but may be someone's surname.</summary>
    Other,
}

/// <summary>How sure a run of capitalised words is to name a person, before the rest of the article is seen.</summary>
internal enum NameEvidence
{
    /// <summary>A single unknown word: a person only if it is someone's surname or given name, or its context says so.</summary>
    Single,

    /// <summary>Several unknown words: a person only if something else in the article agrees.</summary>
    Weak,

    /// <summary>An honorific, or a known given name followed by a surname.</summary>
    Strong,
}

/// <summary>
/// A name found in a paragraph: tokens <see cref="First"/>..<see cref="Last"/> (inclusive, honorific
/// included, possessive ending and post-nominals excluded), and what it names.
/// </summary>
internal sealed class NameMention(ParagraphModel paragraph, int first, int last, MentionKind kind)
{
    public ParagraphModel Paragraph { get; } = paragraph;

    public int First { get; } = first;

    public int Last { get; } = last;

    /// <summary>What the name names; a body's or place's word becomes a person when it is an article person's surname.</summary>
    public MentionKind Kind { get; set; } = kind;

    /// <summary>A single word that is a known place, body or ordinary word, yet may be the surname of someone named in full.</summary>
    public bool CouldBeSurname { get; init; }

    public string? Honorific { get; init; }

    /// <summary>The name's words without the honorific ("Charles", "Kennedy"); a peerage keeps "of" ("Nicholls", "of", "Birkenhead").</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    public bool Possessive { get; init; }

    public NameEvidence Evidence { get; init; }

    /// <summary>Something around the name says it is a person: a post before it, a speech verb or an age after it.</summary>
    public bool HasContextSupport { get; set; }

    /// <summary>A single word before "inquiry", "administration" and the like: a person named only through what bears the name.</summary>
    public bool IsEponym { get; init; }

    /// <summary>Its context shows it doing what only a person does ("Said Ellis:", <c>"..." Vitter demanded</c>).</summary>
    public bool SpeaksAsPerson { get; init; }

    /// <summary>A transcript line's speaker label ("WALLACE:"): a person's name however the rest of the article writes it.</summary>
    public bool IsTranscriptLabel { get; init; }

    /// <summary>Lower-cased posts written before the name ("prime minister", "correspondent").</summary>
    public List<string> Roles { get; init; } = [];

    public Gender Gender { get; init; }

    public PersonCluster? Person { get; set; }

    public long Position => Paragraph.PositionOf(First);

    public int Start => Paragraph.Tokens[First].Start;

    public int End => Paragraph.Tokens[Last].HasPossessiveS ? Paragraph.Tokens[Last].End - 2 : Paragraph.Tokens[Last].End;

    public string Text => Paragraph.Text[Start..End];

    /// <summary>The word a surname match uses: the last name word, or for a peerage the title's word ("Kinnock").</summary>
    public string Core => Words.Count > 2 && Words[^2] == "of" ? Words[^3] : Words[^1];

    public bool IsSingleWord => Words.Count == 1 || (Words.Count > 2 && Words[^2] == "of" && Words.Count == 3);

    public override string ToString() => $"{Kind}:{Text}";
}
