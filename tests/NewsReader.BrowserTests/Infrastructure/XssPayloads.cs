namespace NewsReader.BrowserTests.Infrastructure;

/// <summary>
/// One hostile string. If it ever runs it calls alert/confirm/prompt with its <see cref="Number"/>, sets
/// <c>window.__xss</c> to it or sets <c>document.title = 'XSS'</c>, so a run is caught and traced back to it.
/// </summary>
/// <param name="NoteText">What a reader sees when the text is Markdown (a note, a description), where that
/// differs from the text itself: Markdown decodes entities, drops code-span backticks and keeps only a link's text.</param>
public sealed record XssPayload(int Number, string Category, string Text, string? NoteText = null)
{
    /// <summary>Whether the app's own name rules take the text as a person's or topic's name.</summary>
    public bool CanBeName => NewsReader.Web.Domain.NameRules.Check(Text, NewsReader.Web.Domain.NameKind.Person).IsValid;

    /// <summary>A title is one line of the article file.</summary>
    public bool CanBeTitle => !Text.Contains('\n', StringComparison.Ordinal);

    /// <summary>The name as stored: trimmed, normalised, runs of whitespace made one space.</summary>
    public string AsName => NewsReader.Web.Domain.NameRules.Check(Text, NewsReader.Web.Domain.NameKind.Person).Name ?? Text;

    /// <summary>What a reader sees where Markdown is rendered.</summary>
    public string AsNote => NoteText ?? Text;

    public override string ToString() => $"#{Number} ({Category})";
}

