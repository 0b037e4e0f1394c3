namespace NewsReader.Suggestions;

/// <summary>
/// A word or punctuation mark in a paragraph. <see cref="Quote"/> is the index of the quotation it is
/// inside (-1 outside any); <see cref="Sentence"/> the index of its sentence.
/// </summary>
internal sealed class Token(int start, int end, string text, bool isWord)
{
    public int Start { get; } = start;

    public int End { get; } = end;

    public string Text { get; } = text;

    public bool IsWord { get; } = isWord;

    public int Quote { get; set; } = -1;

    public int Sentence { get; set; }

    /// <summary>First word of a sentence or of a quotation, where any word is capitalised.</summary>
    public bool StartsSentence { get; set; }

    public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);

    public bool IsLower => IsWord && char.IsLower(Text[0]);

    public bool Is(string word) => string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunct(char c) => !IsWord && Text.Length == 1 && Text[0] == c;

    /// <summary>The word without a possessive ending ("Blair's", "Pompeo’s" give "Blair", "Pompeo").</summary>
    public string Stem => HasPossessiveS ? Text[..^2] : Text;

    public bool HasPossessiveS => IsWord && Text.Length > 2 && Text[^1] is 's' && Text[^2] is '\'' or '\u2019';

    public override string ToString() => Text;
}
