namespace NewsReader.Suggestions;

/// <summary>Finds the speech verbs and nouns that mark reported words, with the checks that rule out other senses.</summary>
internal static class SpeechCues
{
    /// <summary>Words after which a speech word is a noun ("the call", "his remarks"); "many saying" is still a verb.</summary>
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
    };

    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "been", "being", "is", "are", "be", "am" };

    /// <summary>
    /// A speech verb used as a verb, not "the call" or "a statement", nor passive ("was told"), where
    /// the subject is the one spoken to. A capitalised participle may open a sentence ("Asked about").
    /// </summary>
    public static bool IsSpeechVerb(ParagraphModel paragraph, int t)
    {
        var tokens = paragraph.Tokens;
        var token = tokens[t];
        if (token.Quote >= 0 || !token.IsWord || !(token.IsLower || token.StartsSentence) || !(Lexicon.SpeechVerbs.Contains(token.Text) || PutsIt(tokens, t)))
        {
            return false;
        }

        if (t == 0)
        {
            return IsParticiple(token);
        }

        var before = tokens[t - 1];
        // "the call", "amid claims", "September attacks": after a determiner or a preposition the word is a noun.
        var nounSense = before.IsWord && (Articles.Contains(before.Text) || (ReferentScanner.IsPreposition(before) && !before.Is("to")));
        var passive = BeForms.Contains(before.Text) && (token.Text.EndsWith("ed", StringComparison.Ordinal) || token.Text is "told" or "written");
        return !nounSense && !passive && !before.HasPossessiveS;
    }

    /// <summary>"As Ann Moss put it, "...", "as she puts it bluntly:": "put it" reports words as a speech verb does; "put it on the table" does not.</summary>
    private static bool PutsIt(List<Token> tokens, int t)
    {
        if (tokens[t].Text is not ("put" or "puts") || t + 1 >= tokens.Count || !tokens[t + 1].Is("it"))
        {
            return false;
        }

        var after = t + 2 < tokens.Count ? tokens[t + 2] : null;
        return after is null || !after.IsWord || after.Text is "this" or "bluntly" or "simply" or "succinctly" or "best" or "another" or "more" or "in";
    }

    /// <summary>"was described", "have been called": a speech verb whose subject is spoken about, not speaking.</summary>
    public static bool IsPassiveSpeechVerb(ParagraphModel paragraph, int t)
    {
        var token = paragraph.Tokens[t];
        var participle = token.Text.EndsWith("ed", StringComparison.Ordinal) || token.Text is "told" or "written";
        return t > 0 && token.Quote < 0 && token.IsLower && participle && Lexicon.SpeechVerbs.Contains(token.Text) && BeForms.Contains(paragraph.Tokens[t - 1].Text);
    }

    public static bool IsParticiple(Token token) => token.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || (token.StartsSentence && token.Text.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>A speech noun ("claims", "remarks") outside quotations.</summary>
    public static bool IsSpeechNoun(ParagraphModel paragraph, int t)
    {
        var token = paragraph.Tokens[t];
        return token.Quote < 0 && (token.IsLower || token.StartsSentence) && Lexicon.SpeechNouns.Contains(token.Text);
    }

    /// <summary>"according to X": the index of the token after "to", or -1.</summary>
    public static int AccordingTo(ParagraphModel paragraph, int t)
    {
        var tokens = paragraph.Tokens;
        return tokens[t].Quote < 0 && tokens[t].Is("according") && t + 2 < tokens.Count && tokens[t + 1].Is("to") ? t + 2 : -1;
    }
}
