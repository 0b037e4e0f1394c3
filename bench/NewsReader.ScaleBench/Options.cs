using System.Globalization;

namespace NewsReader.ScaleBench;

/// <summary>
/// A command's arguments: <c>--name value</c> options and positional values, checked against the
/// options the command knows so a misspelt one is an error rather than a silent default.
/// </summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private Options(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses <paramref name="args"/>; null with <paramref name="error"/> set when an option is unknown or has no value.</summary>
    public static Options? Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> known, out string? error)
    {
        error = null;
        var options = new Options([]);
        var positional = (List<string>)options.Positional;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            if (!known.Contains(arg))
            {
                error = $"unknown option {arg}";
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{arg} needs a value";
                return null;
            }

            options._values[arg] = args[++i];
        }

        return options;
    }

    public string? Text(string name) => _values.GetValueOrDefault(name);

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or <paramref name="fallback"/> when not given.</summary>
    public int Number(string name, int fallback, int min, int max)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"{name} must be a whole number from {min:N0} to {max:N0} (got '{text}')");
    }

    public double Fraction(string name, double fallback)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? value
            : throw new UsageException($"{name} must be a number from 0 to 1 (got '{text}')");
    }
}

/// <summary>A wrong command line: the message is printed with the usage, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
