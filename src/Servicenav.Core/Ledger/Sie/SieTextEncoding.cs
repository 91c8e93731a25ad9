using System.Text;

namespace Servicenav.Ledger.Sie;

/// <summary>
/// SIE files say <c>#FORMAT PC8</c> (code page 437) but many programs write UTF-8 under that header. The bytes decide:
/// valid UTF-8 that contains non-ASCII characters is UTF-8; anything else is read as CP437. The header is not trusted.
/// </summary>
public static class SieTextEncoding
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SieTextEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Code page 437, the encoding SIE's PC8 means.</summary>
    public static Encoding Pc8 { get; } = CreatePc8();

    public static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8;
        }

        if (!ContainsNonAscii(bytes))
        {
            return Pc8; // Plain ASCII reads the same either way.
        }

        try
        {
            StrictUtf8.GetCharCount(bytes);
            return Encoding.UTF8;
        }
        catch (DecoderFallbackException)
        {
            return Pc8;
        }
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var encoding = Detect(bytes);
        var text = encoding.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static bool ContainsNonAscii(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                return true;
            }
        }

        return false;
    }

    private static Encoding CreatePc8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(437, new EncoderReplacementFallback("?"), DecoderFallback.ReplacementFallback);
    }
}
