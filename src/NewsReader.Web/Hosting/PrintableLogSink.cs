using NewsReader.Web.Ingestion;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace NewsReader.Web.Hosting;

/// <summary>
/// Wraps the log sinks so that no control character reaches any of them: every string in an event
/// (property values at any depth, and the message template's own text, which holds user text when a
/// library logs a pre-formatted message) is passed through <see cref="LogText.Printable"/>. A request
/// for <c>/articles/x%0AFORGED</c> otherwise wrote a line starting "FORGED" to the console. Done once
/// here rather than at each call site, so a new log statement cannot forget it.
/// </summary>
public sealed class PrintableLogSink(ILogEventSink inner) : ILogEventSink
{
    private static readonly MessageTemplateParser Parser = new();

    public void Emit(LogEvent logEvent) => inner.Emit(Printable(logEvent));

    /// <summary>The event itself when it is already printable (nearly always), else an escaped copy.</summary>
    public static LogEvent Printable(LogEvent logEvent)
    {
        var changed = false;
        var properties = new List<LogEventProperty>(logEvent.Properties.Count);
        foreach (var (name, value) in logEvent.Properties)
        {
            var printable = Printable(value);
            changed |= !ReferenceEquals(printable, value);
            properties.Add(new LogEventProperty(name, printable));
        }

        var text = LogText.Printable(logEvent.MessageTemplate.Text);
        var template = ReferenceEquals(text, logEvent.MessageTemplate.Text) ? logEvent.MessageTemplate : Parser.Parse(text);
        if (!changed && ReferenceEquals(template, logEvent.MessageTemplate))
        {
            return logEvent;
        }

        return new LogEvent(logEvent.Timestamp, logEvent.Level, logEvent.Exception, template, properties,
            logEvent.TraceId ?? default, logEvent.SpanId ?? default);
    }

    // Each returns the same instance when nothing in it needed escaping, so the usual event is not copied.
    private static LogEventPropertyValue Printable(LogEventPropertyValue value) => value switch
    {
        ScalarValue scalar => Printable(scalar),
        SequenceValue sequence => AnyChanged(sequence.Elements, out var elements) ? new SequenceValue(elements) : sequence,
        StructureValue structure => AnyChanged([.. structure.Properties.Select(p => p.Value)], out var values)
            ? new StructureValue(structure.Properties.Select((p, i) => new LogEventProperty(p.Name, values[i])), structure.TypeTag)
            : structure,
        DictionaryValue dictionary => Printable(dictionary),
        _ => value,
    };

    // Strings, chars and any object whose text could carry controls (a Uri, a PathString); numbers,
    // dates, ids and enums cannot. Not "any IFormattable": Uri is one, and keeps U+202E unescaped.
    private static ScalarValue Printable(ScalarValue scalar)
    {
        var text = scalar.Value switch
        {
            null or bool or byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal => null,
            DateTime or DateTimeOffset or DateOnly or TimeOnly or TimeSpan or Guid or Enum => null,
            var other => other.ToString(),
        };
        if (text is null)
        {
            return scalar;
        }

        var printable = LogText.Printable(text);
        return ReferenceEquals(printable, text) ? scalar : new ScalarValue(printable);
    }

    private static DictionaryValue Printable(DictionaryValue dictionary)
    {
        var entries = dictionary.Elements.Select(e => KeyValuePair.Create(Printable(e.Key), Printable(e.Value))).ToList();
        var changed = entries.Zip(dictionary.Elements).Any(p => !ReferenceEquals(p.First.Key, p.Second.Key) || !ReferenceEquals(p.First.Value, p.Second.Value));
        return changed ? new DictionaryValue(entries) : dictionary;
    }

    private static bool AnyChanged(IReadOnlyList<LogEventPropertyValue> values, out List<LogEventPropertyValue> printable)
    {
        printable = [.. values.Select(Printable)];
        return printable.Where((v, i) => !ReferenceEquals(v, values[i])).Any();
    }
}
