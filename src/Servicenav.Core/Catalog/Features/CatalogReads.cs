using Microsoft.EntityFrameworkCore;
using Servicenav.Catalog.Domain;
using Servicenav.Data;

namespace Servicenav.Catalog.Features;

/// <summary>How the catalogue module finds versions; shared by its use cases and by other modules' reads.</summary>
public static class CatalogReads
{
    /// <summary>The decided version in force on <paramref name="date"/>: latest effective date, then latest number.</summary>
    public static Task<CatalogVersion?> Current(ServicenavDb db, DateOnly date, CancellationToken ct) =>
        WithContent(db)
            .Where(v => v.Status == CatalogVersionStatus.Decided && v.Decision!.EffectiveFrom <= date)
            .OrderByDescending(v => v.Decision!.EffectiveFrom).ThenByDescending(v => v.Number)
            .FirstOrDefaultAsync(ct);

    public static async Task<int?> CurrentNumber(ServicenavDb db, DateOnly date, CancellationToken ct) =>
        await db.CatalogVersions
            .Where(v => v.Status == CatalogVersionStatus.Decided && v.Decision!.EffectiveFrom <= date)
            .OrderByDescending(v => v.Decision!.EffectiveFrom).ThenByDescending(v => v.Number)
            .Select(v => (int?)v.Number)
            .FirstOrDefaultAsync(ct);

    /// <summary>The decided version with the latest effective date, even if that date is still ahead.</summary>
    public static Task<CatalogVersion?> LatestDecided(ServicenavDb db, CancellationToken ct) =>
        WithContent(db)
            .Where(v => v.Status == CatalogVersionStatus.Decided)
            .OrderByDescending(v => v.Decision!.EffectiveFrom).ThenByDescending(v => v.Number)
            .FirstOrDefaultAsync(ct);

    public static Task<CatalogVersion?> Draft(ServicenavDb db, CancellationToken ct) =>
        WithContent(db).FirstOrDefaultAsync(v => v.Status == CatalogVersionStatus.Draft, ct);

    public static Task<CatalogVersion?> ByNumber(ServicenavDb db, int number, CancellationToken ct) =>
        WithContent(db).FirstOrDefaultAsync(v => v.Number == number, ct);

    /// <summary>The version a reader means: the given number, or else the current one.</summary>
    public static Task<CatalogVersion?> ByNumberOrCurrent(ServicenavDb db, int? number, DateOnly today, CancellationToken ct) =>
        number is null ? Current(db, today, ct) : ByNumber(db, number.Value, ct);

    public static CatalogVersionSummary Summary(CatalogVersion v, int? currentNumber) => new(
        v.Number,
        v.Status,
        v.Decision?.Diarienummer,
        v.Decision?.DecisionDate,
        v.Decision?.DecidedBy,
        v.Decision?.EffectiveFrom,
        v.Number == currentNumber,
        v.Services.Count,
        v.CreatedBy,
        v.CreatedAtUtc);

    public static ServiceDetailsDto Details(CatalogVersion version, CatalogService s)
    {
        var content = s.Content;
        return new ServiceDetailsDto(
            s.Code,
            s.Name,
            s.AreaCode,
            version.FindArea(s.AreaCode)?.Name ?? s.AreaCode,
            s.Description,
            content.Included,
            content.NotIncluded,
            s.Sharing,
            s.PriceModel,
            s.OwnerUserId,
            s.OwnerName,
            content.Levels,
            s.LastDecision is null ? null : new DecisionDto(s.LastDecision.Diarienummer, s.LastDecision.DecisionDate, s.LastDecision.DecidedBy, s.LastDecision.VersionNumber),
            version.Number,
            version.Status);
    }

    private static IQueryable<CatalogVersion> WithContent(ServicenavDb db) =>
        db.CatalogVersions.Include(v => v.Areas).Include(v => v.Services).AsSplitQuery();
}
