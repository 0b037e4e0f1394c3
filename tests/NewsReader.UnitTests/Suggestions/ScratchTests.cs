using NewsReader.Web.Suggestions;
using Xunit.Abstractions;

namespace NewsReader.UnitTests.Suggestions;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        var text = File.ReadAllText("/tmp/scratch.txt").Split("\n\n");
        var article = new ArticleText(text[0], text[1..]);
        var model = ArticleModel.Read(article);
        foreach (var name in model.Names)
        {
            output.WriteLine($"{name.Paragraph.Index} {name} ev={name.Evidence} sup={name.HasContextSupport} words=[{string.Join("|", name.Words)}] person={name.Person?.Name} roles={string.Join("/", name.Roles)}");
        }

        foreach (var p in model.Paragraphs)
        {
            foreach (var r in ReferentScanner.Scan(p, 0, p.Tokens.Count))
            {
                output.WriteLine($"   ref {r.Kind} '{r.Text}' poss={r.Possessive} prep={r.AfterPreposition} plural={r.Plural} g={r.Gender}");
            }
        }

        foreach (var q in SuggestionExtractor.Extract(article).Quotes)
        {
            output.WriteLine($"Q p{q.Paragraph} {q.SpeakerKind} {q.SpeakerText} ({q.PersonName}) | {q.Text}");
        }
    }
}
