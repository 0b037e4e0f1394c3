namespace NewsReader.FaultBench;

/// <summary>
/// Fault tests against the built app, run as separate processes the way an operator runs it: kill -9
/// during an ingest and under web writes, a real full disk and a real read-only database. A type with
/// Main rather than top-level statements: the web project already exposes a global <c>Program</c>.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Arguments? arguments;
        string error;
        try
        {
            arguments = Arguments.Parse(args, out error);
        }
        catch (ArgumentException ex)
        {
            (arguments, error) = (null, ex.Message);
        }

        if (arguments is null)
        {
            var writer = string.IsNullOrEmpty(error) ? Console.Out : Console.Error;
            if (!string.IsNullOrEmpty(error))
            {
                writer.WriteLine($"faultbench: {error}");
            }

            writer.WriteLine(Arguments.Usage);
            return string.IsNullOrEmpty(error) ? Arguments.Success : Arguments.UsageError;
        }

        if (arguments.Command == "storage" && !OperatingSystem.IsLinux())
        {
            Console.Error.WriteLine("faultbench: storage needs Linux (tmpfs, chattr, setpriv).");
            return Arguments.UsageError;
        }

        try
        {
            return arguments.Command switch
            {
                "ingest-kill" => await IngestKill.RunAsync(arguments),
                "startup-kill" => await StartupKill.RunAsync(arguments),
                "web-kill" => await WebKill.RunAsync(arguments),
                "storage" when OperatingSystem.IsLinux() => await StorageTest.RunAsync(arguments),
                _ => Arguments.UsageError,
            };
        }
        catch (ArgumentException ex) when (ex.GetType() == typeof(ArgumentException))
        {
            // Thrown by Arguments for a bad option value; anything more specific is a bug, not a usage error.
            Console.Error.WriteLine($"faultbench: {ex.Message}");
            return Arguments.UsageError;
        }
    }
}
