using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>What the service desk needs to know of a catalogue service: it exists, its name, opening hours and targets.</summary>
internal sealed record ServiceFacts(string Code, string Name, string OpeningHours)
{
    /// <summary>The service in the latest decided catalogue; an unknown code is the caller's error, named.</summary>
    public static async Task<ServiceFacts?> FindAsync(ServicenavDb db, string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var trimmed = code.Trim();
        var catalogue = await DeskReference.CatalogueAsync(db, cancellationToken);
        var service = catalogue.Services.TryGetValue(trimmed, out var s) ? new ServiceFacts(s.Code, s.Name, s.OpeningHours) : null;
        return service ?? throw new ValidationFailedException("serviceCode", string.Format(SwedishCulture.Culture, ServiceDeskMessages.UnknownService, trimmed));
    }
}
