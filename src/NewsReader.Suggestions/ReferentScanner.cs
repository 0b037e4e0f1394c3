namespace NewsReader.Suggestions;

/// <summary>
/// Lists the referents in a stretch of a paragraph, outside quotations: names, pronouns and noun
/// phrases headed by a source noun ("a spokesman for the Home Office", "the committee", "critics").
/// </summary>
internal static class ReferentScanner
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "of", "for", "to", "with", "by", "from", "about", "at", "on", "into", "against", "between", "among",
        "over", "under", "than", "like", "towards", "toward", "without", "during", "before", "after", "behind", "as",
    };

    public static List<Referent> Scan(ParagraphModel paragraph, int from, int to)
    {
        var found = new List<Referent>();
        var tokens = paragraph.Tokens;
        for (var t = from; t < to; t++)
        {
            if (tokens[t].Quote >= 0 || !tokens[t].IsWord)
            {
                continue;
            }

            // A capitalised word that names no one ("Critics" opening a sentence) is read as an ordinary word.
            var name = paragraph.Names[t] is { Kind: not MentionKind.Other } mention && !(mention.Kind == MentionKind.Person && mention.Person is null) ? mention : null;
            var referent = name is not null ? FromName(paragraph, name) : FromWord(paragraph, t);
            if (referent is null)
            {
                t = name?.Last ?? t;
                continue;
            }

            // A phrase read backwards from its head swallows the names that modify it ("the Lib Dem spokesman").
            found.RemoveAll(r => r.First >= referent.First);
            found.Add(referent);
            t = referent.Last;
        }

        return found;
    }

    public static bool IsPreposition(Token token, bool anyCase = false) => (token.IsLower || (anyCase && token.IsWord)) && Prepositions.Contains(token.Text);

    private static Referent? FromName(ParagraphModel paragraph, NameMention name)
    {
        if (name.Kind == MentionKind.Post)
        {
            return FromPost(paragraph, name);
        }

        var kind = name.Kind switch
        {
            MentionKind.Person => name.Person is null ? (ReferentKind?)null : ReferentKind.Person,
            MentionKind.Organisation or MentionKind.Place => ReferentKind.Organisation,
            _ => null,
        };
        if (kind is not { } k)
        {
            return null;
        }

        var artifact = NounPhraseReader.ArtifactAfter(paragraph, name);
        var referent = new Referent(k, paragraph, name.First, k == ReferentKind.Person ? WithLettersAfter(paragraph, name.Last) : name.Last)
        {
            Person = name.Person,
            Gender = name.Person?.Gender ?? Gender.Unknown,
            Possessive = name.Possessive,
            AfterPreposition = PrepositionBefore(paragraph, name.First),
            Plural = k == ReferentKind.Organisation,
        };
        return artifact is { } last ? new Referent(ReferentKind.Artifact, paragraph, name.First, last) { Owner = referent } : referent;
    }

    /// <summary>
    /// The last token of a person's name with what is written after it but is not part of it: "Guy Mansfield
    /// QC", "Mark Hadley Jr.", "Vann Newkirk II". The name's mention leaves them out; as a subject they belong to it.
    /// </summary>
    private static int WithLettersAfter(ParagraphModel paragraph, int last)
    {
        var tokens = paragraph.Tokens;
        var end = last;
        while (end + 1 < tokens.Count && tokens[end + 1].Quote == tokens[last].Quote
            && (Lexicon.PostNominals.Contains(tokens[end + 1].Text) || Lexicon.IsRegnalNumber(tokens[end + 1].Text)
                || (tokens[end + 1].IsPunct('.') && end > last)))
        {
            end++;
        }

        return tokens[end].IsPunct('.') && (end + 1 == tokens.Count || tokens[end + 1].Sentence != tokens[end].Sentence) ? end - 1 : end;
    }

    /// <summary>"the Salford MP" is a post to resolve; "a Labour MP" an unnamed source; "the Archbishop of Canterbury" an office.</summary>
    private static Referent FromPost(ParagraphModel paragraph, NameMention name)
    {
        var indefinite = name.First > 0 && (paragraph.Tokens[name.First - 1].Is("a") || paragraph.Tokens[name.First - 1].Is("an"));
        var first = name.First > 0 && paragraph.Tokens[name.First - 1].Is("the") ? name.First - 1 : name.First;
        return new Referent(indefinite ? ReferentKind.Unnamed : ReferentKind.Role, paragraph, first, name.Last)
        {
            Head = name.Roles[0],
            Definite = !indefinite,
            Office = name.Roles[0].Contains(" of ", StringComparison.Ordinal),
            Possessive = name.Possessive,
            AfterPreposition = PrepositionBefore(paragraph, first),
        };
    }

    private static Referent? FromWord(ParagraphModel paragraph, int t)
    {
        var token = paragraph.Tokens[t];
        if (Lexicon.MalePronouns.Contains(token.Text) || Lexicon.FemalePronouns.Contains(token.Text) || Lexicon.PluralPronouns.Contains(token.Text) || token.Is("it"))
        {
            // "her" is also a possessive ("her report"); only a subject or object pronoun is a referent.
            var possessiveHer = token.Is("her") && t + 1 < paragraph.Tokens.Count && paragraph.Tokens[t + 1].IsLower && !Lexicon.SpeechVerbs.Contains(paragraph.Tokens[t + 1].Text);
            return possessiveHer ? null : new Referent(ReferentKind.Pronoun, paragraph, t, t)
            {
                Gender = Lexicon.MalePronouns.Contains(token.Text) ? Gender.Male : Lexicon.FemalePronouns.Contains(token.Text) ? Gender.Female : Gender.Unknown,
                Plural = Lexicon.PluralPronouns.Contains(token.Text),
                Head = token.Text.ToLowerInvariant(),
                AfterPreposition = PrepositionBefore(paragraph, t),
            };
        }

        return NounPhraseReader.Read(paragraph, t) is { } phrase ? phrase with { AfterPreposition = PrepositionBefore(paragraph, phrase.First) } : null;
    }

    private static bool PrepositionBefore(ParagraphModel paragraph, int first) => first > 0 && IsPreposition(paragraph.Tokens[first - 1]);
}
