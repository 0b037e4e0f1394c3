using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsReader.Web.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the app or touching a real database.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<NewsReaderDbContext>
{
    public NewsReaderDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NewsReaderDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