/// <summary>The table of cross-site-scripting payloads the browser tests plant everywhere user or article text is shown.</summary>
public static class XssPayloads
{
    public static readonly IReadOnlyList<XssPayload> All =
    [
        // Script elements, in every case and half-broken form.
        new(1, "script tag", "<script>alert(1)</script>"),
        new(2, "mixed case", "<SCRIPT>window.__xss=2</SCRIPT>"),
        new(3, "mixed case", "<ScRiPt>confirm(3)</sCrIpT>"),
        new(4, "script tag", """<script src="data:text/javascript,window.__xss=4"></script>"""),
        new(6, "breakout", "</textarea><script>alert(6)</script>"),
        new(5, "breakout", "</title><script>prompt(5)</script>"),
        new(7, "broken markup", "<scr<script>ipt>alert(7)</script>"),
        new(8, "unclosed markup", "<script>window.__xss=8"),
        new(71, "broken markup", "<<script>alert(71);//<</script>"),
        new(72, "unclosed markup", "<img src=x onerror=alert(72)//"),
        new(82, "unclosed markup", """<a href="javascript:alert(82)"""),
        new(73, "breakout", "</mark></p><img src=x onerror=alert(73)>"),

        // Event handlers on every element that fires one without a click.
        new(9, "event handler", "<img src=x onerror=alert(9)>"),
        new(10, "mixed case", """<IMG SRC=x OnErRoR="window.__xss=10">"""),
        new(11, "event handler", """<img src=x onerror="document.title='XSS'">"""),
        new(70, "event handler", "<img/src/onerror=alert(70)>"),
        new(68, "event handler", "<img src=x:alert(68) onerror=eval(src)>"),
        new(16, "event handler", "<body onload=alert(16)>"),
        new(17, "event handler", "<details open ontoggle=alert(17)>"),
        new(18, "event handler", """<video><source onerror="window.__xss=18"></video>"""),
        new(19, "event handler", "<audio src=x onerror=confirm(19)>"),
        new(20, "event handler", "<input autofocus onfocus=alert(20)>"),
        new(21, "event handler", "<marquee onstart=alert(21)>XSS</marquee>"),

        // SVG.
        new(12, "svg", "<svg onload=alert(12)>"),
        new(69, "svg", "<svg/onload=alert(69)>"),
        new(13, "svg", "<svg><script>window.__xss=13</script></svg>"),
        new(14, "svg", "<svg><animate onbegin=alert(14) attributeName=x dur=1s>"),
        new(15, "svg", "<svg><a><animate attributeName=href values=javascript:alert(15) /><text x=20 y=20>XSS</text></a></svg>"),

        // Frames, objects and other documents.
        new(22, "iframe", """<iframe srcdoc="<script>parent.__xss=22</script>"></iframe>"""),
        new(23, "iframe", """<iframe src="javascript:parent.__xss=23"></iframe>"""),
        new(81, "iframe", """<svg><foreignObject><iframe srcdoc="&lt;script&gt;parent.__xss=81&lt;/script&gt;"></iframe></foreignObject></svg>""",
            """<svg><foreignObject><iframe srcdoc="<script>parent.__xss=81</script>"></iframe></foreignObject></svg>"""),
        new(24, "object", """<object data="javascript:alert(24)"></object>"""),
        new(25, "embed", """<embed src="data:text/html,<script>alert(25)</script>">"""),
        new(77, "link", """<link rel=import href="data:text/html,<script>alert(77)</script>">"""),

        // Script URLs.
        new(26, "javascript: URL", """<a href="javascript:alert(26)">click</a>"""),
        new(27, "vbscript: URL", """<a href="vbscript:alert(27)">click</a>"""),
        new(28, "data: URL", """<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgyOCk8L3NjcmlwdD4=">click</a>"""),
        new(78, "javascript: URL", "javascript:alert(78)"),

        // Encoded variants: HTML entities, URL encoding, control characters and null bytes.
        new(29, "entity", """<a href="&#106;avascript:alert(29)">click</a>""", """<a href="javascript:alert(29)">click</a>"""),
        new(30, "entity", """<a href="jav&#x09;ascript:alert(30)">click</a>""", "<a href=\"jav\tascript:alert(30)\">click</a>"),
        new(75, "entity", """<a href="javascript&colon;alert(75)">click</a>""", """<a href="javascript:alert(75)">click</a>"""),
        new(76, "entity", """<img src=x onerror="&#97;lert(76)">""", """<img src=x onerror="alert(76)">"""),
        new(85, "entity", "<iMg SrC=x OnErRoR=&#x61;&#x6C;&#x65;&#x72;&#x74;(85)>", "<iMg SrC=x OnErRoR=alert(85)>"),
        new(34, "entity", "&lt;script&gt;alert(34)&lt;/script&gt;", "<script>alert(34)</script>"),
        new(35, "entity", "&#60;img src=x onerror=alert(35)&#62;", "<img src=x onerror=alert(35)>"),
        new(79, "entity", """<a href=" &#14;javascript:alert(79)">click</a>""", "<a href=\" \u000Ejavascript:alert(79)\">click</a>"),
        new(33, "URL-encoded", "%3Cscript%3Ealert(33)%3C%2Fscript%3E"),
        new(86, "escaped", @"<img src=x onerror=\u0061lert(86)>"),
        new(31, "null byte", "<a href=\"java\0script:alert(31)\">click</a>"),
        new(32, "null byte", "<scr\0ipt>alert(32)</scr\0ipt>"),
        new(84, "bidi override", "\u202E<script>alert(84)</script>"),

        // Breaking out of attributes and templates.
        new(36, "attribute breakout", "\"><script>alert(36)</script>"),
        new(37, "attribute breakout", "'><img src=x onerror=alert(37)>"),
        new(38, "attribute breakout", "\" autofocus onfocus=\"window.__xss=38\" x=\""),
        new(39, "attribute breakout", "' autofocus onfocus='alert(39)' x='"),
        new(40, "template literal", "${alert(40)}"),
        new(41, "template literal", "`;alert(41);`", ";alert(41);"),
        new(42, "AngularJS", "{{constructor.constructor('alert(42)')()}}"),
        new(43, "AngularJS", "{{$on.constructor('window.__xss=43')()}}"),

        // CSS.
        new(44, "CSS", """<div style="background:url(javascript:alert(44))">XSS</div>"""),
        new(45, "CSS", """<div style="width:expression(alert(45))">XSS</div>"""),
        new(46, "CSS", """<style>*{background:url("javascript:alert(46)")}</style>"""),

        // Elements that change the whole page: refresh, base URL, forms, MathML, parser differentials.
        new(47, "meta refresh", """<meta http-equiv="refresh" content="0;url=javascript:alert(47)">"""),
        new(48, "base", """<base href="javascript:alert(48)//">"""),
        new(49, "form", """<form action="javascript:alert(49)"><button>XSS</button></form>"""),
        new(50, "form", "<form><button formaction=javascript:alert(50)>XSS</button></form>"),
        new(51, "math", """<math href="javascript:alert(51)">XSS</math>"""),
        new(52, "math", "<math><mtext><table><mglyph><style><img src=x onerror=alert(52)>"),
        new(53, "mutation", """<noscript><p title="</noscript><img src=x onerror=alert(53)>">"""),
        new(80, "mutation", """<xmp><p title="</xmp><img src=x onerror=alert(80)>">"""),
        new(54, "comment", """<!--<img src="--><img src=x onerror=alert(54)//">"""),
        new(74, "CDATA", "<![CDATA[<script>alert(74)</script>]]>"),

        // Markdown: links, images, reference links and autolinks to scripts; HTML inside Markdown.
        new(55, "Markdown link", "[click](javascript:alert(55))", "click"),
        new(59, "Markdown link", "[click](JaVaScRiPt:alert(59))", "click"),
        new(60, "Markdown link", "[click](<javascript:alert(60)>)", "click"),
        new(61, "Markdown link", "[click](jav&#x61;script:alert(61))", "click"),
        new(62, "Markdown link", "[click](vbscript:alert(62))", "click"),
        new(66, "Markdown link", """[click](https://example.org/ "a\" onmouseover=\"alert(66)")""", "click"),
        new(56, "Markdown image", "![XSS](javascript:alert(56))", "XSS"),
        new(67, "Markdown image", """![XSS](https://example.org/x.png"onerror="alert(67))""", "XSS"),
        new(57, "Markdown reference", "[r57]: javascript:alert(57)\n[click][r57]", "click"),
        new(58, "Markdown autolink", "<javascript:alert(58)>", "javascript:alert(58)"),
        new(65, "Markdown autolink", """<http://example.org/"onmouseover="alert(65)>""", """http://example.org/"onmouseover="alert(65)"""),
        new(63, "HTML in Markdown", "**<img src=x onerror=alert(63)>**", "<img src=x onerror=alert(63)>"),
        new(64, "HTML in Markdown", "[<img src=x onerror=alert(64)>](https://example.org/)", "<img src=x onerror=alert(64)>"),
    ];

    /// <summary>
    /// The first payload of each category: for pages that render every payload through the same template, where
    /// the full table would only repeat what these show.
    /// </summary>
    public static IReadOnlyList<XssPayload> OnePerCategory => [.. All.GroupBy(p => p.Category).Select(g => g.First())];

    /// <summary>
    /// The text a browser shows for stored text: HTML cannot carry U+0000, so the encoder writes <c>&amp;#x0;</c>
    /// and the browser reads U+FFFD (Markdown does the same to a null byte). Ingested files never contain one.
    /// </summary>
    public static string Displayed(string stored) => stored.Replace('\0', '\uFFFD');

    /// <summary>Text with whitespace runs collapsed and trimmed, for comparing rendered Markdown.</summary>
    public static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
