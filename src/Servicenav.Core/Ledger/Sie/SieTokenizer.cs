using System.Text;

namespace Servicenav.Ledger.Sie;

/// <summary>
/// Splits one line of a SIE file into its label and fields. Fields are separated by spaces or tabs (any number);
/// a field is quoted (<c>"Demoföretaget AB"</c>, with <c>\"</c> for a quote inside) or not; braces hold an object
/// list. A quote left open at the end of the line ends there. A backslash not followed by a quote is kept as it is (Windows paths in #FNR).
/// </summary>
public static class SieTokenizer
{
    /// <summary>The fields of a line, the label first. Throws <see cref="FormatException"/> with the reason.</summary>
    public static List<SieToken> Split(string line)
    {
        var tokens = new List<SieToken>();
        var i = 0;
        while (true)
        {
            SkipSpace(line, ref i);
            if (i >= line.Length)
            {
                return tokens;
            }

            if (line[i] == '{')
            {
                tokens.Add(ReadList(line, ref i));
            }
            else
            {
                tokens.Add(new SieToken(ReadValue(line, ref i, insideList: false)));
            }
        }
    }

    private static SieToken ReadList(string line, ref int i)
    {
        i++; // '{'
        var items = new List<string>();
        while (true)
        {
            SkipSpace(line, ref i);
            if (i >= line.Length)
            {
                throw new FormatException(LedgerMessages.Sie_ListNotClosed);
            }

            if (line[i] == '}')
            {
                i++;
                return new SieToken("", items);
            }

            if (line[i] == '{')
            {
                throw new FormatException(LedgerMessages.Sie_ListNested);
            }

            items.Add(ReadValue(line, ref i, insideList: true));
        }
    }

    private static string ReadValue(string line, ref int i, bool insideList)
    {
        if (line[i] == '"')
        {
            return ReadQuoted(line, ref i);
        }

        var start = i;
        while (i < line.Length && !IsSpace(line[i]) && !(insideList && line[i] == '}'))
        {
            i++;
        }

        return line[start..i];
    }

    private static string ReadQuoted(string line, ref int i)
    {
        i++; // opening quote
        var value = new StringBuilder();
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length && line[i + 1] == '"')
            {
                value.Append('"');
                i += 2;
                continue;
            }

            if (c == '"')
            {
                i++;
                return value.ToString();
            }

            value.Append(c);
            i++;
        }

        // Some programs cut a long text at a fixed width and lose the closing quote: the rest of the line is the value.
        return value.ToString().TrimEnd();
    }

    private static void SkipSpace(string line, ref int i)
    {
        while (i < line.Length && IsSpace(line[i]))
        {
            i++;
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v';
}
