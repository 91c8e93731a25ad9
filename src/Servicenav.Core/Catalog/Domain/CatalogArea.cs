namespace Servicenav.Catalog.Domain;

/// <summary>A service area (e.g. "Grundläggande it") within one catalogue version.</summary>
public sealed class CatalogArea
{
    private CatalogArea()
    {
    }

    internal CatalogArea(string code, string name, int sortOrder)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        Name = name;
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; }

    public Guid CatalogVersionId { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public int SortOrder { get; private set; }

    internal void Rename(string name) => Name = name;

    internal CatalogArea Copy() => new(Code, Name, SortOrder);
}
