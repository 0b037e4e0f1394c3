using NewsReader.Web.Hosting;

namespace NewsReader.UnitTests.Hosting;

public sealed class SingleFlightTests
{
    [Fact]
    public async Task LoadsOfOneKeyAtTheSameTime_RunOnce_AndEveryCallerGetsTheResult()
    {
        var flight = new SingleFlight<string>();
        var release = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var loads = 0;
        Task<string> Load()
        {
            Interlocked.Increment(ref loads);
            return release.Task;
        }

        var callers = Enumerable.Range(0, 8).Select(_ => flight.RunAsync("tony-blair", Load)).ToList();
        var other = flight.RunAsync("barry-fitzpatrick", () => Task.FromResult("other"));
        release.SetResult("page data");

        Assert.All(await Task.WhenAll(callers), value => Assert.Equal("page data", value));
        Assert.Equal("other", await other);
        Assert.Equal(1, loads);

        // Once it is done, the next call loads again (keeping results is the caches' business).
        Assert.Equal("again", await flight.RunAsync("tony-blair", () => Task.FromResult("again")));
    }

    [Fact]
    public async Task WhenTheFirstLoadFails_TheFirstCallerGetsItsError_AndTheOthersLoadForThemselves()
    {
        var flight = new SingleFlight<int>();
        var fail = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = flight.RunAsync(1, () => fail.Task);
        var second = flight.RunAsync(1, () => Task.FromResult("loaded by the second"));
        fail.SetException(new OperationCanceledException("the first request was aborted"));

        await Assert.ThrowsAsync<OperationCanceledException>(() => first);
        Assert.Equal("loaded by the second", await second);
    }
}
