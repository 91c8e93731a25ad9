using Servicenav.Catalog.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Domain;

/// <summary>
/// A version of a year's price list. A draft is edited (self-costs, forecasts, result requirement, terms) and its
/// prices are recomputed on every change; a decision (diarienummer, date, body, effective date) makes it
/// immutable. A decided list is never edited, only superseded by a later decided version.
/// </summary>
public sealed class PriceList : Entity
{
    private readonly List<PriceListService> _services = [];
    private readonly List<VolumeForecast> _forecasts = [];

    private PriceList()
    {
    }

    private PriceList(int year, int version, decimal resultRequirementPercent, string createdBy, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        Year = year;
        Version = version;
        Status = PriceListStatus.Draft;
        ResultRequirementPercent = resultRequirementPercent;
        CreatedBy = createdBy;
        CreatedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public int Version { get; private set; }

    public PriceListStatus Status { get; private set; }

    /// <summary>Resultatkrav in percent: prices cover self-cost × (1 + this / 100).</summary>
    public decimal ResultRequirementPercent { get; private set; }

    /// <summary>The costing model the self-costs were taken from, if any.</summary>
    public Guid? CostingModelId { get; private set; }

    public PriceListDecision? Decision { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public string? DecisionRecordedBy { get; private set; }

    public DateTime? DecisionRecordedAtUtc { get; private set; }

    /// <summary>When the list was published to every customer (read-only); null while not published.</summary>
    public DateTime? PublishedAtUtc { get; private set; }

    public string? PublishedBy { get; private set; }

    public IReadOnlyList<PriceListService> Services => _services;

    public IReadOnlyList<VolumeForecast> Forecasts => _forecasts;

    public bool IsDraft => Status == PriceListStatus.Draft;

    public bool IsPublished => PublishedAtUtc is not null;

    public static PriceList StartDraft(int year, int version, int? existingDraftVersion, decimal resultRequirementPercent, PriceList? basedOn, string createdBy, DateTime nowUtc)
    {
        CheckRule(new OnlyOneDraftPriceListPerYearRule(year, existingDraftVersion));
        var draft = new PriceList(year, version, basedOn?.ResultRequirementPercent ?? resultRequirementPercent, createdBy, nowUtc);
        if (basedOn is not null)
        {
            draft.CostingModelId = basedOn.CostingModelId;
            draft._services.AddRange(basedOn._services.Select(s => s.CopyTo(draft.Id)));
            draft._forecasts.AddRange(basedOn._forecasts.Select(f => f.CopyTo(draft.Id)));
            draft.Recompute();
        }

        return draft;
    }

    public PriceListService? FindService(string code) =>
        _services.FirstOrDefault(s => string.Equals(s.ServiceCode, code, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<VolumeForecast> ForecastsOf(string code) =>
        _forecasts.Where(f => string.Equals(f.ServiceCode, code, StringComparison.OrdinalIgnoreCase));

    public PriceListService AddService(string code, string name, string areaName, PriceModel model)
    {
        EnsureDraft();
        if (FindService(code) is { } existing)
        {
            return existing;
        }

        var service = new PriceListService(Id, code, name, areaName, model);
        _services.Add(service);
        return service;
    }

    /// <summary>Takes a service off the draft (e.g. one no customer uses, so it cannot be priced).</summary>
    public void RemoveService(string code)
    {
        EnsureDraft();
        var service = Service(code);
        _forecasts.RemoveAll(f => string.Equals(f.ServiceCode, service.ServiceCode, StringComparison.OrdinalIgnoreCase));
        _services.Remove(service);
    }

    public void SetSelfCost(string code, Money personnel, Money other, Money capital, SelfCostSource source)
    {
        EnsureDraft();
        Service(code).SetSelfCost(personnel, other, capital, source);
        Recompute();
    }

    /// <summary>Takes every service's self-cost from the year's costing model (services it lacks keep theirs).</summary>
    public void TakeSelfCostsFromCosting(Guid modelId, IReadOnlyDictionary<string, (Money Personnel, Money Other, Money Capital)> costs)
    {
        EnsureDraft();
        CostingModelId = modelId;
        foreach (var service in _services)
        {
            if (costs.TryGetValue(service.ServiceCode, out var cost))
            {
                service.SetSelfCost(cost.Personnel, cost.Other, cost.Capital, SelfCostSource.Costing);
            }
        }

        Recompute();
    }

    public void SetTerms(string code, string? unit, decimal baseSharePercent, AllocationKey key)
    {
        EnsureDraft();
        Service(code).SetTerms(unit, baseSharePercent, key);
        Recompute();
    }

    public void SetForecast(string code, Guid customerId, string customerName, decimal quantity, int employees)
    {
        EnsureDraft();
        var service = Service(code);
        var forecast = ForecastsOf(service.ServiceCode).FirstOrDefault(f => f.CustomerId == customerId);
        if (forecast is null)
        {
            _forecasts.Add(new VolumeForecast(Id, service.ServiceCode, customerId, customerName, quantity, employees));
        }
        else
        {
            forecast.Set(quantity, employees);
        }

        Recompute();
    }

    public void RemoveForecast(string code, Guid customerId)
    {
        EnsureDraft();
        _forecasts.RemoveAll(f => f.CustomerId == customerId && string.Equals(f.ServiceCode, code, StringComparison.OrdinalIgnoreCase));
        Recompute();
    }

    public void SetResultRequirement(decimal percent)
    {
        EnsureDraft();
        ResultRequirementPercent = percent;
        Recompute();
    }

    public void Decide(PriceListDecision decision, DateOnly? latestDecidedEffectiveFrom, string recordedBy, DateTime nowUtc)
    {
        EnsureDraft();
        CheckRule(new PriceListMustContainServicesRule(_services.Count));
        Recompute();
        CheckRule(new PriceListMustBeFullyPricedRule(_services.Where(s => s.Issue is not null).Select(s => (s.ServiceCode, s.Issue!)).ToList()));
        CheckRule(new PriceListEffectiveDateCannotPrecedeLatestRule(decision.EffectiveFrom, latestDecidedEffectiveFrom));
        Decision = decision;
        Status = PriceListStatus.Decided;
        DecisionRecordedBy = recordedBy;
        DecisionRecordedAtUtc = nowUtc;
    }

    public void Publish(string publishedBy, DateTime nowUtc)
    {
        CheckRule(new OnlyDecidedPriceListCanBePublishedRule(Status));
        if (PublishedAtUtc is null)
        {
            PublishedAtUtc = nowUtc;
            PublishedBy = publishedBy;
        }
    }

    /// <summary>A draft may be thrown away; a decided price list is part of the public record.</summary>
    public void EnsureCanBeDiscarded() => EnsureDraft();

    /// <summary>Computes each service's price from its self-cost, forecasts and the result requirement.</summary>
    public void Recompute()
    {
        foreach (var service in _services)
        {
            var forecasts = ForecastsOf(service.ServiceCode).ToList();
            var result = PriceRules.Compute(service.Input, forecasts.Select(f => f.Volume).ToList(), ResultRequirementPercent);
            service.Apply(result);
            foreach (var forecast in forecasts)
            {
                forecast.ApplyFee(result.MonthlyFees.TryGetValue(forecast.CustomerId, out var fee) ? fee : null);
            }
        }
    }

    private PriceListService Service(string code) =>
        FindService(code) ?? throw new ValidationFailedException("serviceCode", string.Format(SwedishCulture.Culture, PricingMessages.ServiceNotInPriceList, code));

    private void EnsureDraft() => CheckRule(new DecidedPriceListCannotBeChangedRule(Status, Year, Version));
}
