using Servicenav.SharedKernel;

namespace Servicenav.Catalog.Domain;

/// <summary>
/// A version of the whole service catalogue. Drafts are edited; a decision (diarienummer, date, body,
/// effective date) makes a version immutable. The current catalogue is the decided version with the
/// latest effective date that has arrived. A decided version is never edited, only superseded.
/// </summary>
public sealed class CatalogVersion : Entity
{
    private readonly List<CatalogArea> _areas = [];
    private readonly List<CatalogService> _services = [];

    private CatalogVersion()
    {
    }

    private CatalogVersion(int number, string createdBy, DateTime createdAtUtc)
    {
        Id = Guid.CreateVersion7();
        Number = number;
        Status = CatalogVersionStatus.Draft;
        CreatedBy = createdBy;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public int Number { get; private set; }

    public CatalogVersionStatus Status { get; private set; }

    public CatalogDecision? Decision { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public string? DecisionRecordedBy { get; private set; }

    public DateTime? DecisionRecordedAtUtc { get; private set; }

    public IReadOnlyList<CatalogArea> Areas => _areas;

    public IReadOnlyList<CatalogService> Services => _services;

    public bool IsDraft => Status == CatalogVersionStatus.Draft;

    /// <summary>Starts a draft: a copy of <paramref name="basedOn"/> (the current catalogue) or an empty catalogue.</summary>
    public static CatalogVersion StartDraft(int number, CatalogVersion? basedOn, int? existingDraftNumber, string createdBy, DateTime nowUtc)
    {
        CheckRule(new OnlyOneDraftCatalogVersionRule(existingDraftNumber));
        var draft = new CatalogVersion(number, createdBy, nowUtc);
        if (basedOn is not null)
        {
            draft._areas.AddRange(basedOn._areas.Select(a => a.Copy()));
            draft._services.AddRange(basedOn._services.Select(s => s.Copy()));
        }

        return draft;
    }

    public CatalogService? FindService(string code) =>
        _services.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));

    public CatalogArea? FindArea(string code) =>
        _areas.FirstOrDefault(a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase));

    public void AddArea(string code, string name)
    {
        EnsureDraft();
        if (FindArea(code) is not null)
        {
            throw new ValidationFailedException("code", string.Format(SwedishCulture.Culture, Messages.AreaCodeTaken, code));
        }

        _areas.Add(new CatalogArea(code.Trim(), name.Trim(), _areas.Count == 0 ? 1 : _areas.Max(a => a.SortOrder) + 1));
    }

    public void RenameArea(string code, string name)
    {
        EnsureDraft();
        var area = FindArea(code) ?? throw new ValidationFailedException("code", string.Format(SwedishCulture.Culture, Messages.AreaDoesNotExist, code));
        area.Rename(name.Trim());
    }

    public CatalogService AddService(string code, ServiceContent content)
    {
        EnsureDraft();
        if (FindService(code) is not null)
        {
            throw new ValidationFailedException("code", string.Format(SwedishCulture.Culture, Messages.ServiceCodeTaken, code));
        }

        EnsureAreaExists(content.AreaCode);
        var service = new CatalogService(code.Trim(), content, stamp: null);
        _services.Add(service);
        return service;
    }

    public void UpdateService(string code, ServiceContent content)
    {
        EnsureDraft();
        var service = FindService(code) ?? throw new InvalidOperationException($"No service {code} in version {Number}.");
        EnsureAreaExists(content.AreaCode);
        service.Apply(content);
    }

    public void RemoveService(string code)
    {
        EnsureDraft();
        var service = FindService(code) ?? throw new InvalidOperationException($"No service {code} in version {Number}.");
        _services.Remove(service);
    }

    /// <summary>
    /// Records the committee's decision. Services that are new or changed since <paramref name="previous"/>
    /// get this decision as theirs; unchanged services keep the decision they already had.
    /// </summary>
    public void Decide(CatalogDecision decision, CatalogVersion? previous, string recordedBy, DateTime nowUtc)
    {
        EnsureDraft();
        CheckRule(new DecidedCatalogMustContainServicesRule(_services.Count));
        CheckRule(new EffectiveDateCannotPrecedeLatestDecidedVersionRule(decision.EffectiveFrom, previous?.Decision));

        var stamp = new ServiceDecisionStamp(Number, decision);
        foreach (var service in _services)
        {
            var before = previous?.FindService(service.Code);
            if (before is null || !before.Content.SameAs(service.Content) || service.LastDecision is null)
            {
                service.Stamp(stamp.Copy());
            }
        }

        Decision = decision;
        Status = CatalogVersionStatus.Decided;
        DecisionRecordedBy = recordedBy;
        DecisionRecordedAtUtc = nowUtc;
    }

    /// <summary>A draft may be thrown away; a decided version is part of the public record.</summary>
    public void EnsureCanBeDiscarded() => EnsureDraft();

    private void EnsureDraft() => CheckRule(new DecidedCatalogVersionCannotBeChangedRule(Status, Number));

    private void EnsureAreaExists(string areaCode)
    {
        if (FindArea(areaCode) is null)
        {
            throw new ValidationFailedException("areaCode", string.Format(SwedishCulture.Culture, Messages.AreaDoesNotExist, areaCode));
        }
    }
}
