using NewsReader.Web.Domain;
using NewsReader.Web.Ingestion;

namespace NewsReader.UnitTests.Ingestion;

public sealed class AnchorCheckTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch;

    [Fact]
    public void Verify_SpanOnItsText_Passes_SpanOnOtherWords_Throws_OrphanIgnored()
    {
        // One paragraph; before it is stored its id is 0, as the span's is.
        Paragraph[] paragraphs = [new(0, ParagraphKind.Body, "The minister spoke today.")];
        var right = new Annotation(1, 0, new TextAnchor(4, 12, "minister", "The ", " spoke today."), AnnotationKind.Topic, "u", Now);
        var wrong = new Annotation(1, 0, new TextAnchor(4, 12, "ministry", "The ", " spoke today."), AnnotationKind.Topic, "u", Now);
        var orphan = new Annotation(1, 0, new TextAnchor(0, 3, "Gone", string.Empty, string.Empty), AnnotationKind.Topic, "u", Now);
        orphan.Orphan();

        AnchorCheck.Verify(paragraphs, [right, orphan], []);
        var breach = Assert.Throws<AnchorCheckException>(() => AnchorCheck.Verify(paragraphs, [right, wrong], []));

        Assert.Contains("ministry", breach.Message);
        Assert.Contains("not stored", breach.Message);
    }
}
