using System.Text;

namespace NewsReader.Web.People;

/// <summary>
/// Writes CSV that spreadsheets open correctly and safely: every field quoted per RFC 4180 (quotes
/// doubled, commas and line breaks kept inside the quotes), CRLF between rows, and a field that would
/// start a formula (<c>= + - @</c>, tab, CR) prefixed with <c>'</c> so it stays text. Pure.
/// </summary>
public sealed class CsvWriter
{
    private const string RowEnd = "\r\n";

    // OWASP's list for CSV injection: what a spreadsheet reads as the start of a formula.
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private readonly StringBuilder _text = new();

    public CsvWriter AddRow(params IEnumerable<string?> fields)
    {
        _text.AppendJoin(',', fields.Select(Field)).Append(RowEnd);
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>The text as UTF-8 with a byte order mark, which is how spreadsheet programs tell it is UTF-8.</summary>
    public byte[] ToUtf8WithBom() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    /// <summary>One field, quoted and made inert.</summary>
    public static string Field(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && FormulaStarts.Contains(text[0]))
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
