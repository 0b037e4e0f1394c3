using NewsReader.Web.Search;

namespace NewsReader.UnitTests.Search;

public sealed class NameRankerTests
{
    private static readonly NameCandidate Pompeo = Person(1, "Mike Pompeo");

    [Fact]
    public void Rank_Tiers_ExactBeatsPrefixBeatsAliasBeatsCloseSpelling()
    {
        var candidates = new[]
        {
            Person(4, "Mike Pompeio"),
            Person(3, "Someone Else", "Pompeo"),
            Person(2, "Mike Pompeo"),
            Person(1, "Pompeo"),
        };

        var ranked = NameRanker.Rank("pompeo", candidates);

        Assert.Equal([1, 2, 3, 4], ranked.Select(r => r.Candidate.Id));
        Assert.Equal([NameMatch.Exact, NameMatch.Prefix, NameMatch.Alias, NameMatch.CloseSpelling], ranked.Select(r => r.Match));
    }

    [Fact]
    public void Rank_WithinATier_ThePersonTaggedMoreComesFirst()
    {
        // Issue 12: at 100,000 articles "brown" listed Zoe and Wes Brown (shorter names) before Gordon Brown, tagged 994 times.
        var candidates = new[]
        {
            new NameCandidate(1, "zoe-brown", "Zoe Brown", [], Tagged: 2),
            new NameCandidate(2, "wes-brown", "Wes Brown", [], Tagged: 5),
            new NameCandidate(3, "gordon-brown", "Gordon Brown", [], Tagged: 994),
            new NameCandidate(4, "brown", "Brown", [], Tagged: 1),
        };

        var ranked = NameRanker.Rank("brown", candidates);

        // The exact name still leads (its tier); among prefixes, the most tagged.
        Assert.Equal([4, 3, 2, 1], ranked.Select(r => r.Candidate.Id));
    }

    [Fact]
    public void Rank_PreparedCandidates_RankAsTheCandidatesThemselves()
    {
        var candidates = new[] { Person(1, "Mike Pompeo"), Person(2, "Mike Pence"), Person(3, "Mikel Arteta", "Arteta") };

        var direct = NameRanker.Rank("mike p", candidates);
        var prepared = NameRanker.Rank("mike p", candidates.Select(PreparedName.For).ToList());

        Assert.Equal(direct, prepared);
    }

    [Theory]
    [InlineData("Mike Pompeo", NameMatch.Exact, 0)]
    [InlineData("  MIKE   pompeo ", NameMatch.Exact, 0)]
    [InlineData("pompeo", NameMatch.Prefix, 0)]
    [InlineData("Pompeo", NameMatch.Prefix, 0)]
    [InlineData("pomp\u00e9o", NameMatch.Prefix, 0)]
    [InlineData("pomp", NameMatch.Prefix, 0)]
    [InlineData("mike", NameMatch.Prefix, 0)]
    [InlineData("mike p", NameMatch.Prefix, 0)]
    [InlineData("pompeio", NameMatch.CloseSpelling, 1)]
    [InlineData("pmopeo", NameMatch.CloseSpelling, 1)]
    [InlineData("mike pompei", NameMatch.CloseSpelling, 1)]
    [InlineData("Mr Pompeo", NameMatch.CloseSpelling, 1)]
    [InlineData("Secretary of State Pompeo", NameMatch.CloseSpelling, 1)]
    [InlineData("Mr Pompeio", NameMatch.CloseSpelling, 2)]
    public void Rank_SpellingsOfTheName_FindMikePompeo(string query, NameMatch match, int distance)
    {
        var ranked = NameRanker.Rank(query, [Person(2, "Boris Johnson"), Pompeo]);

        var only = Assert.Single(ranked);
        Assert.Equal(Pompeo, only.Candidate);
        Assert.Equal(match, only.Match);
        Assert.Equal(distance, only.Distance);
    }

    [Theory]
    [InlineData("pope")]
    [InlineData("pompous")]
    [InlineData("mr smith")]
    [InlineData("zz")]
    public void Rank_UnrelatedOrTooDistantQuery_FindsNothing(string query)
    {
        Assert.Empty(NameRanker.Rank(query, [Pompeo, Person(2, "Boris Johnson")]));
    }

    [Fact]
    public void Rank_ShortQuery_AllowsNoMisspelling()
    {
        // One edit from a two-letter query would reach every initial and short word.
        Assert.Empty(NameRanker.Rank("wu", [Person(1, "Xu Li"), Person(2, "George W Bush")]));
    }

    [Fact]
    public void Rank_TitleMatchingAnAlias_FindsByAlias()
    {
        var ranked = NameRanker.Rank("Mr Pompeo", [Person(1, "Mike Pompeo", "Mr Pompeo")]);

        Assert.Equal(NameMatch.Alias, Assert.Single(ranked).Match);
    }

    [Fact]
    public void Rank_AliasWordPrefix_FindsByAlias()
    {
        var ranked = NameRanker.Rank("sec", [Person(1, "Mike Pompeo", "US Secretary of State")]);

        Assert.Equal(NameMatch.Alias, Assert.Single(ranked).Match);
    }

