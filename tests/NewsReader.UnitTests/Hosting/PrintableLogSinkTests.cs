using NewsReader.Web.Hosting;
using Serilog.Events;
using Serilog.Parsing;

namespace NewsReader.UnitTests.Hosting;

public sealed class PrintableLogSinkTests
{
    [Fact]
    public void Printable_EscapesStringsAtEveryDepthAndTheTemplateText()
    {
        var logEvent = Event("Pre-formatted by a library: x\nFORGED {Path}",
            ("Path", new ScalarValue("/a\nFORGED")),
            ("Char", new ScalarValue('\r')),
            ("Uri", new ScalarValue(new Uri("http://h/\u202eexe"))),
            ("List", new SequenceValue([new ScalarValue("ok"), new ScalarValue("b\u2028c")])),
            ("Shape", new StructureValue([new LogEventProperty("Name", new ScalarValue("d\u001b[31m"))], "Tag")),
            ("Map", new DictionaryValue([KeyValuePair.Create(new ScalarValue("k\n"), (LogEventPropertyValue)new ScalarValue("v\u0085"))])));

        var printable = PrintableLogSink.Printable(logEvent);
        var rendered = printable.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + string.Join(" ", printable.Properties.Values);

        Assert.True(!rendered.Any(char.IsControl), rendered.Replace("\n", "<NL>").Replace("\r", "<CR>"));
        Assert.DoesNotContain('\u2028', rendered);
        Assert.DoesNotContain('\u202e', rendered);
        Assert.StartsWith("Pre-formatted by a library: x\\u000aFORGED \"/a\\u000aFORGED\"", rendered, StringComparison.Ordinal);
        Assert.Equal("Tag", ((StructureValue)printable.Properties["Shape"]).TypeTag);
        Assert.Equal(logEvent.Level, printable.Level);
        Assert.Same(logEvent.Exception, printable.Exception);
    }

    [Fact]
    public void Printable_LeavesAPrintableEventAsItIs()
    {
        var logEvent = Event("HTTP {Method} {Path} responded {Status}",
            ("Method", new ScalarValue("GET")), ("Path", new ScalarValue("/articles/caf\u00e9")), ("Status", new ScalarValue(404)));

        Assert.Same(logEvent, PrintableLogSink.Printable(logEvent));
    }

    private static LogEvent Event(string template, params (string Name, LogEventPropertyValue Value)[] properties) =>
        new(DateTimeOffset.UnixEpoch, LogEventLevel.Information, new InvalidOperationException("boom"), new MessageTemplateParser().Parse(template),
            properties.Select(p => new LogEventProperty(p.Name, p.Value)));
}
