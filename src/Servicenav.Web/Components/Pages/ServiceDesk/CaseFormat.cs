using MudBlazor;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Components.Pages.ServiceDesk;

/// <summary>How cases read on screen: status names and colours (always with the word, never colour alone), times in Swedish time.</summary>
public static class CaseFormat
{
    public static string Status(CaseStatus status) => CaseStatusText.Name(status);

    public static string Type(CaseType type) => CaseStatusText.Name(type);

    public static string Channel(CaseChannel channel) => CaseStatusText.Name(channel);

    public static string Event(CaseEventKind kind) => CaseStatusText.Name(kind);

    public static string Clock(CaseSlaClock clock) => CaseStatusText.Name(clock);

    public static string Sla(Servicenav.ServiceDesk.Domain.Sla.SlaStatus status) => CaseStatusText.Name(status);

    public static Color SlaColor(Servicenav.ServiceDesk.Domain.Sla.SlaStatus? status) => status switch
    {
        Servicenav.ServiceDesk.Domain.Sla.SlaStatus.Breached or Servicenav.ServiceDesk.Domain.Sla.SlaStatus.MetLate => Color.Error,
        Servicenav.ServiceDesk.Domain.Sla.SlaStatus.Warning => Color.Warning,
        Servicenav.ServiceDesk.Domain.Sla.SlaStatus.Met => Color.Success,
        _ => Color.Default,
    };

    /// <summary>Warnings and breaches say which clock, links the other case's number; other events show their text.</summary>
    public static string? EventText(CaseEventDto e) => e.Kind switch
    {
        CaseEventKind.SlaWarning or CaseEventKind.SlaBreached when Enum.TryParse<CaseSlaClock>(e.Text, out var clock) => Clock(clock),
        CaseEventKind.Linked => e.To,
        CaseEventKind.Unlinked => e.From,
        _ => e.Text,
    };

    public static string Hours(TimeSpan time) => Fmt(ServiceDeskText.Sla_Hours, SwedishCulture.Number((decimal)time.TotalHours, 1));

    public static string Timeline(Servicenav.ServiceDesk.Domain.Sla.SlaTimelineEntryKind kind) =>
        ServiceDeskText.ResourceManager.GetString("Timeline_" + kind, ServiceDeskText.Culture) ?? kind.ToString();

    public static string Time(DateTime utc) => SwedishCulture.DateTimeText(utc);

    public static string? Time(DateTime? utc) => utc is { } t ? Time(t) : null;

    public static Color StatusColor(CaseStatus status) => status switch
    {
        CaseStatus.New => Color.Info,
        CaseStatus.InProgress => Color.Primary,
        CaseStatus.WaitingForRequester or CaseStatus.WaitingForSupplier => Color.Warning,
        CaseStatus.Solved => Color.Success,
        _ => Color.Default,
    };

    /// <summary>A status change's values are stored as enum names; show them in Swedish.</summary>
    public static string? StatusValue(string? value) =>
        Enum.TryParse<CaseStatus>(value, out var status) ? Status(status) : value;

    public static string Impact(Impact impact) => impact switch
    {
        Servicenav.ServiceDesk.Domain.Impact.High => ServiceDeskText.Impact_High,
        Servicenav.ServiceDesk.Domain.Impact.Medium => ServiceDeskText.Impact_Medium,
        _ => ServiceDeskText.Impact_Low,
    };

    public static string Urgency(Urgency urgency) => urgency switch
    {
        Servicenav.ServiceDesk.Domain.Urgency.High => ServiceDeskText.Urgency_High,
        Servicenav.ServiceDesk.Domain.Urgency.Medium => ServiceDeskText.Urgency_Medium,
        _ => ServiceDeskText.Urgency_Low,
    };

    public static string Fmt(string format, params object?[] args) => string.Format(SwedishCulture.Culture, format, args);
}
