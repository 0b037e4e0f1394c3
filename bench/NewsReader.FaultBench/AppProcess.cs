using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NewsReader.FaultBench;

/// <summary>
/// One run of the built app (<c>dotnet NewsReader.Web.dll ...</c>) with its own database and
/// settings. Output is collected in memory for checks; <see cref="Kill"/> sends SIGKILL, as a power
/// cut, the OOM killer or <c>kill -9</c> would: no shutdown code of the app runs.
/// </summary>
internal sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private AppProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    /// <summary>Everything written to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet APP ARGS</c>; with <paramref name="runAs"/> (e.g. setpriv and its options) that program execs it, keeping the process id.</summary>
    public static AppProcess Start(string appDll, IEnumerable<string> args, AppSettings settings, string? standardInput = null, IReadOnlyList<string>? runAs = null)
    {
        var info = new ProcessStartInfo(runAs is null ? "dotnet" : runAs[0])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            WorkingDirectory = settings.WorkingDirectory,
        };
        foreach (var part in runAs?.Skip(1).Append("dotnet") ?? [])
        {
            info.ArgumentList.Add(part);
        }

        info.ArgumentList.Add(appDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        settings.ApplyTo(info.Environment);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var app = new AppProcess(process);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        app.Clock.Restart();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
        }

        return app;
    }

    /// <summary>SIGKILL (on Unix <see cref="Process.Kill()"/> sends signal 9), then reaps the process.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: false);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }

        _process.WaitForExit(10_000);
    }

    /// <summary>True when the process ended within the timeout; false when it is still running.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
            _process.WaitForExit(); // flushes the redirected output
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Polls GET /healthz until it answers 200 (with <paramref name="anyAnswer"/>, any status); false when the process exits or time runs out.</summary>
    public async Task<bool> WaitUntilHealthyAsync(HttpClient client, TimeSpan timeout, bool anyAnswer = false)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout && !HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK || anyAnswer)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // The client's own timeout.
            }

            await Task.Delay(100);
        }

        return false;
    }

    /// <summary>A free TCP port on the loopback address (the OS picks it; it is released at once).</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
        }
    }
}

/// <summary>
/// The environment a run gets: its own database, no log file, its own keys. It runs in the app's
/// folder, as `cd publish && dotnet NewsReader.Web.dll` would, so appsettings.json and wwwroot are found.
/// </summary>
internal sealed record AppSettings(string DatabasePath, string KeysPath, string WorkingDirectory, string? SeedPath = null)
{
    /// <summary>More environment variables (e.g. HOME for an unprivileged user).</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    public static AppSettings In(string folder, string appDll, string? seedPath = null) =>
        new(Path.Combine(folder, "db.sqlite"), Path.Combine(folder, "keys"), Path.GetDirectoryName(appDll)!, seedPath);

    public void ApplyTo(IDictionary<string, string?> environment)
    {
        environment["ConnectionStrings__Default"] = $"Data Source={DatabasePath}";
        environment["LogFile__Path"] = string.Empty;
        environment["DataProtection__KeysPath"] = KeysPath;
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["DOTNET_ENVIRONMENT"] = "Production";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment.Remove("ASPNETCORE_URLS");
        if (SeedPath is not null)
        {
            environment["Seed__Path"] = SeedPath;
        }

        foreach (var (key, value) in Extra)
        {
            environment[key] = value;
        }
    }
}
