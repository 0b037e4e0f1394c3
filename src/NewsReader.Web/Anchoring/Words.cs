using System.Text;

namespace NewsReader.Web.Anchoring;

/// <summary>Splits text into lower-cased words (each CJK character is a word) and compares bags of words.</summary>
internal static class Words
{
    public static List<string> Tokenize(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var cjk = TextUnits.IsCjk(text[i]);
            if (TextUnits.IsWordAt(text, i) && !cjk)
            {
                word.Append(TextUnits.Fold(text[i]));
                continue;
            }

            Flush(word, words);
            if (cjk)
            {
                words.Add(text[i].ToString());
            }
        }

        Flush(word, words);
        return words;
    }

    /// <summary>Counts of each word, the bag that <see cref="Dice"/> compares.</summary>
    public static Dictionary<string, int> Bag(string text)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in Tokenize(text))
        {
            bag[word] = bag.GetValueOrDefault(word) + 1;
        }

        return bag;
    }

    /// <summary>
    /// Dice's coefficient over bags of words: 2 * shared / (total a + total b), 1 for identical bags.
    /// Word order is ignored, so a sentence moved inside a paragraph still counts as the same words.
    /// </summary>
    public static double Dice(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        int totalA = a.Values.Sum(), totalB = b.Values.Sum();
        if (totalA + totalB == 0)
        {
            return 1;
        }

        var shared = 0;
        foreach (var (word, count) in a)
        {
            shared += Math.Min(count, b.GetValueOrDefault(word));
        }

        return 2.0 * shared / (totalA + totalB);
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
