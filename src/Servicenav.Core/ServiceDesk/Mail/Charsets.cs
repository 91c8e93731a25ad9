using System.Text;

namespace Servicenav.ServiceDesk.Mail;

internal static class Charsets
{
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>What unlabelled 8-bit Swedish mail nearly always is (a superset of ISO-8859-1's printable letters).</summary>
    public static readonly Encoding Windows1252 = CodePage(1252);

    private static Encoding CodePage(int codePage)
    {
        // .NET ships the legacy code pages but leaves them out until a provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
