using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Servicenav.ServiceDesk.Domain.Surveys;

/// <summary>
/// The secret in a survey link: 256 random bits, URL-safe base64 (43 characters). Only its SHA-256 hash is stored;
/// a fast hash is enough because the token itself is random, not a password someone chose.
/// </summary>
public static class SurveyToken
{
    private const int Bytes = 32;

    public const int Length = 43;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>The hash of a token as it came in a link, or false when it cannot be one of ours (nothing to look up).</summary>
    public static bool TryHash(string? token, out string hash)
    {
        hash = "";
        var value = token?.Trim();
        if (value is not { Length: Length } || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return false;
        }

        hash = Hash(value);
        return true;
    }
}
