using System.Diagnostics;
using System.Globalization;

namespace NewsReader.LoadBench;

/// <summary>
/// How busy the machine was with other work during a run: CPU time of all processes (from /proc/stat,
/// interrupt time left out) less the app's and this benchmark's, as a share of all CPUs. Rates measured
/// while other developers build or test on the same machine are lower; this says by how much to distrust them.
/// </summary>
internal readonly record struct MachineCpu(double ProcessSeconds, double TotalSeconds, double BenchSeconds)
{
    private const double ClockTicksPerSecond = 100;

    public static MachineCpu Now()
    {
        if (!File.Exists("/proc/stat"))
        {
            return default;
        }

        // cpu  user nice system idle iowait irq softirq steal ...
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..9]
            .Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        var process = ticks[0] + ticks[1] + ticks[2] + ticks[7];
        return new MachineCpu(process / ClockTicksPerSecond, ticks.Sum() / ClockTicksPerSecond, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
    }

    /// <summary>Percent of all CPUs used by processes other than the app and this benchmark between two readings.</summary>
    public static double? OtherPercent(MachineCpu before, MachineCpu after, double? appSeconds)
    {
        var total = after.TotalSeconds - before.TotalSeconds;
        if (total <= 0 || appSeconds is null)
        {
            return null;
        }

        var other = after.ProcessSeconds - before.ProcessSeconds - appSeconds.Value - (after.BenchSeconds - before.BenchSeconds);
        return Math.Max(0, 100 * other / total);
    }
}
