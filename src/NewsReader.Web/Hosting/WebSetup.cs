using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using NewsReader.Web.Api;
using Serilog;

namespace NewsReader.Web.Hosting;

public static class WebSetup
{
    /// <summary>The output cache's bound (anonymous reading pages).</summary>
    public const long OutputCacheBytes = 32L * 1024 * 1024;

    /// <summary>Everything the web app needs, one concern per call.</summary>
    public static WebApplicationBuilder AddNewsReader(this WebApplicationBuilder builder)
    {
        builder.AddNewsReaderLogging();
        builder.Services.AddNewsReaderData(builder.Configuration);

        // Migrate and ingest the seeds before the server takes requests, then keep watching the folder; with several
        // instances on one database, only the one holding the seed-folder lease ingests and watches.
        builder.Services.Configure<SeedOptions>(builder.Configuration.GetSection(SeedOptions.Section));
        builder.Services.AddSingleton<IngestLease>();
        builder.Services.AddHostedService<StartupIngestion>();
        builder.Services.AddHostedService<SeedFolderWatcher>();

        builder.Services.AddNewsReaderProxies(builder.Configuration);
        builder.Services.AddNewsReaderAuth(builder.Configuration);
        builder.Services.AddSingleton<SecureTransport>();
        builder.Services.AddNewsReaderTagging();

        // Anonymous readers get the reading pages (articles, people, topics, their lists, search) from
        // memory: rendering the article page costs ~1 ms of CPU, serving it from the cache ~0.04 ms
        // (bench/load). Signed-in requests are never cached (the default policy), every write evicts the
        // "reading" tag at once, and other processes' changes (an ingest run that changes a text) show at
        // once too: a commit by any other connection drops them (PageCache).
        builder.Services.AddOutputCache(options =>
        {
            options.AddPolicy(PageCache.Reading, policy => policy.Tag(PageCache.Reading).VaryByValue(PageCache.VaryByGeneration).Expire(TimeSpan.FromSeconds(30)));
            // Anonymous reading pages are 10-60 KB: 32 MB keeps the busiest few hundred, and the default of
            // 100 MB sat in memory beside everything else (issue 12's goal is 400 MB at 100,000 articles).
            options.SizeLimit = OutputCacheBytes;
        });
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Account");
            options.Conventions.AuthorizeFolder("/Annotations");
            options.Conventions.AuthorizePage("/Articles/Undo");
            options.Conventions.AllowAnonymousToPage("/Annotations/History"); // history is public, as in the API; restoring checks itself
            options.Conventions.AllowAnonymousToPage("/Account/Login");
            options.Conventions.AllowAnonymousToPage("/Account/Register");
            options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            options.Conventions.ConfigureFilter(new MissingHandlerFilter());
        });

        // Encode only what HTML needs (<, >, &, quotes): article text in any script stays readable in the page source.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ErrorResponses>();
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));

            // A misspelt field is an error, not silently ignored: the client learns which field was wrong.
            options.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;

            // A number is a JSON number: "start": "0" is a wrong type and gets a 400 (the web defaults read it).
            options.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });

        // Bad JSON and wrong types throw, so ErrorResponses can say what was wrong instead of an empty 400.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static WebApplication UseNewsReader(this WebApplication app)
    {
        // Always the friendly handler, in Development too: no stack trace ever reaches a browser; the log has it.
        app.UseExceptionHandler("/Error");

        // The client's scheme and address from a trusted proxy, before anything reads them.
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseMiddleware<SecureTransport>();
        app.UseRequestLimits();

        // Errors without a body get a body: problem details under /api, the friendly status page elsewhere.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), site => site.UseStatusCodePagesWithReExecute("/Status/{0}"));
        // One event per request, at a level by outcome: failures are errors, slow requests warnings, and
        // the rest Debug, which production's Information minimum drops before any formatting. Writing
        // every request at thousands a second would cost more than serving it (see bench/README.md).
        // The app's own Serilog logger: hosts leave the static Log alone (see LoggingSetup).
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = RequestLogLevel.For;
        });
        app.Use(ErrorResponses.AnswerBadRequestsAsync);
        app.UseStaticFiles();
        app.UseRouting();
        app.UsePageMethods();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.Use(async (context, next) =>
        {
            // Pages and API reads alike: the API's type-ahead and search read caches that follow it too.
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                await context.RequestServices.GetRequiredService<PageCache>().FollowOtherWritersAsync(context.RequestAborted);
            }

            await next(context);
        });
        app.UseOutputCache();
        app.UseAntiforgery();

        app.MapHealthChecks("/healthz");
        app.MapArticlesApi();
        app.MapAnnotationsApi();
        app.MapSuggestionsApi();
        app.MapNamesApi();
        app.MapSearchApi();
        app.MapNamesAdminApi();
        app.MapPeopleApi();
        app.MapExportApi();
        app.MapRazorPages();
        return app;
    }
}
