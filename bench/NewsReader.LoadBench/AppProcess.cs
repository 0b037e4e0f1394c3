using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace NewsReader.LoadBench;

/// <summary>Where one app instance keeps its state, and the Production environment it runs with.</summary>
internal sealed record AppSettings(string AppDll, string DataFolder, string SeedsFolder)
{
    public string DatabasePath => Path.Combine(DataFolder, "db.sqlite");

    public Dictionary<string, string> Environment() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Default"] = $"Data Source={DatabasePath}",
        ["DataProtection__KeysPath"] = Path.Combine(DataFolder, "keys"),
        ["LogFile__Path"] = Path.Combine(DataFolder, "logs", "app-.json"),
        ["Seed__Path"] = SeedsFolder,
        ["Security__SignInAttemptsPerMinute"] = "100000",
    };
}

/// <summary>
/// The app as a separate process, as production runs it: <c>dotnet NewsReader.Web.dll</c> started in
/// its own folder (the content root, so its appsettings.json applies), output captured to files.
/// </summary>
internal sealed class AppProcess
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly Task _output;

    private AppProcess(Process process, Uri baseAddress, Task output)
    {
        _process = process;
        BaseAddress = baseAddress;
        _output = output;
    }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    public static async Task<AppProcess> StartAsync(AppSettings settings, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.DataFolder);
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var process = Start(settings, ["--urls", $"http://127.0.0.1:{port}"], redirectInput: false);
        var output = Task.WhenAll(
            CopyToFileAsync(process.StandardOutput.BaseStream, Path.Combine(settings.DataFolder, "app.out")),
            CopyToFileAsync(process.StandardError.BaseStream, Path.Combine(settings.DataFolder, "app.err")));
        var app = new AppProcess(process, baseAddress, output);

        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the app exited with code {process.ExitCode} while starting; see {settings.DataFolder}/app.out");
            }

            try
            {
                using var response = await client.GetAsync("healthz", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: migrations and the seed ingestion run before the server starts.
            }

            await Task.Delay(200, cancellationToken);
        }

        await app.StopAsync();
        throw new TimeoutException($"the app did not answer /healthz within {StartTimeout.TotalSeconds} s");
    }

    /// <summary>Runs one of the app's commands (e.g. <c>users add</c>) with the same environment; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunCommandAsync(AppSettings settings, IReadOnlyList<string> args, string input, CancellationToken cancellationToken)
    {
        using var process = Start(settings, args, redirectInput: true);
        await process.StandardInput.WriteLineAsync(input.AsMemory(), cancellationToken);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The process's peak resident memory so far (VmHWM in /proc), in MiB; null where /proc is missing.</summary>
    public double? PeakMemoryMiB()
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? null : double.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>CPU time (user + system) the process has used so far, in seconds; null where /proc is missing.</summary>
    public double? CpuSeconds()
    {
        var stat = $"/proc/{_process.Id}/stat";
        if (!File.Exists(stat))
        {
            return null;
        }

        // Fields 14 and 15 (utime, stime) in clock ticks, counted after the ")" that ends the command name.
        var fields = File.ReadAllText(stat).Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / ClockTicksPerSecond;
    }

    // USER_HZ: 100 on every Linux architecture .NET runs on.
    private const double ClockTicksPerSecond = 100;

    /// <summary>A graceful stop (SIGTERM, as a service manager sends), so the app flushes its logs and closes the database.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])))
            {
                await kill!.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(StopTimeout);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        await _output;
        _process.Dispose();
    }

    private static Process Start(AppSettings settings, IReadOnlyList<string> args, bool redirectInput)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(settings.AppDll)!,
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(settings.AppDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in settings.Environment())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
    }

    private static async Task CopyToFileAsync(Stream source, string path)
    {
        await using var file = File.Create(path);
        await source.CopyToAsync(file);
    }

    /// <summary>A port nothing listens on now: the kernel's choice for port 0 on loopback.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
