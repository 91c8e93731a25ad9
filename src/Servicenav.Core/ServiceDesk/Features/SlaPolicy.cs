using System.Collections.Concurrent;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Sla;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Which targets and calendar apply to a case: the catalogue service's service levels for the case's priority,
/// counted in the service's opening hours (Swedish holidays closed on weekday calendars), and the receiving group's
/// OLA hours. Services and groups come from the process's cache (<see cref="DeskReference"/>); calendars are shared across requests (they tabulate lazily).
/// </summary>
internal sealed class SlaPolicy
{
    private static readonly ConcurrentDictionary<(string, SwedishEves), BusinessCalendar> Calendars = new();

    private readonly SlaSettings _settings;
    private readonly IReadOnlyDictionary<string, DeskService> _services;
    private readonly IReadOnlyDictionary<Guid, DeskGroup> _groups;

    private SlaPolicy(SlaSettings settings, IReadOnlyDictionary<string, DeskService> services, IReadOnlyDictionary<Guid, DeskGroup> groups)
    {
        _settings = settings;
        _services = services;
        _groups = groups;
    }

    public decimal WarningThreshold => _settings.WarningThreshold;

    public static async Task<SlaPolicy> LoadAsync(ServicenavDb db, SlaSettings settings, CancellationToken cancellationToken)
    {
        var catalogue = await DeskReference.CatalogueAsync(db, cancellationToken);
        var groups = await DeskReference.GroupsAsync(db, cancellationToken);
        return new SlaPolicy(settings, catalogue.Services, groups.ById);
    }

    public CaseSlaTargets For(string? serviceCode, int priority, Guid groupId)
    {
        var index = Math.Clamp(priority, 1, 4) - 1;
        var service = serviceCode is null ? null : _services.GetValueOrDefault(serviceCode);
        var response = service?.Response[index] ?? (service is null ? _settings.DefaultResponseHours[index] : null);
        var resolution = service?.Resolution[index] ?? (service is null ? _settings.DefaultResolutionHours[index] : null);
        var group = _groups.GetValueOrDefault(groupId);
        return new CaseSlaTargets(
            Calendar(service?.OpeningHours ?? _settings.DefaultOpeningHours),
            SlaTarget.FromCatalogueHours(response),
            SlaTarget.FromCatalogueHours(resolution),
            SlaTarget.FromCatalogueHours(group?.OlaResponseHours),
            SlaTarget.FromCatalogueHours(group?.OlaResolutionHours));
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
}
