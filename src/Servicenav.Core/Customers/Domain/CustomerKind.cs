namespace Servicenav.Customers.Domain;

/// <summary>What kind of body the customer is (see docs/glossary.md).</summary>
public enum CustomerKind
{
    /// <summary>A committee of the region.</summary>
    Namnd,

    /// <summary>A company wholly owned by the region.</summary>
    HelagtBolag,

    /// <summary>A company partly owned by the region.</summary>
    DelagtBolag,
}
