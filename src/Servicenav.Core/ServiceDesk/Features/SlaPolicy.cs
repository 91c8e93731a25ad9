using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Sla;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Which targets and calendar apply to a case: the catalogue service's service levels for the case's priority,
/// counted in the service's opening hours (Swedish holidays closed on weekday calendars), and the receiving group's
/// OLA hours. Reads services and groups once; calendars are shared across requests (they tabulate lazily).
/// </summary>
internal sealed class SlaPolicy
{
    private static readonly ConcurrentDictionary<(string, SwedishEves), BusinessCalendar> Calendars = new();

    private readonly SlaSettings _settings;
    private readonly Dictionary<string, ServiceLevelRow> _services;
    private readonly Dictionary<Guid, (decimal? Response, decimal? Resolution)> _groups;

    private SlaPolicy(SlaSettings settings, Dictionary<string, ServiceLevelRow> services, Dictionary<Guid, (decimal?, decimal?)> groups)
    {
        _settings = settings;
        _services = services;
        _groups = groups;
    }

    public decimal WarningThreshold => _settings.WarningThreshold;

    public static async Task<SlaPolicy> LoadAsync(ServicenavDb db, SlaSettings settings, CancellationToken cancellationToken)
    {
        var version = await CaseReads.LatestDecidedVersionIdAsync(db, cancellationToken);
        var services = await db.CatalogServices.AsNoTracking().Where(s => s.CatalogVersionId == version)
            .Select(s => new ServiceLevelRow(s.Code, s.OpeningHours,
                new[] { s.P1ResponseHours, s.P2ResponseHours, s.P3ResponseHours, s.P4ResponseHours },
                new[] { s.P1ResolutionHours, s.P2ResolutionHours, s.P3ResolutionHours, s.P4ResolutionHours }))
            .ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, cancellationToken);
        var groups = await db.ResolverGroups.AsNoTracking()
            .ToDictionaryAsync(g => g.Id, g => (g.OlaResponseHours, g.OlaResolutionHours), cancellationToken);
        return new SlaPolicy(settings, services, groups);
    }

    public CaseSlaTargets For(string? serviceCode, int priority, Guid groupId)
    {
        var index = Math.Clamp(priority, 1, 4) - 1;
        var service = serviceCode is null ? null : _services.GetValueOrDefault(serviceCode);
        var response = service?.Response[index] ?? (service is null ? _settings.DefaultResponseHours[index] : null);
        var resolution = service?.Resolution[index] ?? (service is null ? _settings.DefaultResolutionHours[index] : null);
        var (olaResponse, olaResolution) = _groups.GetValueOrDefault(groupId);
        return new CaseSlaTargets(
            Calendar(service?.OpeningHours ?? _settings.DefaultOpeningHours),
            SlaTarget.FromCatalogueHours(response),
            SlaTarget.FromCatalogueHours(resolution),
            SlaTarget.FromCatalogueHours(olaResponse),
            SlaTarget.FromCatalogueHours(olaResolution));
    }

    private BusinessCalendar Calendar(string openingHours) =>
        Calendars.GetOrAdd((openingHours, _settings.ClosedEves), key =>
        {
            if (!OpeningHoursText.TryParse(key.Item1, out var definition) && !OpeningHoursText.TryParse(_settings.DefaultOpeningHours, out definition))
            {
                definition = BusinessCalendarDefinition.Weekdays(TimeSpan.FromHours(8), TimeSpan.FromHours(16.5));
            }

            // Eves close only calendars that close on holidays (a 24/7 service is open on julafton too).
            return new BusinessCalendar(definition.ClosedOnPublicHolidays ? definition with { ClosedEves = key.Item2 } : definition);
        });

    private sealed record ServiceLevelRow(string Code, string OpeningHours, decimal?[] Response, decimal?[] Resolution);
}
