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
}
