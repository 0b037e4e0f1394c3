using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Hosting;

/// <summary>
/// Data-protection keys live in the database: two app instances on one database accept each other's sign-in
/// cookies and antiforgery tokens, and keys an earlier version kept as files are imported once, so an upgrade
/// signs nobody out.
/// </summary>
public sealed class SharedKeyRingTests
{
    [Fact]
    public async Task ASignInCookieAndAnAntiforgeryToken_FromOneInstance_WorkOnAnother()
    {
        using var first = new NewsReaderFactory();
        var user = await first.CreateUserAsync("Kim");
        using var second = new NewsReaderFactory()
            .With("ConnectionStrings:Default", first.Folder.ConnectionString)
            .With("Database:Provider", first.Folder.Provider)
            .With("Seed:Path", first.SeedFolder);
        var cookies = new CookieContainer();
        using var onFirst = first.CreateDefaultClient(new SharedCookies(cookies));
        using var onSecond = second.CreateDefaultClient(new SharedCookies(cookies));

        var signIn = await onFirst.SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var token = await onFirst.GetAntiforgeryTokenAsync("/");

        var page = await onSecond.GetDocumentAsync("/");
        Assert.Equal("Kim", page.QuerySelector(".signed-in")?.TextContent);
        var signOut = await onSecond.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        await using var db = first.CreateDbContext();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
    }

    [Fact]
    public async Task KeysKeptInFilesByAnEarlierVersion_AreImportedOnce_AndStillUnprotectWhatTheySigned()
    {
        using var factory = new NewsReaderFactory();
        var folder = factory.Folder.Combine("keys");
        var earlier = DataProtectionProvider.Create(new DirectoryInfo(folder), b => b.SetApplicationName("NewsReader")).CreateProtector("test purpose");
        var signed = earlier.Protect("signed before the upgrade");
        var files = Directory.GetFiles(folder, "*.xml");
        Assert.Single(files);

        var now = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test purpose");

        Assert.Equal("signed before the upgrade", now.Unprotect(signed));
        await using var db = factory.CreateDbContext();
        var stored = await db.DataProtectionKeys.ToListAsync();
        Assert.Equal(Path.GetFileNameWithoutExtension(files[0]), Assert.Single(stored).FriendlyName);
        Assert.True(File.Exists(files[0]), "the key file is left where it was");
    }

    [Fact]
    public async Task AFileThatIsNoKey_IsLeftOutWithAWarning_AndTheRestImported()
    {
        using var factory = new NewsReaderFactory();
        var folder = factory.Folder.Combine("old-keys");
        new FileSystemXmlRepository(new DirectoryInfo(folder), NullLoggerFactory.Instance).StoreElement(new System.Xml.Linq.XElement("key", new System.Xml.Linq.XAttribute("id", Guid.NewGuid())), "key-one");
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.xml"), "<key id=");
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.xml"), "<notes>not a key</notes>");
        var logger = new ListLogger();
        await using var db = factory.CreateDbContext();
        db.DataProtectionKeys.RemoveRange(db.DataProtectionKeys);
        await db.SaveChangesAsync();

        var imported = await NewsReader.Web.Hosting.DataProtectionKeyImport.ImportAsync(db, folder, logger, CancellationToken.None);
        var again = await NewsReader.Web.Hosting.DataProtectionKeyImport.ImportAsync(db, folder, logger, CancellationToken.None);

        Assert.Equal(1, imported);
        Assert.Equal(0, again);
        Assert.Contains(logger.Lines, l => l.Contains("broken.xml", StringComparison.Ordinal) && l.Contains("not well-formed", StringComparison.Ordinal));
        Assert.Contains(logger.Lines, l => l.Contains("notes.xml", StringComparison.Ordinal) && l.Contains("<notes>", StringComparison.Ordinal));
    }

    /// <summary>One cookie jar for clients of two hosts, as a browser has for one site behind a load balancer.</summary>
    private sealed class SharedCookies(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            var header = cookies.GetCookieHeader(uri);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    cookies.SetCookies(uri, cookie);
                }
            }

            return response;
        }
    }

    private sealed class ListLogger : Microsoft.Extensions.Logging.ILogger
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
