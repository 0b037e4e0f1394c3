namespace NewsReader.Suggestions;

/// <summary>
/// Turns a referent into a speaker: a name is its person; "he"/"she" the person it refers to; "the
/// prime minister" the person holding that post; "it"/"they" the body or statement it refers to.
/// </summary>
internal sealed class ReferenceResolver(ArticleModel model, SpeechHistory history)
{
    private const int MaxDepth = 6;

    public Speaker? Resolve(Referent referent, int depth = 0)
    {
        var gender = referent.Gender;
        return referent.Kind switch
        {
            ReferentKind.Person => new Speaker(SpeakerKind.Person, referent.Text, referent.Person, 0.9) { Gender = gender },
            ReferentKind.Organisation => new Speaker(SpeakerKind.Organisation, referent.Text, null, 0.8) { Plural = true },
            ReferentKind.Unnamed => NamedBeside(referent) is { } named
                ? Resolve(named, depth + 1)
                : new Speaker(SpeakerKind.Unnamed, referent.Text, null, 0.8) { Gender = gender, Plural = referent.Plural },
            ReferentKind.Artifact => referent.Owner is { } owner ? Resolve(owner, depth + 1) : null,
            ReferentKind.Role => RoleResolver.Find(model, referent, history) is { } person
                ? new Speaker(SpeakerKind.Person, referent.Text, person, 0.7) { Gender = gender }
                : new Speaker(SpeakerKind.Unnamed, referent.Text, null, 0.6) { Gender = gender },
            _ => depth >= MaxDepth ? null : ResolvePronoun(referent, depth) ?? NamedInPassing(referent),
        };
    }

    /// <summary>The one person of the article with this surname (any case), as a speaker; null when there is none or more than one.</summary>
    public Speaker? PersonBySurname(string surname, double confidence)
    {
        var matches = model.People.Where(p => p.IsSupported && string.Equals(p.Surname, surname, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return matches.Count == 1 ? new Speaker(SpeakerKind.Person, surname, matches[0], confidence) { Gender = matches[0].Gender } : null;
    }

    /// <summary>
    /// "Savage's future has been the source of speculation ... "...," he said": when no subject fits, the
    /// nearest person named as a possessor or after a preposition who fits "he" or "she".
    /// </summary>
    private Speaker? NamedInPassing(Referent pronoun)
    {
        if (pronoun.Gender == Gender.Unknown)
        {
            return null;
        }

        foreach (var window in new AntecedentWindows(model, pronoun.Paragraph, pronoun.First))
        {
            var person = ReferentScanner.Scan(window.Paragraph, window.From, window.To)
                .LastOrDefault(c => c.Kind == ReferentKind.Person && c.Person is { } p && p.Accepts(pronoun.Gender));
            if (person is not null)
            {
                return Resolve(person with { Possessive = false, AfterPreposition = false })?.WithConfidence(0.8);
            }
        }

        return null;
    }

    /// <summary>
    /// In each window, nearest first: in an earlier sentence, whoever spoke in it; then its first
    /// referent that fits, a named person, a post or a pronoun before an unnamed source.
    /// </summary>
    private Speaker? ResolvePronoun(Referent pronoun, int depth)
    {
        foreach (var window in new AntecedentWindows(model, pronoun.Paragraph, pronoun.First))
        {
            if (!window.Own && history.FirstIn(window.Start, window.End, pronoun) is { } spoke)
            {
                return spoke.WithConfidence(0.9);
            }

            var candidates = ReferentScanner.Scan(window.Paragraph, window.From, window.To)
                .Where(c => Fits(pronoun, c) && !DescribesPronoun(window.Paragraph, c, pronoun))
                .ToList();

            // "Mr Brown has headed it before but Mr Milburn is taking that role ... he said": in an earlier
            // sentence naming several people, one who has just been speaking is the likelier "he".
            var since = pronoun.Paragraph.PositionOf(0) - (1L << 20);
            var speaking = window.Own ? [] : candidates.Where(c => c.Kind == ReferentKind.Person && history.HasSpoken(c.Person, since)).Take(1);
            foreach (var candidate in speaking.Concat(candidates.Where(c => c.Kind != ReferentKind.Unnamed)).Concat(candidates.Where(c => c.Kind == ReferentKind.Unnamed)))
            {
                if (candidate.Kind == ReferentKind.Pronoun)
                {
                    // "He has been called the Ed Sullivan of podcasting which, he says": the same pronoun, the same person.
                    return Resolve(candidate, depth + 1);
                }

                // A statement stands for its author: "Mr Crosby's statement said ... It added".
                if (Resolve(candidate, depth + 1) is { } speaker && (speaker.Fits(pronoun) || candidate.Kind == ReferentKind.Artifact))
                {
                    return speaker.WithConfidence(0.9);
                }
            }
        }

        return null;
    }

    /// <summary>"Brian Gammage, vice-president of research at Gartner": a post set after a name is that person.</summary>
    private static Referent? NamedBeside(Referent phrase)
    {
        var paragraph = phrase.Paragraph;
        if (phrase.Plural || phrase.First < 2 || !paragraph.Tokens[phrase.First - 1].IsPunct(','))
        {
            return null;
        }

        var start = paragraph.SentenceStart(phrase.First - 1);
        return ReferentScanner.Scan(paragraph, start, phrase.First - 1).Find(r => r.Last == phrase.First - 2 && r.Kind == ReferentKind.Person && !r.Possessive);
    }

    /// <summary>"A former critic of the House of Lords, he has said": a phrase set before the pronoun describes it.</summary>
    private static bool DescribesPronoun(ParagraphModel paragraph, Referent candidate, Referent pronoun)
    {
        if (pronoun.Paragraph != paragraph || pronoun.First <= candidate.Last || candidate.First != paragraph.SentenceStart(pronoun.First))
        {
            return false;
        }

        var firstComma = paragraph.Tokens.FindIndex(candidate.Last + 1, t => t.IsPunct(','));
        return firstComma == pronoun.First - 1;
    }

    /// <summary>Whether a candidate can be what the pronoun refers to: a subject, not a possessor or an object of a preposition.</summary>
    private static bool Fits(Referent pronoun, Referent candidate)
    {
        if (candidate.Possessive || candidate.AfterPreposition)
        {
            return false;
        }

        if (candidate.Kind == ReferentKind.Pronoun)
        {
            return candidate.Gender == pronoun.Gender && candidate.Plural == pronoun.Plural;
        }

        if (pronoun.Gender != Gender.Unknown)
        {
            var sameGender = candidate.Gender == Gender.Unknown || candidate.Gender == pronoun.Gender;
            return sameGender && !candidate.Plural && candidate.CanBeHuman;
        }

        return pronoun.Plural
            ? candidate.Kind == ReferentKind.Organisation || (candidate.Kind == ReferentKind.Unnamed && candidate.Plural)
            : candidate.Kind is ReferentKind.Organisation or ReferentKind.Artifact;
    }
}
