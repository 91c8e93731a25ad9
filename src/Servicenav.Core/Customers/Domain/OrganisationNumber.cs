namespace Servicenav.Customers.Domain;

/// <summary>Swedish organisationsnummer: ten digits (NNNNNN-NNNN), the last a Luhn check digit.</summary>
public static class OrganisationNumber
{
    public static bool TryNormalize(string input, out string normalized)
    {
        var digits = new string(input.Where(char.IsAsciiDigit).ToArray());
        var shapeOk = input.Trim().Length is 10 or 11 && input.Trim().All(c => char.IsAsciiDigit(c) || c == '-');
        normalized = digits.Length == 10 ? $"{digits[..6]}-{digits[6..]}" : input;
        return shapeOk && digits.Length == 10 && digits[2] >= '2' && LuhnValid(digits);
    }

    private static bool LuhnValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}
