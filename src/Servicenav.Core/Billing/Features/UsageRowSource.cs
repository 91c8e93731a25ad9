namespace Servicenav.Billing.Features;

/// <summary>
/// A batch's rows, readable more than once: the direct import gives up at the first row it cannot take as it is,
/// and the staging path then reads the batch again from the start to list every problem.
/// </summary>
internal abstract class UsageRowSource
{
    /// <summary>Reads the rows from the start; per-row format errors (e.g. a short CSV line) go to <paramref name="errors"/>.</summary>
    public abstract IEnumerable<RawUsageRow> Read(UsageErrorList errors);

    public static UsageRowSource Of(IEnumerable<RawUsageRow> rows) => new InMemory(rows);

    private sealed class InMemory(IEnumerable<RawUsageRow> rows) : UsageRowSource
    {
        public override IEnumerable<RawUsageRow> Read(UsageErrorList errors) => rows;
    }
}

/// <summary>A CSV file's rows; the stream is read from its start each time (a file or a seekable copy of an upload).</summary>
internal sealed class CsvUsageRowSource(Stream content) : UsageRowSource
{
    public override IEnumerable<RawUsageRow> Read(UsageErrorList errors)
    {
        content.Position = 0;
        using var csv = UsageCsv.Open(content, errors);
        if (csv is null)
        {
            yield break;
        }

        foreach (var row in csv.Rows(errors))
        {
            yield return row;
        }
    }
}
