namespace NewsReader.Suggestions;

/// <summary>
/// Sources named by a phrase rather than a speech verb's subject: "according to X", a passive speech
/// verb's agent ("described as ... by X"), and a speech noun's source ("a call ... from X").
/// </summary>
internal sealed class SourcePhrases(ReferenceResolver resolver)
{
    private readonly ReferenceResolver _resolver = resolver;

    /// <summary>"according to economist Ruth Lea": the first name in the phrase, else the phrase itself.</summary>
    public Speaker? According(ParagraphModel paragraph, int start, int end, List<Referent> referents)
    {
        for (var t = start; t < end; t++)
        {
            if (SpeechCues.AccordingTo(paragraph, t) is var next and >= 0
                && (referents.Find(r => r.First >= next && r.First <= next + 3 && r.Kind == ReferentKind.Person) ?? referents.Find(r => r.First == next)) is { } source)
            {
                return _resolver.Resolve(source);
            }
        }

        return null;
    }

    /// <summary>
    /// "Her comments were described as "outrageous" by the IHRC": a passive speech verb before the quote, its
    /// agent after; or the agent right after the verb and before "as" ("was described by Jobs as the "most important Mac"").
    /// </summary>
    public Speaker? Agent(ParagraphModel paragraph, int open, int start, int end, List<Referent> referents)
    {
        var tokens = paragraph.Tokens;
        var passive = Enumerable.Range(start, open - start).Where(t => SpeechCues.IsPassiveSpeechVerb(paragraph, t)).ToList();
        if (passive.Count == 0)
        {
            return null;
        }

        foreach (var verb in passive)
        {
            // "by chief executive Karl Brandt as": the agent phrase may open with a post.
            if (tokens[verb + 1].Is("by") && referents.Find(r => r.First > verb + 1 && r.First <= verb + 4 && r.Last + 1 < open && tokens[r.Last + 1].Is("as")) is { } early)
            {
                return _resolver.Resolve(early);
            }
        }

        for (var t = open + 1; t + 1 < end; t++)
        {
            if (tokens[t].Quote < 0 && tokens[t].Is("by") && AgentAt(tokens, t, referents) is { } agent)
            {
                return _resolver.Resolve(agent);
            }
        }

        return null;
    }

    /// <summary>The referent right after "by" at <paramref name="by"/>, or after "by the".</summary>
    private static Referent? AgentAt(List<Token> tokens, int by, List<Referent> referents) =>
        referents.Find(r => r.First == by + 1 || (r.First == by + 2 && tokens[by + 1].Is("the")));

    /// <summary>"a call for him to "pause for thought" from Charles Kennedy": a speech noun before, its source after.</summary>
    public Speaker? From(ParagraphModel paragraph, QuoteSpan span, int after, List<Referent> referents)
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
}
