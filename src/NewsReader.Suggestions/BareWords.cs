namespace NewsReader.Suggestions;

/// <summary>When a single capitalised word that is no one's surname or given name names a person of its own.</summary>
internal static class BareWords
{
    /// <summary>
    /// A bare word that is no one's surname names a person when its context says so and it is not a
    /// known body, place or common word; after a speech verb alone ("Parry said") a "he" or "she" nearby
    /// must agree, since firms speak too.
    /// </summary>
    public static bool NamesPerson(NameMention mention)
    {
        var word = mention.Core;
        var known = Lexicon.OrganisationNames.Contains(word) || Lexicon.Places.Contains(word) || Lexicon.CommonWords.Contains(word)
            || Lexicon.Nationalities.Contains(word) || Lexicon.TitleWords.Contains(word) || Lexicon.IsAcronym(word)
            || Lexicon.RoleNouns.Contains(word) || Lexicon.UnnamedSourceNouns.Contains(word);
        // "Workers", "Campaigners": a plural noun written with a capital is not a surname on its own.
        var plural = word.EndsWith("ers", StringComparison.Ordinal) || word.EndsWith("ists", StringComparison.Ordinal) || word.EndsWith("ians", StringComparison.Ordinal);
        if (known || plural || mention.Paragraph.IsTitle || !mention.HasContextSupport)
        {
            return false;
        }

        return mention.IsEponym || mention.SpeaksAsPerson || mention.Roles.Count > 0 || NameContext.PronounNearby(mention.Paragraph, mention.Last);
    }

    /// <summary>"the Grid", "a Ford": a word after an article is a thing, unless it names an inquiry or the like ("the Hutton inquiry").</summary>
    public static bool AfterArticle(NameMention mention)
    {
        var tokens = mention.Paragraph.Tokens;
        return !mention.IsEponym && mention.First > 0 && tokens[mention.First - 1].Text is "the" or "a" or "an";
    }
}
