using System.Diagnostics.CodeAnalysis;

namespace NewsReader.Web.Domain;

/// <summary>What a name names: one set of rules, with the limit and the wording of a refusal per kind.</summary>
public enum NameKind
{
    Person,
    Alias,
    Topic,
    DisplayName,
}

/// <summary>
/// The outcome of <see cref="NameRules.Check"/>: the name as it is to be stored, or a sentence saying what is
/// wrong with it. A value rather than an exception, so callers show the message without parsing one.
/// </summary>
public sealed record NameCheck(string? Name, string? Error)
{
    [MemberNotNullWhen(true, nameof(Name))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Error is null;

    public static NameCheck Ok(string name) => new(name, null);

    public static NameCheck Refused(string error) => new(null, error);
}
