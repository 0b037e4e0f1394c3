namespace NewsReader.Suggestions;

/// <summary>
/// Reads a noun phrase backwards from its head noun: "an executive spokesman", "the influential Commons
/// home affairs committee", "Scotland's justice minister", "a spokesman for the Home Office".
/// </summary>
internal static class NounPhraseReader
{
    private static readonly HashSet<string> ArtifactNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "letter", "website", "blog", "book", "article", "column", "memoir", "memoirs", "autobiography", "tweet", "message",
    };

    private static readonly HashSet<string> Definite = new(StringComparer.OrdinalIgnoreCase) { "the", "our", "this", "that", "his", "her", "their", "its" };

    private static readonly HashSet<string> Breaks = new(StringComparer.OrdinalIgnoreCase) { "and", "but", "or", "that", "which", "who", "as", "than", "if", "when", "while" };

    private static readonly HashSet<string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase) { "people", "men", "women", "police", "staff", "children", "public" };

    private const int MaxModifiers = 5;

    public static Referent? Read(ParagraphModel paragraph, int head)
    {
        var tokens = paragraph.Tokens;
        var word = tokens[head];
        if (!(word.IsLower || word.StartsSentence) || !IsHeadNoun(word.Text) || (head + 1 < tokens.Count && FollowedByName(paragraph, head)) || SourceOfThing(tokens, head))
        {
            return null;
        }

        var (first, definite) = PhraseStart(paragraph, head);
        var text = word.Text.ToLowerInvariant();
        var last = ExtendWithBody(paragraph, head);
        var plural = IrregularPlurals.Contains(text) || (text.EndsWith('s') && !text.EndsWith("ss", StringComparison.Ordinal));

        // "the minister" names someone named elsewhere; "the spokesman" stays an unnamed source.
        var kind = Lexicon.OrganisationNouns.Contains(text) ? ReferentKind.Organisation
            : definite && (Lexicon.RoleNouns.Contains(text) || IsAge(text)) && !Lexicon.UnnamedSourceNouns.Contains(text) && !plural ? ReferentKind.Role
            : ReferentKind.Unnamed;
        return new Referent(kind, paragraph, first, last)
        {
            Head = text,
            Definite = definite,
            Plural = plural,
            Gender = RoleGender.Of(text),
        };
    }

    /// <summary>"the source of speculation", "a source of concern": a source of a thing is no one's words.</summary>
    private static bool SourceOfThing(List<Token> tokens, int head)
    {
        var of = head + 1;
        var thing = of + 1 < tokens.Count && Lexicon.Determiners.Contains(tokens[of + 1].Text) ? of + 2 : of + 1;
        return tokens[head].Text.ToLowerInvariant() is "source" or "sources" && of < tokens.Count && tokens[of].Is("of")
            && thing < tokens.Count && tokens[thing].IsLower && !IsHeadNoun(tokens[thing].Text);
    }

    /// <summary>A head noun that is not followed by another one heads its own phrase ("the home secretary | wants young people").</summary>
    private static bool OwnHead(List<Token> tokens, int t) =>
        tokens[t].IsLower && IsHeadNoun(tokens[t].Text) && !(tokens[t + 1].IsLower && IsHeadNoun(tokens[t + 1].Text));

    /// <summary>
    /// Where the phrase starts, back over its modifiers to a determiner or possessive ("Scotland's
    /// justice minister"), and whether that makes it definite. Another head noun to the left belongs to
    /// a phrase of its own ("the home secretary | wants young people").
    /// </summary>
    private static (int First, bool Definite) PhraseStart(ParagraphModel paragraph, int head)
    {
        var tokens = paragraph.Tokens;
        var first = head;
        while (first > 0 && head - first < MaxModifiers && IsModifier(paragraph, first - 1) && !OwnHead(tokens, first - 1))
        {
            first--;
            var possessive = tokens[first].HasPossessiveS || paragraph.Names[first]?.Possessive == true;
            if (Lexicon.Determiners.Contains(tokens[first].Text) || possessive)
            {
                return (paragraph.Names[first]?.First ?? first, Definite.Contains(tokens[first].Text) || possessive);
            }
        }

        return (first, false);
    }

    /// <summary>The artifact noun after a possessive name ("Mr Crosby's statement"), or null.</summary>
    public static int? ArtifactAfter(ParagraphModel paragraph, NameMention name)
    {
        var tokens = paragraph.Tokens;
        if (!name.Possessive || name.Kind != MentionKind.Person)
        {
            return null;
        }

        var next = tokens[name.Last].HasPossessiveS ? name.Last + 1 : name.Last + 2;
        for (var t = next; t < tokens.Count && t < next + 3 && tokens[t].IsLower; t++)
        {
            if (ArtifactNouns.Contains(tokens[t].Text))
            {
                return t;
            }
        }

        return null;
    }

    private static bool IsHeadNoun(string word) =>
        Lexicon.UnnamedSourceNouns.Contains(word) || Lexicon.RoleNouns.Contains(word) || Lexicon.OrganisationNouns.Contains(word) || IsAge(word);

    /// <summary>"the 30-year-old" names a person by age.</summary>
    private static bool IsAge(string word) => word.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A head noun right before a name, another head noun or an unknown lower-case word is only a
    /// modifier ("spokesman Ed Davey", "election strategist", "delegate conference"); before a verb
    /// ("said", "believes", "is") or a preposition it heads its phrase.
    /// </summary>
    private static bool FollowedByName(ParagraphModel paragraph, int head)
    {
        var next = paragraph.Tokens[head + 1];
        if (paragraph.Names[head + 1] is { Kind: MentionKind.Person } || (next.IsLower && IsHeadNoun(next.Text)))
        {
            return true;
        }

        // "minister of sport Jaime Lissavetzky": a post written out with its field before the name.
        if (next.Is("of") && head + 3 < paragraph.Tokens.Count && paragraph.Tokens[head + 2].IsLower && paragraph.Names[head + 3] is { Kind: MentionKind.Person })
        {
            return true;
        }

        var lower = next.Text.ToLowerInvariant();
        var ends = next.Text.EndsWith('s') || next.Text.EndsWith("ed", StringComparison.Ordinal) || next.Text.EndsWith("ly", StringComparison.Ordinal);
        var function = Breaks.Contains(lower) || Lexicon.VerbPrefixes.Contains(lower) || Lexicon.SpeechVerbs.Contains(lower) || ReferentScanner.IsPreposition(next)
            || Lexicon.Determiners.Contains(lower) || lower is "who" or "whose" or "which" or "to";
        return next.IsLower && !ends && !function;
    }

    private static bool IsModifier(ParagraphModel paragraph, int t)
    {
        var token = paragraph.Tokens[t];
        // A person's name modifies a phrase only as an eponym ("a Trump administration official").
        if (!token.IsWord || token.Quote >= 0 || paragraph.Names[t] is { Kind: MentionKind.Person, Possessive: false, IsEponym: false })
        {
            return false;
        }

        var lower = token.Text.ToLowerInvariant();
        return !Breaks.Contains(lower) && !(Lexicon.VerbPrefixes.Contains(lower) && lower != "first") && !Lexicon.SpeechVerbs.Contains(lower)
            && !ReferentScanner.IsPreposition(token) && !Lexicon.MalePronouns.Contains(lower) && !Lexicon.FemalePronouns.Contains(lower)
            && !Lexicon.PluralPronouns.Contains(lower);
    }

    /// <summary>"a spokesman for the Home Office": a body named right after the head belongs to the phrase.</summary>
    private static int ExtendWithBody(ParagraphModel paragraph, int head)
    {
        var tokens = paragraph.Tokens;
        var t = head + 1;
        if (t >= tokens.Count || !(tokens[t].Is("for") || tokens[t].Is("of") || tokens[t].Is("at") || tokens[t].Is("from")))
        {
            return head;
        }

        t++;
        if (t < tokens.Count && tokens[t].Is("the"))
        {
            t++;
        }

        // Any capitalised name that is not a person's will do: "a spokesman for Unison" names a body the lists lack.
        return t < tokens.Count && paragraph.Names[t] is { } body && body.Person is null && body.Kind != MentionKind.Post ? body.Last : head;
    }
}