    [Fact]
    public void Rank_AliasOnlyMatch_RanksBelowNameMatch()
    {
        var ranked = NameRanker.Rank("pompeo", [Person(7, "Someone Else", "Pompeo"), Pompeo]);

        Assert.Equal([1, 7], ranked.Select(r => r.Candidate.Id));
    }

    [Fact]
    public void Rank_CandidateMatchingSeveralWays_AppearsOnceAtItsBestTier()
    {
        var ranked = NameRanker.Rank("pompeo", [Person(1, "Mike Pompeo", "Pompeo", "Mr Pompeo")]);

        Assert.Equal(NameMatch.Prefix, Assert.Single(ranked).Match);
    }

    [Fact]
    public void Rank_WithinATier_OrdersByShorterNameThenKeyThenId()
    {
        var candidates = new[]
        {
            Person(1, "Andrew Johnson"),
            Person(5, "Ann Lee"),
            Person(2, "Anna Smith"),
            Person(3, "Ann Lee"),
            Person(4, "Ann Kay"),
        };

        var ranked = NameRanker.Rank("an", candidates);

        Assert.Equal([4, 3, 5, 2, 1], ranked.Select(r => r.Candidate.Id));
    }

    [Fact]
    public void Rank_CloseSpellings_OrderBySmallerDistanceBeforeShorterName()
    {
        var ranked = NameRanker.Rank("pompeio", [Person(2, "Pampeyo"), Pompeo]);

        Assert.Equal([(1, 1), (2, 2)], ranked.Select(r => (r.Candidate.Id, r.Distance)));
    }

    [Fact]
    public void Rank_Limit_KeepsTheBestOnes()
    {
        var candidates = Enumerable.Range(1, 30).Select(i => Person(i, $"Person {i:D2}")).ToList();

        Assert.Equal(10, NameRanker.Rank("person", candidates).Count);
        Assert.Equal([1, 2, 3], NameRanker.Rank("person", candidates, limit: 3).Select(r => r.Candidate.Id));
        Assert.Empty(NameRanker.Rank("person", candidates, limit: 0));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Rank_EmptyQuery_FindsNothing(string query)
    {
        Assert.Empty(NameRanker.Rank(query, [Pompeo]));
    }

    [Fact]
    public void Rank_HugeQuery_IsCutAndDoesNotThrow()
    {
        var query = "Mike Pompeo" + new string('x', 10_000);

        Assert.Empty(NameRanker.Rank(query, [Pompeo, Person(2, new string('x', 5_000))]));
    }

    [Fact]
    public void Rank_QueryWithALoneSurrogate_DoesNotThrow()
    {
        var ranked = NameRanker.Rank("\uD800pompeo", [Pompeo]);

        Assert.Equal(NameMatch.CloseSpelling, Assert.Single(ranked).Match);
    }

    [Fact]
    public void Rank_TenThousandCandidates_FindsTheRightOnes()
    {
        var candidates = Enumerable.Range(2, 10_000)
            .Select(i => Person(i, $"Name{i} Surname{i}", $"Alias{i}"))
            .Append(Pompeo)
            .ToList();

        var ranked = NameRanker.Rank("pompeio", candidates);

        Assert.Equal(Pompeo, Assert.Single(ranked).Candidate);
    }

    [Theory]
    [InlineData("pompeo", "pompeo", 0)]
    [InlineData("pompeo", "pmopeo", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    [InlineData("", "ab", 2)]
    public void EditDistance_CountsEditsWithAdjacentSwapsAsOne(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Bounded(a, b, 10));
        Assert.Equal(expected, EditDistance.Bounded(b, a, 10));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("pompeo", "pmopeo", 1)]
    [InlineData("mike pompeo", "mike pmopeio", 2)]
    [InlineData("abcdefgh", "bacdefhg", 2)]
    public void EditDistance_AtTheLimit_IsExact(string a, string b, int limit)
    {
        Assert.Equal(limit, EditDistance.Bounded(a, b, limit));
        Assert.Equal(limit, EditDistance.Bounded(b, a, limit));
    }

    [Theory]
    [InlineData("a", "abcdef", 2)]
    [InlineData("abcdef", "uvwxyz", 2)]
    [InlineData("kitten", "sitting", 2)]
    [InlineData("pompeo", "pmopie", 1)]
    public void EditDistance_BeyondTheLimit_ReturnsLimitPlusOne(string a, string b, int limit)
    {
        Assert.Equal(limit + 1, EditDistance.Bounded(a, b, limit));
    }

    [Fact]
    public void EditDistance_WithALimit_AgreesWithTheUnlimitedDistance()
    {
        var random = new Random(7);
        string Word() => new([.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => "abc"[random.Next(3)])]);
        for (var round = 0; round < 2_000; round++)
        {
            var (a, b, limit) = (Word(), Word(), random.Next(0, 5));

            var full = EditDistance.Bounded(a, b, 100);

            Assert.Equal(Math.Min(full, limit + 1), EditDistance.Bounded(a, b, limit));
        }
    }

    private static NameCandidate Person(int id, string name, params string[] aliases) =>
        new(id, $"person-{id}", name, aliases);
}
