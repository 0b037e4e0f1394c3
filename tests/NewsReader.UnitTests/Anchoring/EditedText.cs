using System.Text;

namespace NewsReader.UnitTests.Anchoring;

/// <summary>
/// An article being edited at random, each character remembering where it came from (old paragraph and
/// offset, or -1 when inserted), so a test knows where every old span truly is after the edits.
/// </summary>
internal sealed class EditedText
{
    private const int Stride = 1_000_000;
    private readonly List<(StringBuilder Text, List<int> Origin)> _paragraphs = [];

    public EditedText(IReadOnlyList<string> paragraphs)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            _paragraphs.Add((new StringBuilder(paragraphs[p]), [.. Enumerable.Range(0, paragraphs[p].Length).Select(i => (p * Stride) + i)]));
        }
    }

    public string[] Texts => [.. _paragraphs.Select(p => p.Text.ToString())];

    /// <summary>Each new paragraph and range holding characters of the old span (empty when all of it is gone).</summary>
    public List<(int Paragraph, int Start, int End)> Truth(int oldParagraph, int start, int end)
    {
        var found = new List<(int, int, int)>();
        for (var k = 0; k < _paragraphs.Count; k++)
        {
            var origin = _paragraphs[k].Origin;
            var hits = Enumerable.Range(0, origin.Count).Where(i => origin[i] >= (oldParagraph * Stride) + start && origin[i] < (oldParagraph * Stride) + end).ToList();
            if (hits.Count > 0)
            {
                found.Add((k, hits[0], hits[^1] + 1));
            }
        }

        return found;
    }

    public void Apply(Random random, string sentence)
    {
        if (_paragraphs.Count == 0)
        {
            return;
        }

        var k = random.Next(_paragraphs.Count);
        switch (random.Next(8))
        {
            case 0: Insert(k, WordStart(k, random), sentence + " "); break;
            case 1: Remove(k, random, 1); break; // a typo fixed or made
            case 2: Remove(k, random, random.Next(3, 12)); Insert(k, WordStart(k, random), "new words "); break;
            case 3: Move(k, random.Next(_paragraphs.Count)); break;
            case 4: _paragraphs.RemoveAt(k); break;
            case 5: Split(k, WordStart(k, random)); break;
            case 6: Merge(k); break;
            default: Curl(k); break;
        }
    }

    private int WordStart(int k, Random random)
    {
        var text = _paragraphs[k].Text.ToString();
        var at = random.Next(text.Length + 1);
        while (at > 0 && !char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    private void Insert(int k, int at, string text)
    {
        _paragraphs[k].Text.Insert(at, text);
        _paragraphs[k].Origin.InsertRange(at, Enumerable.Repeat(-1, text.Length));
    }

    private void Remove(int k, Random random, int length)
    {
        var (text, origin) = _paragraphs[k];
        if (text.Length <= length + 2)
        {
            return;
        }

        var at = random.Next(text.Length - length);
        while (at > 0 && char.IsLowSurrogate(text[at]))
        {
            at--;
        }

        var end = at + length;
        while (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        text.Remove(at, end - at);
        origin.RemoveRange(at, end - at);
    }

    private void Move(int from, int to)
    {
        var paragraph = _paragraphs[from];
        _paragraphs.RemoveAt(from);
        _paragraphs.Insert(Math.Min(to, _paragraphs.Count), paragraph);
    }

    private void Split(int k, int at)
    {
        var (text, origin) = _paragraphs[k];
        if (at <= 0 || at >= text.Length)
        {
            return;
        }

        var tail = (new StringBuilder(text.ToString()[at..]), origin.GetRange(at, origin.Count - at));
        text.Remove(at, text.Length - at);
        origin.RemoveRange(at, origin.Count - at);
        _paragraphs.Insert(k + 1, tail);
    }

    private void Merge(int k)
    {
        if (k + 1 >= _paragraphs.Count)
        {
            return;
        }

        var next = _paragraphs[k + 1];
        Insert(k, _paragraphs[k].Text.Length, " ");
        _paragraphs[k].Text.Append(next.Text);
        _paragraphs[k].Origin.AddRange(next.Origin);
        _paragraphs.RemoveAt(k + 1);
    }

    private void Curl(int k)
    {
        var text = _paragraphs[k].Text;
        text.Replace('\'', '\u2019').Replace(" \"", " \u201c").Replace("\"", "\u201d");
    }
}
