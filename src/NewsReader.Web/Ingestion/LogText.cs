using System.Globalization;
using System.Text;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// Makes file names and messages safe to log: control characters (newlines, terminal escape
/// sequences, bidirectional overrides) are written as <c>\u001b</c>-style escapes, so a hostile file
/// name or request can neither forge log lines nor drive the terminal the console sink writes to.
/// Every sink gets this through <see cref="Hosting.PrintableLogSink"/>.
/// </summary>
public static class LogText
{
    public static string Printable(string text)
    {
        if (!text.Any(IsControl))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                safe.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    // C0, DEL and C1 controls; the Unicode line and paragraph separators, which some viewers break
    // lines at; and the bidirectional embeddings, overrides and isolates, which reorder what a reader
    // of the log sees ("Trojan Source").
    private static bool IsControl(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
}
