namespace NewsReader.FaultBench;

/// <summary>A private temporary folder; removed on dispose unless a check failed (then kept for a look).</summary>
internal sealed class Scratch : IDisposable
{
    private int _next;

    public Scratch(string label)
    {
        Root = Directory.CreateTempSubdirectory($"newsreader-faults-{label}-").FullName;
    }

    public string Root { get; }

    public bool Keep { get; set; }

    public string NewFolder(string label)
    {
        var folder = Path.Combine(Root, $"{label}-{++_next}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Keep)
        {
            Console.WriteLine($"kept {Root} for inspection");
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException ex)
        {
            Console.WriteLine($"could not remove {Root}: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.WriteLine($"could not remove {Root}: {ex.Message}");
        }
    }
}

/// <summary>Collects failed checks; the exit code is 1 when there is any.</summary>
internal sealed class Verdict
{
    private readonly List<string> _failures = [];

    public IReadOnlyList<string> Failures => _failures;

    public bool Passed => _failures.Count == 0;

    /// <summary>Records a failure when the condition is false; returns the condition.</summary>
    public bool Check(bool condition, string failure)
    {
        if (!condition)
        {
            Fail(failure);
        }

        return condition;
    }

    public void Fail(string failure)
    {
        _failures.Add(failure);
        Console.WriteLine($"  FAIL: {failure}");
    }

    public int Finish(string name)
    {
        Console.WriteLine(Passed
            ? $"{name}: PASS"
            : $"{name}: FAIL ({_failures.Count} failed check{(_failures.Count == 1 ? string.Empty : "s")})");
        foreach (var failure in _failures)
        {
            Console.WriteLine($"  - {failure}");
        }

        return Passed ? Arguments.Success : Arguments.Failures;
    }
}
