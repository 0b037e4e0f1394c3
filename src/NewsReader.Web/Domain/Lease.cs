using System.ComponentModel.DataAnnotations;

namespace NewsReader.Web.Domain;

/// <summary>
/// A job only one app instance may do at a time (watching and ingesting the seed folder): who holds it and until
/// when. The holder renews it well before it expires; when the holder dies, another instance takes it once it has.
/// </summary>
public sealed class Lease
{
    private Lease()
    {
        Name = Holder = string.Empty;
    }

    public Lease(string name, string holder, DateTimeOffset expiresAt)
    {
        Name = name;
        Holder = holder;
        ExpiresAt = expiresAt;
    }

    [Key]
    [MaxLength(64)]
    public string Name { get; private set; }

    [MaxLength(200)]
    public string Holder { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }
}
