using Microsoft.EntityFrameworkCore;
using Servicenav.Catalog.Domain;
using Servicenav.Data;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// What the desk reads on every case and what changes a few times a year, from the process's <see cref="ReferenceCache"/>:
/// the latest decided catalogue's services (name, opening hours, service levels) and the resolver groups with the
/// services' routes. Saving a catalogue version, a service, a group or a route empties the cache.
/// </summary>
internal static class DeskReference
{
    public static Task<DeskCatalogue> CatalogueAsync(ServicenavDb db, CancellationToken cancellationToken) =>
        db.Reference.GetAsync("servicedesk:catalogue", ct => LoadCatalogueAsync(db, ct), cancellationToken);

    public static Task<DeskGroups> GroupsAsync(ServicenavDb db, CancellationToken cancellationToken) =>
        db.Reference.GetAsync("servicedesk:groups", ct => LoadGroupsAsync(db, ct), cancellationToken);

    /// <summary>The latest decided catalogue version: the one whose services cases are raised for.</summary>
    public static Task<Guid?> LatestDecidedVersionIdAsync(ServicenavDb db, CancellationToken cancellationToken) =>
        db.CatalogVersions.AsNoTracking()
            .Where(v => v.Status == CatalogVersionStatus.Decided)
            .OrderByDescending(v => v.Decision!.EffectiveFrom).ThenByDescending(v => v.Number)
            .Select(v => (Guid?)v.Id)
            .FirstOrDefaultAsync(cancellationToken);

    private static async Task<DeskCatalogue> LoadCatalogueAsync(ServicenavDb db, CancellationToken cancellationToken)
    {
        var version = await LatestDecidedVersionIdAsync(db, cancellationToken);
        var services = version is null
            ? []
            : await db.CatalogServices.AsNoTracking().Where(s => s.CatalogVersionId == version)
                .Select(s => new DeskService(s.Code, s.Name, s.OpeningHours,
                    new[] { s.P1ResponseHours, s.P2ResponseHours, s.P3ResponseHours, s.P4ResponseHours },
                    new[] { s.P1ResolutionHours, s.P2ResolutionHours, s.P3ResolutionHours, s.P4ResolutionHours }))
                .ToListAsync(cancellationToken);
        return new DeskCatalogue(version, services.ToDictionary(s => s.Code, StringComparer.Ordinal));
    }

    private static async Task<DeskGroups> LoadGroupsAsync(ServicenavDb db, CancellationToken cancellationToken)
    {
        var groups = await db.ResolverGroups.AsNoTracking()
            .Select(g => new DeskGroup(g.Id, g.Code, g.Name, g.IsFirstLine, g.IsActive, g.OlaResponseHours, g.OlaResolutionHours))
            .ToListAsync(cancellationToken);
        var routes = await db.CaseServiceRoutes.AsNoTracking().ToDictionaryAsync(r => r.ServiceCode, r => r.GroupId, StringComparer.Ordinal, cancellationToken);
        return new DeskGroups(groups.ToDictionary(g => g.Id), routes);
    }
}

internal sealed record DeskService(string Code, string Name, string OpeningHours, decimal?[] Response, decimal?[] Resolution);

internal sealed record DeskCatalogue(Guid? VersionId, IReadOnlyDictionary<string, DeskService> Services)
{
    public IReadOnlyDictionary<string, string> Names { get; } = Services.Values.ToDictionary(s => s.Code, s => s.Name, StringComparer.Ordinal);
}

internal sealed record DeskGroup(Guid Id, string Code, string Name, bool IsFirstLine, bool IsActive, decimal? OlaResponseHours, decimal? OlaResolutionHours);

internal sealed record DeskGroups(IReadOnlyDictionary<Guid, DeskGroup> ById, IReadOnlyDictionary<string, Guid> Routes)
{
    /// <summary>The one way in: the active first-line group (the first by code if there are several).</summary>
    public DeskGroup? FirstLine { get; } = ById.Values.Where(g => g.IsFirstLine && g.IsActive).OrderBy(g => g.Code, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The active group a service's cases go to, if it has a route.</summary>
    public DeskGroup? RouteFor(string serviceCode) =>
        Routes.TryGetValue(serviceCode, out var id) && ById.TryGetValue(id, out var group) && group.IsActive ? group : null;
}
