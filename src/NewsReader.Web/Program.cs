using NewsReader.Web.Hosting;

// Subcommands (ingest ...) share the app's configuration and database but never start the server.
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, Console.In, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = ContentRoot.Choose(args, Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
});
builder.AddNewsReader();

var app = builder.Build();
app.UseNewsReader();
await app.RunAsync();
return 0;

/// <summary>The entry point, public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
