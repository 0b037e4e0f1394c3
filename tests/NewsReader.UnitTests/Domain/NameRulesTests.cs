using NewsReader.Web.Domain;

namespace NewsReader.UnitTests.Domain;

public sealed class NameRulesTests
{
    [Theory]
    [InlineData("  Mike   Pompeo ", "Mike Pompeo")]
    [InlineData("Mike\tPompeo\u00A0\u2028", "Mike Pompeo")] // tabs, no-break spaces and line separators are whitespace
    [InlineData("Zoe\u0308 Smith", "Zo\u00EB Smith")] // NFC: a combining diaeresis joins its letter
    [InlineData("\u05D3\u05D5\u05D3 \u200F\u05DC\u05D5\u05D9", "\u05D3\u05D5\u05D3 \u200F\u05DC\u05D5\u05D9")] // a right-to-left mark is ordinary text
    [InlineData("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")] // Persian needs the zero-width non-joiner
    [InlineData("\u674E\u5C0F\u9F8D", "\u674E\u5C0F\u9F8D")]
    [InlineData("5G", "5G")]
    public void Check_NormalisesAndKeepsOrdinaryNames(string name, string expected)
    {
        var check = NameRules.Check(name, NameKind.Person);

        Assert.True(check.IsValid, check.Error);
        Assert.Equal(expected, check.Name);
    }

    [Theory]
    [InlineData(null, "cannot be empty")]
    [InlineData("   ", "cannot be empty")]
    [InlineData("Evil\u202Eeteled", "bidirectional")]
    [InlineData("\u2066Isolated\u2069", "bidirectional")]
    [InlineData("\u202AEmbedded", "U+202A")]
    [InlineData("Bell\u0007inside", "control character")]
    [InlineData("\u200B\u200B", "invisible formatting character (U+200B)")]
    [InlineData("Mike\u2060Pompeo", "U+2060")]
    [InlineData("\uFEFFMike", "U+FEFF")]
    [InlineData("Mike\U000E0041", "U+E0041")] // a tag character: invisible, smuggles text
    [InlineData("\u200D\u200C\u200D", "visible letter or digit")]
    [InlineData("\u200E\u200F", "visible letter or digit")]
    [InlineData("\u3164\u3164", "visible letter or digit")] // Hangul fillers are letters that draw nothing
    [InlineData("- . -", "visible letter or digit")]
    [InlineData("\u0301\u0301", "visible letter or digit")]
    public void Check_RefusesWithAMessageSayingWhatIsWrong(string? name, string expected)
    {
        var check = NameRules.Check(name, NameKind.Person);

        Assert.False(check.IsValid);
        Assert.Null(check.Name);
        Assert.StartsWith("A person's name ", check.Error, StringComparison.Ordinal);
        Assert.Contains(expected, check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RefusesHalfASurrogatePair_InsteadOfThrowingWhileNormalising()
    {
        // Built at run time: an attribute argument would turn the half pair into U+FFFD.
        var check = NameRules.Check("Half " + '\uD800' + " pair", NameKind.Alias);

        Assert.Equal("An alias cannot contain a broken character (half of a UTF-16 surrogate pair, at position 6).", check.Error);
    }

    [Fact]
    public void Check_LimitsLengthPerKind_AfterCollapsingWhitespace()
    {
        var longest = new string('a', NameRules.MaxNameLength);

        Assert.True(NameRules.Check($"  {longest}  ", NameKind.Topic).IsValid);
        Assert.Contains("at most 200", NameRules.Check(longest + "a", NameKind.Topic).Error, StringComparison.Ordinal);
        Assert.Contains("at most 100", NameRules.Check(longest[..101], NameKind.DisplayName).Error, StringComparison.Ordinal);
        Assert.True(NameRules.Check(longest[..100], NameKind.DisplayName).IsValid);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("ADMIN")]
    [InlineData(" Administrator ")]
    [InlineData("Ad\u200Dmin")] // a joiner is allowed in names, but not to dodge this
    [InlineData("A.D.M.I.N")]
    [InlineData("\u00C1dmin")]
    [InlineData("\uFF41\uFF44\uFF4D\uFF49\uFF4E")] // full-width
    [InlineData("News Reader")]
    [InlineData("root")]
    [InlineData("System")]
    [InlineData("moderator")]
    [InlineData("Support")]
    public void Check_RefusesReservedDisplayNames(string name)
    {
        var check = NameRules.Check(name, NameKind.DisplayName);

        Assert.False(check.IsValid);
        Assert.Contains("kept for the site", check.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ad\u200Bmin", "invisible formatting character")]
    [InlineData("\u202Enimda", "bidirectional")]
    [InlineData("\u200B", "invisible formatting character")]
    public void Check_RefusesDisplayNamesThatHideOrReorderText(string name, string expected)
    {
        Assert.Contains(expected, NameRules.Check(name, NameKind.DisplayName).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Admin Smith")]
    [InlineData("Rootes")]
    [InlineData("Ana")]
    public void Check_AllowsDisplayNamesThatOnlyContainAReservedWord(string name)
    {
        Assert.True(NameRules.Check(name, NameKind.DisplayName).IsValid);
    }

    [Fact]
    public void ReservedNames_AreOnlyReservedForDisplayNames()
    {
        // A person in the news may well be called "Root", and a topic "Security".
        Assert.True(NameRules.Check("Root", NameKind.Person).IsValid);
        Assert.True(NameRules.Check("Security", NameKind.Topic).IsValid);
    }

    [Fact]
    public void Require_ThrowsWithTheSameMessage_AndPeopleAndTopicsUseIt()
    {
        var thrown = Assert.Throws<ArgumentException>(() => NameRules.Require("\u200B", NameKind.Person, "name"));

        Assert.StartsWith(NameRules.Check("\u200B", NameKind.Person).Error!, thrown.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Person("\u200B\u200C", "x", DateTimeOffset.UnixEpoch));
        Assert.Throws<ArgumentException>(() => new Topic("a\u202Eb", "x", DateTimeOffset.UnixEpoch));
        Assert.Throws<ArgumentException>(() => new Person("Mike Pompeo", "mike-pompeo", DateTimeOffset.UnixEpoch).AddAlias("\uFEFF"));
        Assert.Equal("Zo\u00EB", new Person(" Zoe\u0308 ", "zoe", DateTimeOffset.UnixEpoch).Name);
    }
}
