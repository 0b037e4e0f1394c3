using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace NewsReader.Web.Hosting;

/// <summary>
/// Stores data-protection keys in <c>DataProtection:KeysPath</c> (default <c>data/keys</c>, beside the
/// database; resolved like it), read when first needed so tests and hosts can point it elsewhere.
/// </summary>
public sealed class KeyManagementOptionsSetup(IConfiguration configuration, AppPaths paths, ILoggerFactory loggers) : IConfigureOptions<KeyManagementOptions>
{
    public void Configure(KeyManagementOptions options)
    {
        var folder = paths.Resolve(configuration["DataProtection:KeysPath"] ?? "data/keys");
        Directory.CreateDirectory(folder);
        options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), loggers);
    }
}
