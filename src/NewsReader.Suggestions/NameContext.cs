namespace NewsReader.Suggestions;

/// <summary>
/// What the words around a candidate name say about it: a post before it ("spokesman Dicky Arbiter"),
/// an appositive, an age or "who" after it, an inverted attribution ("said Hiromichi Shirakawa"), a
/// speech verb after it, an eponym noun ("the Hutton inquiry").
/// </summary>
internal sealed class NameContext(ParagraphModel paragraph, int first, int last, bool possessive)
{
    /// <summary>A name right after these is a speaker ("..., said Hiromichi Shirakawa").</summary>
    private static readonly string[] InvertedSpeech = ["said", "says", "added", "adds", "explained", "continued", "insisted", "wrote", "writes", "tweeted", "noted", "argued"];

    private static readonly string[] EponymNouns = ["inquiry", "report", "review", "administration", "government", "era", "doctrine", "commission"];

    private List<Token> Tokens => paragraph.Tokens;

    /// <summary>
    /// Whether the context says "person". A speech verb after the name is not enough for a name
    /// without a known given name ("Age Concern said"): a "he" or "she" nearby must agree.
    /// </summary>
    public bool Supports(bool single, bool needsPronoun)
    {
        if (SupportedBefore() || SpeaksAsPerson())
        {
            return true;
        }

        var next = PastLettersAfter(last + 1);
        if (next >= Tokens.Count || possessive)
        {
            return false;
        }

        if (QuotationRunsOn() && SpeaksNext(next))
        {
            return true;
        }


        if (Tokens[next].IsPunct(','))
        {
            // ", who ...", ", 25,", ", chief economist at UBS", ", from the Muslim Safety Forum,".
            var after = next + 1 < Tokens.Count ? Tokens[next + 1] : null;
            return after is not null && (after.Is("who") || after.Is("from") || char.IsDigit(after.Text[0]) || RoleFollows(next + 1));
        }

        return (single && IsEponym()) || (SpeaksNext(next) && (!needsPronoun || PronounNearby(paragraph, last)));
    }

    /// <summary>"Vann R. Newkirk II, a writer", "Mark Hadley Jr. said": what follows the name is read past a generation or post-nominal.</summary>
    private int PastLettersAfter(int next)
    {
        while (next < Tokens.Count && Tokens[next].IsWord && (Lexicon.PostNominals.Contains(Tokens[next].Text) || Lexicon.IsRegnalNumber(Tokens[next].Text)))
        {
            next++;
            next += next < Tokens.Count && Tokens[next].IsPunct('.') && next + 1 < Tokens.Count && Tokens[next + 1].Sentence == Tokens[next].Sentence ? 1 : 0;
        }

        return next;
    }

    /// <summary>
    /// A role or an inverted speech verb just before the name ("spokesman John Smith", "said John
    /// Smith"), or a quotation and comma just before it (<c>"...," John Smith, from ..., told</c>).
    /// </summary>
    private bool SupportedBefore()
    {
        var before = first - 1;
        if (before >= 0 && Tokens[before].IsLower && (Lexicon.RoleNouns.Contains(Tokens[before].Text) || InvertedSpeech.Contains(Tokens[before].Text)))
        {
            return true;
        }


        // "state Del. Marcia Price", "Sen. Ixora Dunne": an abbreviated American title before the name.
        if (before >= 1 && Tokens[before].IsPunct('.') && Tokens[before - 1].Text is "Sen" or "Rep" or "Del" or "Gov" or "Gen" or "Lt" or "Col" or "Capt" or "Sgt"
            or "Maj" or "Adm" or "Atty" or "Amb" or "Cmdr" or "Supt" or "Det" or "Insp" or "Ald" or "Hon")
        {
            return true;
        }

        return before >= 1 && (Tokens[before].IsPunct(',') || IsDash(Tokens[before])) && Tokens[before - 1].Quote < 0 && QuoteMarks.IsAnyMark(Tokens[before - 1].Text[0]);
    }

    /// <summary>A dash that sets a source after a quotation: <c>"..." ― Ann Moss</c>, <c>"..." - Ann Moss</c>.</summary>
    public static bool IsDash(Token token) => token.Text is "-" or "\u2013" or "\u2014" or "\u2015";

    /// <summary>
    /// <c>"...," Ann Moss wrote</c>: the name comes right after a quotation that ends with its own comma, question
    /// or exclamation mark inside the marks, as American papers write it (with a speech verb after, checked by the caller).
    /// </summary>
    private bool QuotationRunsOn()
    {
        var before = first - 1;
        return before >= 1 && !Tokens[before].IsWord && Tokens[before].Quote < 0 && QuoteMarks.IsAnyMark(Tokens[before].Text[0])
            && Tokens[before - 1].Quote >= 0 && Tokens[before - 1].Text is "," or "?" or "!";
    }

