namespace NewsReader.Suggestions;

/// <summary>A run of capitalised words being read: its tokens and words, and the mention it makes.</summary>
internal sealed class Run(ParagraphModel paragraph, List<int> positions, List<string> words, int count, bool possessive)
{
    public NameMention? Classify()
    {
        var head = words[count - 1];
        var single = count == 1 && !Lexicon.IsAcronym(head);
        if (Lexicon.Places.Contains(head))
        {
            return NonPerson(MentionKind.Place, single);
        }

        var body = Lexicon.OrganisationNames.Contains(head) || Lexicon.OrganisationHeads.Contains(head) || Lexicon.IsAcronym(head);
        return body || single ? NonPerson(body ? MentionKind.Organisation : MentionKind.Other, single) : null;
    }

    public NameMention NonPerson(MentionKind kind, bool couldBeSurname = false)
    {
        var start = 0;
        // "The US State Department" is named "US State Department"; "Home Office" keeps its "Home".
        while (start < count - 1 && Lexicon.CommonWords.Contains(words[start]))
        {
            start++;
        }

        return new NameMention(paragraph, positions[start], positions[count - 1], kind)
        {
            Words = words[start..count],
            Possessive = possessive,
            CouldBeSurname = couldBeSurname,
            Evidence = NameEvidence.Single,
        };
    }

    /// <summary>An office without its holder; its role phrase lets "the Archbishop of Canterbury" find who holds it.</summary>
    public NameMention Post(string office)
    {
        var start = 0;
        while (start < count - 1 && Lexicon.CommonWords.Contains(words[start]))
        {
            start++;
        }

        return new NameMention(paragraph, positions[start], positions[count - 1], MentionKind.Post) { Words = words[start..count], Possessive = possessive, Roles = [office] };
    }

    public NameMention? Person(int start)
    {
        var honorific = start < count - 1 && Lexicon.Honorifics.Contains(words[start]) ? words[start].TrimEnd('.') : null;
        var nameWords = words[(honorific is null ? start : start + 1)..count];
        if (nameWords.Count == 0)
        {
            return null;
        }

        var evidence = honorific is not null ? NameEvidence.Strong
            : nameWords.Count == 1 ? NameEvidence.Single
            : Lexicon.IsGivenName(nameWords[0]) || Lexicon.IsInitials(nameWords[0]) ? NameEvidence.Strong : NameEvidence.Weak;
        var context = new NameContext(paragraph, positions[start], positions[count - 1], possessive);
        var titles = words[..start].Where(w => Lexicon.TitleWords.Contains(w)).Select(w => w.ToLowerInvariant()).ToList();
        var roles = context.Roles(titles);
        var titled = start > 0 && Lexicon.PersonTitles.Contains(words[start - 1]);
        return new NameMention(paragraph, positions[start], positions[count - 1], MentionKind.Person)
        {
            Honorific = honorific,
            Words = nameWords,
            Possessive = possessive,
            Evidence = evidence,
            Roles = roles,
            Gender = GenderOf(honorific, nameWords, roles),
            HasContextSupport = titled || context.Supports(single: nameWords.Count == 1, needsPronoun: evidence != NameEvidence.Strong),
            IsEponym = nameWords.Count == 1 && context.IsEponym(),
            SpeaksAsPerson = context.SpeaksAsPerson(),
        };
    }

    /// <summary>From the honorific, the given name or the post; a lone word says nothing, as it may be a surname ("Arnold" for Andrea Arnold).</summary>
    private static Gender GenderOf(string? honorific, List<string> nameWords, List<string> roles)
    {
        var firstWord = nameWords.Count > 1 ? nameWords[0] : "";
        if (honorific is not null && Lexicon.MaleHonorifics.Contains(honorific))
        {
            return Gender.Male;
        }

        if (honorific is not null && Lexicon.FemaleHonorifics.Contains(honorific))
        {
            return Gender.Female;
        }

        var male = Lexicon.MaleNames.Contains(firstWord);
        var female = Lexicon.FemaleNames.Contains(firstWord);
        if (male != female)
        {
            return male ? Gender.Male : Gender.Female;
        }

        return roles.Count > 0 ? RoleGender.Of(roles[^1]) : Gender.Unknown;
    }
}
