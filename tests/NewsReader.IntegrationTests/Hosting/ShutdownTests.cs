using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Hosting;

/// <summary>
/// The deployed app stopped as an orchestrator stops it (SIGTERM, then a grace period): a request already in
/// flight is answered, not cut off, and the process then ends by itself with exit code 0.
/// </summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task OnSigterm_ARequestInFlight_IsAnswered_AndTheProcessEndsCleanly()
    {
        await using var app = await DeployedApp.StartAsync();
        var form = Encoding.ASCII.GetBytes("Input.Email=someone%40example.org&Input.Password=not-the-password&__RequestVerificationToken=abc");
        var head = Encoding.ASCII.GetBytes(
            $"POST /account/login HTTP/1.1\r\nHost: {app.Address.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {form.Length}\r\nConnection: close\r\n\r\n");
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(app.Address.Host, app.Address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(head);
        await stream.WriteAsync(form.AsMemory(0, 20));
        await stream.FlushAsync();
        await Task.Delay(TimeSpan.FromSeconds(1)); // the app has the request and waits for the rest of its body

        using (var kill = Process.Start("kill", ["-TERM", app.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(app.HasExited, $"the app waits for the request in flight before it ends\n{app.Output}");
        await stream.WriteAsync(form.AsMemory(20));
        await stream.FlushAsync();

        using var reader = new StreamReader(stream, Encoding.ASCII);
        var status = await reader.ReadLineAsync();
        Assert.NotNull(status);
        Assert.Matches(@"^HTTP/1\.1 [234]\d\d ", status);
        Assert.Equal(0, await app.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }
}
