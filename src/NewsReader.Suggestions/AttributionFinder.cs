namespace NewsReader.Suggestions;

/// <summary>
/// Finds the speaker written around one quotation: "according to X" in its sentence; an attribution
/// just after it (<c>"...," she said</c>; <c>"..." with its range, said Mr Learmount.</c>); or a speech
/// verb before it in its sentence (<c>Mr Wallace said: "..."</c>, <c>dismissed it as "desperate"</c>).
/// </summary>
internal sealed class AttributionFinder(ReferenceResolver resolver)
{
    private const int ShortTail = 4;
    private readonly ReferenceResolver _resolver = resolver;
    private readonly SourcePhrases _sources = new(resolver);

    public Speaker? Find(ParagraphModel paragraph, int quote)
    {
        var open = paragraph.TokenAt(paragraph.Quotes[quote].MarkStart);
        var start = paragraph.SentenceStart(open);
        var end = paragraph.SentenceEnd(open);
        if (TranscriptSpeaker(paragraph, quote) is { } speaking)
        {
            return speaking;
        }

        var referents = ReferentScanner.Scan(paragraph, start, end);
        if (SetOffAfterName(paragraph, quote, open, referents) is { } named)
        {
            return named;
        }

        return _sources.According(paragraph, start, end, referents) ?? _sources.Agent(paragraph, open, start, end, referents)
            ?? After(paragraph, quote, referents) ?? Before(paragraph, open, start, referents) ?? Characterised(paragraph, open, start, referents);
    }

    /// <summary>
    /// "Reid has been pounding Trump as a "con artist"": with no speech verb, a quoted label the clause's subject puts
    /// on someone ("as a", "as an", "as the", "as") is the subject's word, with less confidence; not in the passive
    /// ("Trump was branded as a "con artist"", "is known as the "Comeback Kid"").
    /// </summary>
    private Speaker? Characterised(ParagraphModel paragraph, int open, int start, List<Referent> referents)
    {
        var tokens = paragraph.Tokens;
        var @as = open - 1;
        @as -= @as >= 0 && tokens[@as].IsLower && tokens[@as].Text is "a" or "an" or "the" ? 1 : 0;
        if (@as <= start || !tokens[@as].Is("as") || tokens[@as].Quote >= 0)
        {
            return null;
        }

        var clause = ClauseStart(paragraph, start, open);
        var subject = referents.Find(r => r.First >= clause && r.Last < @as && !r.Possessive && !r.AfterPreposition);
        subject = subject is { Kind: ReferentKind.Organisation } body ? TitledPersonAfter(paragraph, body, referents) ?? PostHolderAfter(paragraph, body, referents) : subject;
        if (subject is not { Kind: ReferentKind.Person or ReferentKind.Pronoun })
        {
            return null;
        }

        for (var t = subject.Last + 1; t + 1 < @as; t++)
        {
            var participle = tokens[t + 1].IsLower && (tokens[t + 1].Text.EndsWith("ed", StringComparison.Ordinal) || tokens[t + 1].Text.EndsWith("en", StringComparison.Ordinal) || tokens[t + 1].Text is "known" or "seen");
            if (tokens[t].IsLower && tokens[t].Text is "is" or "was" or "were" or "are" or "be" or "been" or "being" && participle)
            {
                return null;
            }
        }

        return _resolver.Resolve(subject)?.WithConfidence(0.7);
    }

    /// <summary>
    /// "the former candidate Ann Moss -- "It is disqualifying ..." -- and ...": a quotation set off by dashes right after
    /// a person's name gives that person's words, whatever verb the sentence has for the list it stands in.
    /// </summary>
    private Speaker? SetOffAfterName(ParagraphModel paragraph, int quote, int open, List<Referent> referents)
    {
        var tokens = paragraph.Tokens;
        var dash = paragraph.BeforeOpeningMark(open);
        var dashes = 0;
        while (dash >= 0 && dashes < 2 && NameContext.IsDash(tokens[dash]) && tokens[dash].Quote < 0)
        {
            dash--;
            dashes++;
        }

        return dashes > 0 && dash >= 0 && referents.Find(r => r.Last == dash) is { Kind: ReferentKind.Person, Possessive: false, AfterPreposition: false } person
            && DashAfter(paragraph, quote) ? _resolver.Resolve(person) : null;
    }

