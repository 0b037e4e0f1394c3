using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;

namespace NewsReader.Web.Hosting;

/// <summary>
/// Moves the data-protection keys an earlier version kept as files (<c>DataProtection:KeysPath</c>, default
/// <c>data/keys</c>) into the database, once, when the database has none: cookies and antiforgery tokens they
/// signed stay valid, so nobody is signed out by the upgrade. The files are left where they are.
/// </summary>
public static class DataProtectionKeyImport
{
    public const string DefaultKeysPath = "data/keys";

    /// <summary>How many keys were imported (0 when the database had keys already or there was no folder).</summary>
    public static async Task<int> ImportAsync(NewsReaderDbContext db, string folder, ILogger logger, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder) || await db.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var keys = new List<DataProtectionKey>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            try
            {
                var element = XElement.Parse(await File.ReadAllTextAsync(file, cancellationToken));
                if (element.Name.LocalName is not ("key" or "revocation"))
                {
                    logger.LogWarning("Data-protection key file {KeyFile} left out: its root element is <{Element}>, not a key", file, element.Name.LocalName);
                    continue;
                }

                keys.Add(new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(file), Xml = element.ToString(SaveOptions.DisableFormatting) });
            }
            catch (XmlException ex)
            {
                logger.LogWarning("Data-protection key file {KeyFile} left out: not well-formed XML ({Reason})", file, ex.Message);
            }
        }

        if (keys.Count == 0)
        {
            return 0;
        }

        db.DataProtectionKeys.AddRange(keys);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Imported {Count} data-protection keys from {KeyFolder} into the database; the files are no longer read", keys.Count, folder);
        return keys.Count;
    }
}
