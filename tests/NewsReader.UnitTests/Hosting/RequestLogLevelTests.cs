using Microsoft.AspNetCore.Http;
using NewsReader.Web.Hosting;
using Serilog.Events;

namespace NewsReader.UnitTests.Hosting;

public sealed class RequestLogLevelTests
{
    [Theory]
    [InlineData(200, 5, false, LogEventLevel.Debug)]
    [InlineData(304, 5, false, LogEventLevel.Debug)]
    [InlineData(404, 5, false, LogEventLevel.Information)]
    [InlineData(200, 1500, false, LogEventLevel.Warning)]
    [InlineData(503, 5, false, LogEventLevel.Error)]
    [InlineData(200, 5, true, LogEventLevel.Error)]
    public void For_LogsFailuresAndSlowRequests_LouderThanSuccesses(int status, double milliseconds, bool threw, LogEventLevel expected)
    {
        var context = new DefaultHttpContext();
        context.Response.StatusCode = status;

        Assert.Equal(expected, RequestLogLevel.For(context, milliseconds, threw ? new InvalidOperationException() : null));
    }

    [Fact]
    public void For_AClientThatWentAway_IsANote_NotAnError()
    {
        using var aborted = new CancellationTokenSource();
        aborted.Cancel();
        var context = new DefaultHttpContext { RequestAborted = aborted.Token };
        context.Response.StatusCode = 500;

        Assert.Equal(LogEventLevel.Information, RequestLogLevel.For(context, 5, new OperationCanceledException()));
        Assert.Equal(LogEventLevel.Error, RequestLogLevel.For(new DefaultHttpContext(), 5, new OperationCanceledException())); // a cancellation of our own is still an error
    }
}
