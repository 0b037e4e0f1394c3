// The floor for bench/load/read-bench.sh: Kestrel, routing and one endpoint, no middleware. Logging
// providers are removed because a floor should do no per-request work besides answering; the
// comparison with NewsReader is then "what does everything the app adds cost".
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();

var app = builder.Build();
app.MapGet("/", () => "Hello");
app.Run();
