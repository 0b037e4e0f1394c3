namespace NewsReader.Web.Tagging;

public enum TaggingStatus
{
    Ok,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>The outcome of a tagging command, mapped to HTTP by the API and to form errors by pages.</summary>
public sealed record TaggingResult<T>(TaggingStatus Status, T? Value, IReadOnlyDictionary<string, string[]> Errors, string? Message = null)
{
    private static readonly Dictionary<string, string[]> NoErrors = [];

    public static TaggingResult<T> Ok(T value) => new(TaggingStatus.Ok, value, NoErrors);

    public static TaggingResult<T> NotFound(string message) => new(TaggingStatus.NotFound, default, NoErrors, message);

    public static TaggingResult<T> Forbidden(string message) => new(TaggingStatus.Forbidden, default, NoErrors, message);

    public static TaggingResult<T> Conflict(string message) => new(TaggingStatus.Conflict, default, NoErrors, message);

    public static TaggingResult<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(TaggingStatus.Invalid, default, errors);

    public static TaggingResult<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
