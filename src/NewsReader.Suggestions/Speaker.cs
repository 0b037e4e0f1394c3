namespace NewsReader.Suggestions;

/// <summary>Who said something, as resolved: a person (with the cluster), a body, an unnamed source.</summary>
internal sealed record Speaker(SpeakerKind Kind, string? Text, PersonCluster? Person, double Confidence)
{
    public static readonly Speaker Nobody = new(SpeakerKind.None, null, null, 0.3);

    public Gender Gender { get; init; }

    public bool Plural { get; init; }

    public Speaker WithConfidence(double factor) => this with { Confidence = Math.Round(Confidence * factor, 3) };

    /// <summary>Whether "he", "she", "they" or "it" can stand for this speaker.</summary>
    public bool Fits(Referent pronoun)
    {
        if (pronoun.Gender != Gender.Unknown)
        {
            var gender = Person?.Gender ?? Gender;
            return Kind is SpeakerKind.Person or SpeakerKind.Unnamed && !Plural && (gender == Gender.Unknown || gender == pronoun.Gender);
        }

        return pronoun.Plural ? Kind == SpeakerKind.Organisation || (Kind == SpeakerKind.Unnamed && Plural) : Kind == SpeakerKind.Organisation;
    }
}
