using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Attachments;

/// <summary>File sizes for Swedish readers: "820 byte", "12,5 kB", "3,2 MB" (1 kB = 1 024 byte, as file managers show them).</summary>
public static class FileSizeText
{
    public static string Of(long bytes) => bytes switch
    {
        < 1024 => SwedishCulture.Integer(bytes) + "\u00a0byte",
        < 1024 * 1024 => SwedishCulture.Number(bytes / 1024m, 1) + "\u00a0kB",
        < 1024L * 1024 * 1024 => SwedishCulture.Number(bytes / (1024m * 1024m), 1) + "\u00a0MB",
        _ => SwedishCulture.Number(bytes / (1024m * 1024m * 1024m), 1) + "\u00a0GB",
    };
}
