using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NewsReader.IntegrationTests.Infrastructure;

/// <summary>
/// The app as users deploy it: the built NewsReader.Web.dll started by <c>dotnet</c> in its own process,
/// in the Production environment (no launch profile, no test host, only appsettings.json and the
/// environment variables given), serving plain HTTP on a free loopback port as the Docker image does.
/// </summary>
public sealed class DeployedApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private DeployedApp(Process process, Uri address, TestFolder folder)
    {
        _process = process;
        Address = address;
        Folder = folder;
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Ends the process at once with SIGKILL, as a crash or the kernel's out-of-memory killer would.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>The exit code once the process has ended within <paramref name="limit"/>, else null.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public TestFolder Folder { get; }

    /// <summary>Everything the process wrote to its console so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<DeployedApp> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        var folder = new TestFolder();
        var seeds = folder.Combine("seeds");
        Directory.CreateDirectory(seeds);
        File.Copy(TestFolder.SeedFile, Path.Combine(seeds, Path.GetFileName(TestFolder.SeedFile)));
        var address = new Uri($"http://127.0.0.1:{FreePort()}");

        var start = new ProcessStartInfo("dotnet", [WebDll()])
        {
            WorkingDirectory = folder.Path, // as from another folder: the app must find its own files
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var variables = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = address.ToString(),
            ["ConnectionStrings__Default"] = folder.ConnectionString,
            ["Database__Provider"] = folder.Provider,
            ["Seed__Path"] = seeds,
            ["Seed__Watch"] = "false",
            ["Ingestion__Suggest"] = "false",
            ["LogFile__Path"] = folder.Combine("logs/newsreader-.json"),
            ["DataProtection__KeysPath"] = folder.Combine("keys"),
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }

        foreach (var (key, value) in variables)
        {
            start.Environment[key] = value;
        }

        // As users start it: not with the test run's own host settings (see NewsReaderFactory).
        start.Environment.Remove("DOTNET_USE_POLLING_FILE_WATCHER");
        start.Environment.Remove("DOTNET_hostBuilder__reloadConfigOnChange");

        var app = new DeployedApp(new Process { StartInfo = start }, address, folder);
        app._process.OutputDataReceived += (_, line) => app.Append(line.Data);
        app._process.ErrorDataReceived += (_, line) => app.Append(line.Data);
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        await app.WaitUntilHealthyAsync();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Folder.Dispose();
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode} before serving:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting under load.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The app did not answer /healthz within 90 s:\n{Output}");
    }

    // The web project's own build output, in the configuration this test assembly was built in.
    private static string WebDll()
    {
        var testBin = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "NewsReader.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root?.FullName ?? ".", "src", "NewsReader.Web", "bin", configuration, framework, "NewsReader.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first: the web app's dll is missing.", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
