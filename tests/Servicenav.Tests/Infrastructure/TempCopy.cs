namespace Servicenav.Tests.Infrastructure;

/// <summary>A throwaway copy of a folder of import files, for a test to corrupt line by line.</summary>
public sealed class TempCopy : IDisposable
{
    public TempCopy(string source)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"servicenav-import-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    public string Path { get; }

    /// <summary>Replaces text on one line (1 = the header line); fails if the text is not on that line.</summary>
    public void Replace(string file, int line, string oldText, string newText)
    {
        var lines = Lines(file);
        lines[line - 1].ShouldContain(oldText, Case.Sensitive, $"{file} line {line}");
        lines[line - 1] = lines[line - 1].Replace(oldText, newText, StringComparison.Ordinal);
        Write(file, lines);
    }

    /// <summary>Adds a column: <paramref name="header"/> on line 1, <paramref name="cell"/> on every other line.</summary>
    public void AppendToEveryLine(string file, string header, string cell)
    {
        var lines = Lines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] += i == 0 ? header : cell;
        }

        Write(file, lines);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private string[] Lines(string file) => File.ReadAllLines(System.IO.Path.Combine(Path, file));

    private void Write(string file, string[] lines) => File.WriteAllLines(System.IO.Path.Combine(Path, file), lines);
}
