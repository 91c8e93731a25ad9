namespace Servicenav.ServiceDesk.Domain;

/// <summary>How long a case's texts may be (the portal form, the API and e-mail intake all keep to these).</summary>
public static class CaseLimits
{
    public const int SubjectLength = 200;

    public const int DescriptionLength = 20_000;

    /// <summary>Days after solving in which a reply reopens the case; after that it is closed and a reply makes a new case.</summary>
    public const int DefaultReopenWindowDays = 10;
}
