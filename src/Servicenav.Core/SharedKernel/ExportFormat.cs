namespace Servicenav.SharedKernel;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>A file ready to download or write to disk.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);
