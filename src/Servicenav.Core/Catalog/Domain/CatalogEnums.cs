namespace Servicenav.Catalog.Domain;

public enum CatalogVersionStatus
{
    Draft,
    Decided,
}

/// <summary>Whether customers must use the service (see docs/glossary.md).</summary>
public enum SharingStatus
{
    /// <summary>Mandatory for every customer of the region.</summary>
    Koncerngemensam,

    /// <summary>Shared within a sector (e.g. all care providers).</summary>
    Sektorsgemensam,

    /// <summary>Local or voluntary: a customer may choose it.</summary>
    LokalFrivillig,
}

public enum PriceModel
{
    Fixed,
    PerUnit,
    Hybrid,
    Hourly,
}
