using NewsReader.Tests;

namespace NewsReader.IntegrationTests.Infrastructure;

/// <summary>
/// A fact about PostgreSQL itself (moving a database there, several instances on one): skipped, saying how to get a
/// server, when the run names none (<see cref="TestDatabase.PostgresServer"/>). .ci/run provides one.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresServer is null)
        {
            Skip = TestDatabase.HowToGetPostgres;
        }
    }
}