    /// <summary>A dash right after the quotation's closing mark (past a doubled mark's second apostrophe) sets it off on both sides.</summary>
    private static bool DashAfter(ParagraphModel paragraph, int quote)
    {
        var span = paragraph.Quotes[quote];
        var after = paragraph.AfterClosingMark(span);
        return span.Closed && after < paragraph.Tokens.Count && NameContext.IsDash(paragraph.Tokens[after]);
    }

    /// <summary>
    /// <c>"PENCE: Well, look, ..."</c>: a transcript quoted line by line names its speaker in capitals before a
    /// colon; the speaker is the person of the article with that surname, a label included (<see cref="TranscriptLabels"/>);
    /// when the article names no such person (a single labelled line), no speaker is suggested rather than the previous one.
    /// </summary>
    private Speaker? TranscriptSpeaker(ParagraphModel paragraph, int quote)
    {
        var tokens = paragraph.Tokens;
        var first = paragraph.TokenAt(paragraph.Quotes[quote].Start);
        var colon = first;
        while (colon < tokens.Count && colon - first < 3 && tokens[colon].IsWord && TranscriptLabels.IsCapitals(tokens[colon].Text))
        {
            colon++;
        }

        return colon > first && colon < tokens.Count && tokens[colon].IsPunct(':') && tokens[colon].Quote == tokens[first].Quote
            ? _resolver.PersonBySurname(tokens[colon - 1].Text, 0.85) ?? Speaker.Nobody
            : null;
    }

    /// <summary>
    /// An attribution after the closing mark, up to the next quotation or the end of the sentence. It
    /// counts when the quotation runs on into it (<c>...," she said</c>) or it is short and ends the
    /// sentence (<c>... has said.</c>); a verb that opens the next quotation (<c>He said: "</c>) is not it.
    /// </summary>
    private Speaker? After(ParagraphModel paragraph, int quote, List<Referent> referents)
    {
        var span = paragraph.Quotes[quote];
        if (!span.Closed)
        {
            return null;
        }

        var tokens = paragraph.Tokens;
        var from = paragraph.TokenAt(span.MarkEnd);
        var to = AttributionEnd(paragraph, from);
        // "...?" Vitter demanded.": the splitter starts a sentence after a question or exclamation inside the marks; a short
        // attribution there is the quotation's ("...?" Ann Moss asked. / "...!" she shouted.), a longer sentence is not.
        var question = from < tokens.Count && tokens[from].Sentence != tokens[paragraph.TokenAt(span.MarkStart)].Sentence
            && paragraph.Text[span.End - 1] is '?' or '!';
        if (question)
        {
            referents = [.. referents, .. ReferentScanner.Scan(paragraph, from, to)];
        }
        if (_sources.From(paragraph, span, from, referents) is { } source)
        {
            return source;
        }

        // "..." ― Ann Moss: a roundup's or an epigraph's source, set after the quotation with a dash.
        if (from + 1 < tokens.Count && NameContext.IsDash(tokens[from]) && referents.Find(r => r.First == from + 1) is { Kind: ReferentKind.Person } signed
            && (signed.Last + 1 == tokens.Count || !tokens[signed.Last + 1].IsWord || tokens[signed.Last + 1].Sentence != tokens[signed.Last].Sentence))
        {
            return _resolver.Resolve(signed);
        }

        // "... did not give "absolute evidence," but he said that ...", "... "That makes me smart," when Clinton blasted him": a
        // contrasting or subordinate clause after the quotation is a new statement, not its attribution.
        var opener = from < to && tokens[from].IsPunct(',') ? from + 1 : from;
        if (opener < to && tokens[opener].IsLower && (tokens[opener].Text is "but" || Lexicon.Subordinators.Contains(tokens[opener].Text)))
        {
            return null;
        }

        var linked = paragraph.Text[span.End - 1] is ',' or '?' or '!' or '\u2026' or '-' or '\u2013' || (from < to && tokens[from].IsPunct(','));
        var verb = Enumerable.Range(from, to - from).FirstOrDefault(v => SpeechCues.IsSpeechVerb(paragraph, v), -1);
        if (verb < 0 || (verb + 1 < tokens.Count && (tokens[verb + 1].IsPunct(':') || paragraph.QuoteOpenedBy(verb + 1) >= 0)))
        {
            return null;
        }

        var subject = SubjectFinder.Find(paragraph, verb, from, to, referents);
        var tail = subject is null ? 0 : to - (Math.Max(verb, subject.Last) + 1);
        return subject is not null && ((linked && !question) || tail <= ShortTail || RightAfter(from, verb, subject)) ? _resolver.Resolve(subject) : null;
    }

