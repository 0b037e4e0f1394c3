namespace NewsReader.Web.Anchoring;

/// <summary>
/// One article's old and new paragraphs, indexed once so every span is placed without rescanning:
/// the old paragraphs by id, the new ones by exact text and by word, and which new paragraph kept which id.
/// </summary>
internal sealed class ArticleChange
{
    private readonly Dictionary<string, List<int>> _byText = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _newIndexOfOld = [];
    private readonly Dictionary<int, int> _rankOfOld = [];
    private readonly List<OldParagraph> _ordered;
    private Dictionary<string, List<int>>? _byWord;

    public ArticleChange(IReadOnlyList<OldParagraph> old, IReadOnlyList<string> @new)
    {
        New = @new;
        _ordered = [.. old.OrderBy(p => p.Ordinal)];
        for (var r = 0; r < _ordered.Count; r++)
        {
            _rankOfOld.TryAdd(_ordered[r].Id, r);
        }

        for (var j = 0; j < @new.Count; j++)
        {
            IndexOf(_byText, @new[j]).Add(j);
        }

        var kept = ParagraphMatcher.Match(old, @new);
        for (var j = 0; j < kept.Count; j++)
        {
            if (kept[j] is { } id)
            {
                _newIndexOfOld[id] = j;
            }
        }
    }

    public IReadOnlyList<string> New { get; }

    public OldParagraph? Old(int? id) => id is { } i && _rankOfOld.TryGetValue(i, out var r) ? _ordered[r] : null;

    /// <summary>An old paragraph's place among the old paragraphs, 0-based, comparable with new indexes.</summary>
    public int RankOf(OldParagraph old) => _rankOfOld[old.Id];

    public int? NewIndexOf(int oldId) => _newIndexOfOld.TryGetValue(oldId, out var j) ? j : null;

    /// <summary>The old paragraphs, in order.</summary>
    public IReadOnlyList<OldParagraph> OldParagraphs => _ordered;

    /// <summary>Whether new paragraph <paramref name="newIndex"/> continues an old paragraph other than <paramref name="oldId"/>.</summary>
    public bool ContinuesAnotherParagraph(int newIndex, int oldId) => _newIndexOfOld.Any(kept => kept.Value == newIndex && kept.Key != oldId);

    /// <summary>Whether a new paragraph continues some old one (it kept an old id), rather than being new text.</summary>
    public bool ContinuesAnOldParagraph(int newIndex) => _newIndexOfOld.ContainsValue(newIndex);

    public IReadOnlyList<int> WithText(string text) => _byText.TryGetValue(text, out var list) ? list : [];

    /// <summary>The new paragraphs that contain a word, in order (built on first use: only fuzzy search needs it).</summary>
    public IReadOnlyList<int> WithWord(string word)
    {
        _byWord ??= BuildWordIndex();
        return _byWord.TryGetValue(word, out var list) ? list : [];
    }

    /// <summary>
    /// Where an old paragraph's text is expected now: the new paragraph that kept its id, or else the
    /// slot after the nearest earlier kept paragraph (or before the nearest later one).
    /// </summary>
    public int? ExpectedIndex(OldParagraph old)
    {
        if (NewIndexOf(old.Id) is { } kept)
        {
            return kept;
        }

        var rank = _rankOfOld[old.Id];
        for (var d = 1; d < _ordered.Count; d++)
        {
            if (rank - d >= 0 && NewIndexOf(_ordered[rank - d].Id) is { } before)
            {
                return Math.Min(before + 1, New.Count - 1);
            }

            if (rank + d < _ordered.Count && NewIndexOf(_ordered[rank + d].Id) is { } after)
            {
                return Math.Max(after - 1, 0);
            }
        }

        return null;
    }

    private Dictionary<string, List<int>> BuildWordIndex()
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < New.Count; j++)
        {
            foreach (var word in Words.Tokenize(New[j]).Distinct())
            {
                IndexOf(index, word).Add(j);
            }
        }

        return index;
    }

    private static List<int> IndexOf(Dictionary<string, List<int>> index, string key)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        return list;
    }
}
