namespace Servicenav.ServiceDesk.Mail;

/// <summary>Reads a stream up to a limit: a longer stream comes back cut at the limit, so a caller sees it was too long without holding all of it.</summary>
internal static class BoundedRead
{
    private const int ChunkSize = 81920;

    public static byte[] ReadAtMost(Stream stream, long limit)
    {
        var max = Clamp(limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        while (buffer.Length < max)
        {
            var read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, max - buffer.Length));
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static async Task<byte[]> ReadAtMostAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        var max = Clamp(limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        while (buffer.Length < max)
        {
            var read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, max - buffer.Length)), cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static long Clamp(long limit) => Math.Clamp(limit, 0, Array.MaxLength);
}