    /// <summary>
    /// <c>"..." said Lee Rainie, director of ...</c>, <c>"..." he said</c>: an attribution that starts at the closing
    /// mark belongs to the quotation even without a comma inside the marks and however long its tail. A
    /// phrase that only follows a term (<c>a "half-way house" where social workers tell</c>) does not.
    /// </summary>
    private static bool RightAfter(int from, int verb, Referent subject) =>
        subject.Kind is ReferentKind.Person or ReferentKind.Pronoun && (verb == from || (subject.First == from && verb == subject.Last + 1));

    /// <summary>The token that ends an attribution starting at <paramref name="from"/>: the next opening mark or sentence end.</summary>
    private static int AttributionEnd(ParagraphModel paragraph, int from)
    {
        var tokens = paragraph.Tokens;
        var to = from;
        while (to < tokens.Count && paragraph.QuoteOpenedBy(to) < 0 && !(tokens[to].Quote < 0 && EndsClause(tokens, to)))
        {
            to++;
        }

        return to;
    }

    /// <summary>
    /// "!", "?", ";" or a full stop that ends the sentence: not that of "Mr.", "Sen." or an initial
    /// (<c>," Mr. Obama said.</c>), nor one inside a bracket (<c>," Rep. Ann Moss (D-Ohio) said.</c>).
    /// </summary>
    private static bool EndsClause(List<Token> tokens, int t) =>
        tokens[t].Text is "!" or "?" or ";" || (tokens[t].Text is "." && (t + 1 == tokens.Count || tokens[t + 1].Sentence != tokens[t].Sentence));

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
        // "When Clinton noted that ..., Trump boasted, "...": the verb that introduces the quotation outright comes first.
        var introducing = verbs.Where(v => v + 2 == open && paragraph.Tokens[v + 1].Text is "," or ":" && !SpeechCues.IsParticiple(paragraph.Tokens[v])).ToList();
        var finite = introducing.Concat(verbs.Where(v => !introducing.Contains(v) && !SpeechCues.IsParticiple(paragraph.Tokens[v])))
            .Concat(verbs.Where(v => SpeechCues.IsParticiple(paragraph.Tokens[v])));
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
                subject = subject is { Kind: ReferentKind.Organisation } body ? TitledPersonAfter(paragraph, body, referents) ?? body : subject;
            }

            if (subject is not null && _resolver.Resolve(subject) is { } speaker)
            {
                return speaker;
            }
        }

        return null;
    }

    /// <summary>
    /// "Democratic presidential nominee Hillary Clinton", "House Speaker Ann Moss": a body's name that only
    /// qualifies the post of the person named right after it (lower-case or title words between) is not the subject.
    /// </summary>
    private static Referent? TitledPersonAfter(ParagraphModel paragraph, Referent body, List<Referent> referents)
    {
        var person = referents.Find(r => r.Kind == ReferentKind.Person && r.First > body.Last && r.First <= body.Last + 4);
        if (person is null)
        {
            return null;
        }

        for (var t = body.Last + 1; t < person.First; t++)
        {
            var token = paragraph.Tokens[t];
            if (!token.IsWord || !(token.IsLower || Lexicon.TitleWords.Contains(token.Text)))
            {
                return null;
            }
        }

        return person;
    }

    /// <summary>"Senate Minority Leader Harry Reid": a body that opens the run of capitalised words naming a post and its holder.</summary>
    private static Referent? PostHolderAfter(ParagraphModel paragraph, Referent body, List<Referent> referents)
    {
        var person = referents.Find(r => r.Kind == ReferentKind.Person && r.First > body.Last && r.First <= body.Last + 4);
        return person is not null && Enumerable.Range(body.Last + 1, person.First - body.Last - 1).All(t => paragraph.Tokens[t].IsCapitalised) ? person : null;
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
