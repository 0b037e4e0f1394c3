namespace NewsReader.Suggestions;

/// <summary>
/// Who has spoken so far, in reading order: the subjects of speech verbs ("Committee chairman John
/// Denham said ...") and the speakers of quotations. A quotation with no attribution of its own is
/// most likely the last speaker's, if that speaker spoke in the same or the previous paragraph; and
/// "he said" after a sentence that reported someone's words most likely means that someone.
/// </summary>
internal sealed class SpeechHistory
{
    private readonly List<(long Position, Speaker Speaker)> _events = [];

    /// <summary>Records the speech verbs outside quotations in a paragraph, with their resolved subjects.</summary>
    public void Read(ParagraphModel paragraph, ReferenceResolver resolver)
    {
        var tokens = paragraph.Tokens;
        for (var v = 0; v < tokens.Count; v++)
        {
            if (!SpeechCues.IsSpeechVerb(paragraph, v))
            {
                continue;
            }

            var start = paragraph.SentenceStart(v);
            var end = paragraph.SentenceEnd(v);
            var referents = ReferentScanner.Scan(paragraph, start, end);
            if (SubjectFinder.Find(paragraph, v, start, end, referents) is { } subject && !Subordinate(paragraph, subject) && resolver.Resolve(subject) is { } speaker)
            {
                Add(paragraph.PositionOf(v), speaker);
            }
        }
    }

    /// <summary>
    /// "... Mr. Obama said at the gala, where Mrs. Clinton also spoke. "...": a speech verb in a clause that only
    /// sets the scene (after "where", "when", "as", "after" ...) does not make its subject the paragraph's speaker.
    /// </summary>
    private static bool Subordinate(ParagraphModel paragraph, Referent subject) =>
        subject.First > 0 && paragraph.Tokens[subject.First].Quote < 0 && paragraph.Tokens[subject.First - 1].IsLower
        && (paragraph.Tokens[subject.First - 1].Text is "where" or "as" || Lexicon.Subordinators.Contains(paragraph.Tokens[subject.First - 1].Text));

    public void Add(long position, Speaker speaker)
    {
        if (speaker.Kind == SpeakerKind.None)
        {
            return;
        }

        var at = _events.FindLastIndex(e => e.Position <= position) + 1;
        _events.Insert(at, (position, speaker));
    }

    /// <summary>The last speaker before a position in the same paragraph or the one before it.</summary>
    public Speaker? LastBefore(long position)
    {
        var last = _events.FindLast(e => e.Position < position);
        return last.Speaker is not null && (position >> 20) - (last.Position >> 20) <= 1 ? last.Speaker : null;
    }

    /// <summary>The person who spoke last before a position in its own paragraph, if the last speaker there was a person.</summary>
    public PersonCluster? LastPersonInParagraph(long position)
    {
        var last = _events.FindLast(e => e.Position < position);
        return last.Speaker is { Kind: SpeakerKind.Person } && (last.Position >> 20) == (position >> 20) ? last.Speaker.Person : null;
    }

    /// <summary>Whether a person has spoken since a position.</summary>
    public bool HasSpoken(PersonCluster? person, long since) =>
        person is not null && _events.Exists(e => e.Position >= since && e.Speaker.Person == person);

    /// <summary>The first speaker recorded between two positions that the pronoun can stand for.</summary>
    public Speaker? FirstIn(long from, long to, Referent pronoun) =>
        _events.Find(e => e.Position >= from && e.Position < to && e.Speaker.Fits(pronoun)).Speaker;
}
