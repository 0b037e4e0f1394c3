namespace NewsReader.IntegrationTests.Infrastructure;

/// <summary>
/// A fact that runs the W3C Web Annotation conformance checker (Node.js, <c>check-annotation.mjs</c> with its packages
/// installed) from the folder <c>NEWSREADER_W3C_CHECKER</c> names: skipped, saying how to get it, when there is none.
/// .ci/run provides it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class W3cCheckerFactAttribute : FactAttribute
{
    public const string Variable = "NEWSREADER_W3C_CHECKER";

    public W3cCheckerFactAttribute()
    {
        if (Folder is null)
        {
            Skip = $"No W3C Web Annotation conformance checker: copy the checker folder (check-annotation.mjs, package.json, " +
                $"annotation-model/), run 'npm ci' in it (Node.js 20+), and set {Variable} to it; .ci/run does this.";
        }
    }

    /// <summary>The checker's folder, or null when the run names none (or it is not installed).</summary>
    public static string? Folder =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder
        && File.Exists(Path.Combine(folder, "check-annotation.mjs"))
        && Directory.Exists(Path.Combine(folder, "node_modules"))
            ? folder
            : null;
}