    /// <summary>Verbs of speaking that bodies do not do: a shout, a joke, a demand put as a question.</summary>
    private static readonly HashSet<string> HumanSpeech = new(StringComparer.Ordinal)
    {
        "demanded", "shouted", "yelled", "joked", "quipped", "whispered", "scoffed", "mused", "laughed", "exclaimed",
        "interjected", "implored", "retorted", "sang", "sings", "recalled", "scolded", "snapped", "cried",
    };

    /// <summary>
    /// What only a person does, enough for a bare word to name one: "Said Ellis: "..."" (the inverted verb opens the
    /// sentence), "..."?" Vitter demanded." (a verb of speaking bodies do not do, right after a quotation).
    /// </summary>
    public bool SpeaksAsPerson()
    {
        var before = first - 1;
        if (before >= 0 && Tokens[before].StartsSentence && Lexicon.InvertedOpeners.Contains(Tokens[before].Text))
        {
            return true;
        }

        var next = PastLettersAfter(last + 1);
        return !possessive && QuotationBefore() && HumanSpeechNext(next);
    }

    /// <summary>A closing quotation mark right before the name.</summary>
    private bool QuotationBefore()
    {
        var before = first - 1;
        return before >= 1 && !Tokens[before].IsWord && Tokens[before].Quote < 0 && QuoteMarks.IsAnyMark(Tokens[before].Text[0]) && Tokens[before - 1].Quote >= 0;
    }

    private bool HumanSpeechNext(int next) => next < Tokens.Count && Tokens[next].IsLower && HumanSpeech.Contains(Tokens[next].Text);

    /// <summary>A speech verb after the name, past auxiliaries and adverbs ("has also said").</summary>
    private bool SpeaksNext(int next)
    {
        while (next < Tokens.Count - 1 && Tokens[next].IsLower && Lexicon.VerbPrefixes.Contains(Tokens[next].Text))
        {
            next++;
        }

        return Tokens[next].IsLower && Lexicon.SpeechVerbs.Contains(Tokens[next].Text);
    }

    /// <summary>"the Hutton inquiry", "the Bush administration": a single name before an eponym noun.</summary>
    public bool IsEponym()
    {
        // "a Deloitte report" is one of a firm's many; "the Hutton report" bears its author's name, as does "a Trump administration".
        var next = last + 1;
        var indefinite = first > 0 && (Tokens[first - 1].Is("a") || Tokens[first - 1].Is("an"));
        return !possessive && next < Tokens.Count && Tokens[next].IsLower && EponymNouns.Contains(Tokens[next].Text)
            && !(indefinite && Tokens[next].Text is "report" or "review");
    }

    /// <summary>The post written before the name: title words in the run and lower-case role words just before it.</summary>
    public List<string> Roles(List<string> titles)
    {
        var roles = new List<string>();
        if (titles.Count > 0)
        {
            roles.Add(string.Join(' ', titles));
        }

        var before = first - 1;
        if (before >= 0 && Tokens[before].IsLower && Lexicon.RoleNouns.Contains(Tokens[before].Text))
        {
            var from = before;
            while (from > 0 && before - from < 2 && Tokens[from - 1].IsLower && !Lexicon.Determiners.Contains(Tokens[from - 1].Text)
                && !ReferentScanner.IsPreposition(Tokens[from - 1]) && Tokens[from - 1].Text is not ("and" or "but" or "or" or "that" or "who"))
            {
                from--;
            }

            roles.Add(string.Join(' ', Tokens[from..(before + 1)].Select(t => t.Text.ToLowerInvariant())));
        }

        return roles;
    }

    /// <summary>"he", "she", "his", "her" or "him" outside quotations in the rest of the sentence or the next one.</summary>
    public static bool PronounNearby(ParagraphModel paragraph, int after)
    {
        var end = paragraph.SentenceEnd(after);
        end = end < paragraph.Tokens.Count ? paragraph.SentenceEnd(end) : end;
        for (var t = after + 1; t < end; t++)
        {
            var token = paragraph.Tokens[t];
            if (token.Quote < 0 && token.Text.ToLowerInvariant() is "he" or "she" or "his" or "her" or "him")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>", chief economist at UBS", ", a former Labour minister", ", the Charlotte-Mecklenburg police chief": a post set after the name.</summary>
    private bool RoleFollows(int from)
    {
        for (var t = from; t < Tokens.Count && t < from + 6 && (Tokens[t].IsWord || Tokens[t].IsPunct('-')); t++)
        {
            if (Tokens[t].IsLower && Lexicon.RoleNouns.Contains(Tokens[t].Text))
            {
                return true;
            }
        }

        return false;
    }
}
