namespace NewsReader.Web.Suggestions;

/// <summary>
/// Finds the speaker written around one quotation: "according to X" in its sentence; an attribution
/// just after it (<c>"...," she said</c>; <c>"..." with its range, said Mr Learmount.</c>); or a speech
/// verb before it in its sentence (<c>Mr Wallace said: "..."</c>, <c>dismissed it as "desperate"</c>).
/// </summary>
internal sealed class AttributionFinder(ReferenceResolver resolver)
{
    private const int ShortTail = 4;
    private readonly ReferenceResolver _resolver = resolver;

    public Speaker? Find(ParagraphModel paragraph, int quote)
    {
        var open = paragraph.TokenAt(paragraph.Quotes[quote].MarkStart);
        var start = paragraph.SentenceStart(open);
        var end = paragraph.SentenceEnd(open);
        var referents = ReferentScanner.Scan(paragraph, start, end);
        return According(paragraph, start, end, referents) ?? Agent(paragraph, open, start, end, referents)
            ?? After(paragraph, quote, referents) ?? Before(paragraph, open, start, referents);
    }

    private Speaker? According(ParagraphModel paragraph, int start, int end, List<Referent> referents)
    {
        for (var t = start; t < end; t++)
        {
            // "according to economist Ruth Lea": the first name in the phrase, else the phrase itself.
            if (SpeechCues.AccordingTo(paragraph, t) is var next and >= 0
                && (referents.Find(r => r.First >= next && r.First <= next + 3 && r.Kind == ReferentKind.Person) ?? referents.Find(r => r.First == next)) is { } source)
            {
                return _resolver.Resolve(source);
            }
        }

        return null;
    }

    /// <summary>"Her comments were described as "outrageous" by the IHRC": a passive speech verb before the quote, its agent after.</summary>
    private Speaker? Agent(ParagraphModel paragraph, int open, int start, int end, List<Referent> referents)
    {
        var tokens = paragraph.Tokens;
        if (!Enumerable.Range(start, open - start).Any(t => SpeechCues.IsPassiveSpeechVerb(paragraph, t)))
        {
            return null;
        }

        for (var t = open + 1; t + 1 < end; t++)
        {
            if (tokens[t].Quote < 0 && tokens[t].Is("by") && referents.Find(r => r.First == t + 1 || (r.First == t + 2 && tokens[t + 1].Is("the"))) is { } agent)
            {
                return _resolver.Resolve(agent);
            }
        }

        return null;
    }

    private Speaker? After(ParagraphModel paragraph, int quote, List<Referent> referents)
    {
        var span = paragraph.Quotes[quote];
        if (!span.Closed)
        {
            return null;
        }

        var tokens = paragraph.Tokens;
        var from = paragraph.TokenAt(span.MarkEnd);
        var to = from;
        while (to < tokens.Count && paragraph.QuoteOpenedBy(to) < 0 && !(tokens[to].Quote < 0 && tokens[to].Text is "." or "!" or "?" or ";"))
        {
            to++;
        }

        if (From(paragraph, span, from, referents) is { } source)
        {
            return source;
        }

        var linked = paragraph.Text[span.End - 1] is ',' or '?' or '!' or '\u2026' or '-' or '\u2013' || (from < to && tokens[from].IsPunct(','));
        for (var v = from; v < to; v++)
        {
            if (!SpeechCues.IsSpeechVerb(paragraph, v))
            {
                continue;
            }

            var introducesNext = v + 1 < tokens.Count && (tokens[v + 1].IsPunct(':') || paragraph.QuoteOpenedBy(v + 1) >= 0);
            var subject = SubjectFinder.Find(paragraph, v, from, to, referents);
            if (introducesNext || subject is null)
            {
                return null;
            }

            var tail = to - (Math.Max(v, subject.Last) + 1);
            return linked || tail <= ShortTail ? _resolver.Resolve(subject) : null;
        }

        return null;
    }

    /// <summary>"a call for him to "pause for thought" from Charles Kennedy": a speech noun before, its source after.</summary>
    private Speaker? From(ParagraphModel paragraph, QuoteSpan span, int after, List<Referent> referents)
    {
        var tokens = paragraph.Tokens;
        if (after + 1 >= tokens.Count || !tokens[after].Is("from") || referents.Find(r => r.First == after + 1) is not { } source)
        {
            return null;
        }

        var open = paragraph.TokenAt(span.MarkStart);
        var start = paragraph.SentenceStart(open);
        var noun = Enumerable.Range(start, open - start).Any(t => SpeechCues.IsSpeechNoun(paragraph, t));
        return noun && source.Kind is ReferentKind.Person or ReferentKind.Organisation or ReferentKind.Unnamed ? _resolver.Resolve(source) : null;
    }

    /// <summary>The first speech verb of the quotation's clause (then of its sentence) whose subject can be found.</summary>
    private Speaker? Before(ParagraphModel paragraph, int open, int start, List<Referent> referents)
    {
        var clause = ClauseStart(paragraph, start, open);
        var speaker = FromVerbs(paragraph, clause, open, start, referents);
        return speaker ?? (clause > start ? FromVerbs(paragraph, start, open, start, referents) : null);
    }

    private Speaker? FromVerbs(ParagraphModel paragraph, int from, int open, int sentenceStart, List<Referent> referents)
    {
        var verbs = Enumerable.Range(from, open - from).Where(v => SpeechCues.IsSpeechVerb(paragraph, v)).ToList();
        var finite = verbs.Where(v => !SpeechCues.IsParticiple(paragraph.Tokens[v])).Concat(verbs.Where(v => SpeechCues.IsParticiple(paragraph.Tokens[v])));
        foreach (var verb in finite)
        {
            if (ClaimsBetween(paragraph, verb, open))
            {
                return Speaker.Nobody;
            }

            var subject = SubjectFinder.Find(paragraph, verb, from, open, referents);
            if (subject is null && SpeechCues.IsParticiple(paragraph.Tokens[verb]))
            {
                subject = referents.Find(r => r.First >= sentenceStart && r.Last < verb && !r.Possessive && !r.AfterPreposition);
            }

            if (subject is not null && _resolver.Resolve(subject) is { } speaker)
            {
                return speaker;
            }
        }

        return null;
    }

    /// <summary>"amid claims that Mr Campbell is part of a Labour "dirty tricks" campaign": unattributed claims stand between verb and quote.</summary>
    private static bool ClaimsBetween(ParagraphModel paragraph, int verb, int open)
    {
        for (var t = verb + 1; t < open; t++)
        {
            var possessed = t > 0 && (paragraph.Tokens[t - 1].HasPossessiveS || paragraph.Tokens[t - 1].Text is "his" or "her" or "their" or "its");
            if ((paragraph.Tokens[t].Text is "claims" or "allegations" or "suggestions" or "reports" or "rumours") && !possessed)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The start of the quotation's clause: after the last "but", "while", "whereas" or semicolon before it.</summary>
    private static int ClauseStart(ParagraphModel paragraph, int start, int open)
    {
        for (var t = open - 1; t > start; t--)
        {
            var token = paragraph.Tokens[t];
            if (token.Quote < 0 && (token.Text is "but" or "while" or "whereas" or ";"))
            {
                return t + 1;
            }
        }

        return start;
    }
}
