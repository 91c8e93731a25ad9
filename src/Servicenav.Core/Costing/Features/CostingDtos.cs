using Servicenav.Costing.Domain;
using Servicenav.Ledger;

namespace Servicenav.Costing.Features;

public sealed record CostingModelSummary(
    int Year,
    Guid Id,
    LedgerKind Basis,
    CostingModelStatus Status,
    int ActivityCount,
    int DriverCount,
    DateTime ChangedAtUtc,
    DateTime? CalculatedAtUtc,
    decimal? ServicesTotal);

public sealed record CostingActivityDto(string Code, string Name, ActivityKind Kind, int SortOrder);

public sealed record CostingDriverLineDto(string Target, decimal Value);

public sealed record CostingDriverDto(Guid Id, DriverKind Kind, DriverSource Source, string SourceKey, DriverBasis Basis, string Unit, IReadOnlyList<CostingDriverLineDto> Lines);

/// <summary>A pool of the year with the resource driver that takes it (null: unassigned).</summary>
public sealed record CostPoolDto(string Key, string AccountGroup, string AccountGroupName, string Ansvar, CostType CostType, decimal Amount, int LineCount, string? AssignedBy);

public sealed record ServiceOption(string Code, string Name, string AreaName);

public sealed record CostingModelDetails(
    CostingModelSummary Summary,
    IReadOnlyList<CostingActivityDto> Activities,
    IReadOnlyList<CostingDriverDto> Drivers,
    IReadOnlyList<CostPoolDto> Pools,
    decimal PoolsTotal,
    decimal UnassignedTotal,
    IReadOnlyList<ServiceOption> Services);

public sealed record CostingRunSummary(
    Guid RunId,
    int Year,
    LedgerKind Basis,
    DateTime CalculatedAtUtc,
    string CalculatedBy,
    decimal PoolsTotal,
    decimal ServicesTotal,
    int PoolCount,
    int ServiceCount,
    long RemainderPoolToActivityOre,
    long RemainderSupportOre,
    long RemainderServiceOre);

public sealed record ServiceCostDto(string ServiceCode, string ServiceName, string AreaName, decimal Personnel, decimal Other, decimal Capital, decimal Total, int RemainderOre);

public sealed record ActivityCostDto(string Code, string Name, ActivityKind Kind, decimal Direct, decimal Total);

/// <summary>Where the leftover öre of the last step went.</summary>
public sealed record RemainderDto(string ServiceCode, string ActivityCode, int Ore);

public sealed record CostingResultDto(
    CostingRunSummary Run,
    IReadOnlyList<ServiceCostDto> Services,
    IReadOnlyList<ActivityCostDto> Activities,
    IReadOnlyList<RemainderDto> Remainders);

public sealed record BuildUpPoolDto(string PoolKey, string AccountGroup, string AccountGroupName, string Ansvar, CostType CostType, decimal Amount, decimal ViaSupport, decimal PoolAmount);

public sealed record BuildUpActivityDto(
    string ActivityCode,
    string ActivityName,
    decimal Quantity,
    string Unit,
    decimal Personnel,
    decimal Other,
    decimal Capital,
    decimal Total,
    int RemainderOre,
    IReadOnlyList<BuildUpPoolDto> Pools);

public sealed record ServiceBuildUpDto(
    CostingRunSummary Run,
    string ServiceCode,
    string ServiceName,
    decimal Personnel,
    decimal Other,
    decimal Capital,
    decimal Total,
    IReadOnlyList<BuildUpActivityDto> Activities);

public sealed record LedgerLineDto(DateOnly Date, string Account, string AccountName, string Ansvar, string? Voucher, string Text, decimal Amount);
