namespace NewsReader.ReanchorBench;

/// <summary>Text the edit script writes: plain newsroom prose with no names, so it cannot create a rival for a tagged span.</summary>
internal static class Pools
{
    public static readonly string[] Sentences =
    [
        "The figures were revised on Monday after an error was found.",
        "Officials declined to comment further.",
        "The report is expected to be published later this month.",
        "Details of the agreement have not been made public.",
        "The decision is likely to be challenged.",
        "Talks are due to resume next week.",
        "Analysts had expected a smaller change.",
        "The company has since updated its forecast.",
    ];

    public static readonly string[] Paragraphs =
    [
        "This article was amended to correct the date of the meeting.",
        "An earlier version of this story gave the wrong figure for the total cost of the scheme.",
        "Correction: the vote takes place on Thursday, not on Wednesday as previously reported.",
        "The story has been updated with a statement released on Friday afternoon.",
        "Further details are expected when the full results are published next month.",
    ];

    public static readonly string[] Words =
    [
        "the", "council", "plans", "would", "report", "after", "several", "months", "of", "talks", "with", "local",
        "groups", "and", "its", "new", "budget", "was", "agreed", "on", "by", "members", "who", "said", "that",
        "costs", "had", "risen", "sharply", "over", "year", "while", "income", "fell", "in", "most", "areas",
    ];
}
