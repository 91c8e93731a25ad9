namespace Servicenav.Catalog.Domain;

/// <summary>
/// One service as described in one catalogue version. Its <see cref="Code"/> is its identity across
/// versions. Stored flat (one column per field) so both databases can query it plainly.
/// </summary>
public sealed class CatalogService
{
    private CatalogService()
    {
    }

    internal CatalogService(string code, ServiceContent content, ServiceDecisionStamp? stamp)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        Apply(content);
        LastDecision = stamp;
    }

    public Guid Id { get; private set; }

    public Guid CatalogVersionId { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string AreaCode { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string IncludedText { get; private set; } = "";

    public string NotIncludedText { get; private set; } = "";

    public SharingStatus Sharing { get; private set; }

    public PriceModel PriceModel { get; private set; }

    public Guid? OwnerUserId { get; private set; }

    public string OwnerName { get; private set; } = "";

    public string OpeningHours { get; private set; } = "";

    public decimal? AvailabilityTargetPercent { get; private set; }

    public decimal? P1ResponseHours { get; private set; }

    public decimal? P1ResolutionHours { get; private set; }

    public decimal? P2ResponseHours { get; private set; }

    public decimal? P2ResolutionHours { get; private set; }

    public decimal? P3ResponseHours { get; private set; }

    public decimal? P3ResolutionHours { get; private set; }

    public decimal? P4ResponseHours { get; private set; }

    public decimal? P4ResolutionHours { get; private set; }

    /// <summary>The decision behind the current content; null while the service is new in a draft.</summary>
    public ServiceDecisionStamp? LastDecision { get; private set; }

    public ServiceContent Content => new(
        Name,
        AreaCode,
        Description,
        Lines(IncludedText),
        Lines(NotIncludedText),
        Sharing,
        PriceModel,
        OwnerUserId,
        OwnerName,
        new ServiceLevels(
            OpeningHours,
            AvailabilityTargetPercent,
            new PriorityTarget(1, P1ResponseHours, P1ResolutionHours),
            new PriorityTarget(2, P2ResponseHours, P2ResolutionHours),
            new PriorityTarget(3, P3ResponseHours, P3ResolutionHours),
            new PriorityTarget(4, P4ResponseHours, P4ResolutionHours)));

    internal void Apply(ServiceContent content)
    {
        Name = content.Name.Trim();
        AreaCode = content.AreaCode;
        Description = content.Description.Trim();
        IncludedText = string.Join('\n', content.Included.Select(i => i.Trim()).Where(i => i.Length > 0));
        NotIncludedText = string.Join('\n', content.NotIncluded.Select(i => i.Trim()).Where(i => i.Length > 0));
        Sharing = content.Sharing;
        PriceModel = content.PriceModel;
        OwnerUserId = content.OwnerUserId;
        OwnerName = content.OwnerName.Trim();
        OpeningHours = content.Levels.OpeningHours.Trim();
        AvailabilityTargetPercent = content.Levels.AvailabilityTargetPercent;
        (P1ResponseHours, P1ResolutionHours) = (content.Levels.P1.ResponseHours, content.Levels.P1.ResolutionHours);
        (P2ResponseHours, P2ResolutionHours) = (content.Levels.P2.ResponseHours, content.Levels.P2.ResolutionHours);
        (P3ResponseHours, P3ResolutionHours) = (content.Levels.P3.ResponseHours, content.Levels.P3.ResolutionHours);
        (P4ResponseHours, P4ResolutionHours) = (content.Levels.P4.ResponseHours, content.Levels.P4.ResolutionHours);
    }

    internal void Stamp(ServiceDecisionStamp stamp) => LastDecision = stamp;

    internal CatalogService Copy() => new(Code, Content, LastDecision?.Copy());

    private static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.Split('\n');
}
