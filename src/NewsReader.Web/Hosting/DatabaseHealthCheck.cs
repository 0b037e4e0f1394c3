using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsReader.Web.Data;

namespace NewsReader.Web.Hosting;

/// <summary>Healthy when the database answers a query against the articles table.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<NewsReaderDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var articles = await db.Articles.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{articles} articles");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
