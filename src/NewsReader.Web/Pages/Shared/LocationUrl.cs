using System.Text;

namespace NewsReader.Web.Pages.Shared;

/// <summary>
/// A URL the user supplied (a sign-in return address), made fit for a Location header: characters a
/// header cannot carry (controls, spaces, anything outside ASCII) become UTF-8 percent-escapes, as a
/// browser would send them. Unescaped, Kestrel refuses the header and the request ends in a 500 after
/// its work (the sign-in) is done. Escapes already present and the URL's structure are kept.
/// </summary>
public static class LocationUrl
{
    public static string Escape(string url)
    {
        if (!url.Any(NeedsEscape))
        {
            return url;
        }

        var escaped = new StringBuilder(url.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value > ' ' && rune.Value < 0x7F)
            {
                escaped.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) => c <= ' ' || c >= '\u007f';
}
