using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>Where a new case goes: the service's route, else the first-line group (the one way in answers everything).</summary>
internal static class CaseRouting
{
    public static async Task<DeskGroup> GroupForAsync(ServicenavDb db, string? serviceCode, CancellationToken cancellationToken)
    {
        var groups = await DeskReference.GroupsAsync(db, cancellationToken);
        return (serviceCode is null ? null : groups.RouteFor(serviceCode))
            ?? groups.FirstLine
            ?? throw new ValidationFailedException("groupId", ServiceDeskMessages.NoFirstLineGroup);
    }
}
