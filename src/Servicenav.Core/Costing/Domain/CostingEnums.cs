namespace Servicenav.Costing.Domain;

/// <summary>Draft: changed since the last calculation (or never calculated). Calculated: the latest snapshot matches the model.</summary>
public enum CostingModelStatus
{
    Draft,
    Calculated,
}

/// <summary>Primary activities serve the customers' services; support activities (management, HR, premises, own IT) serve the organisation.</summary>
public enum ActivityKind
{
    Primary,
    Support,
}

/// <summary>Which step of the model a driver distributes.</summary>
public enum DriverKind
{
    /// <summary>Resource driver: cost pools → activities.</summary>
    Resource,

    /// <summary>A support activity → other activities (support and primary), solved reciprocally.</summary>
    Support,

    /// <summary>Activity driver: a primary activity → services.</summary>
    Activity,
}

/// <summary>What a driver distributes: one pool, all pools of an ansvar, all pools of an account group, or one activity.</summary>
public enum DriverSource
{
    Pool,
    Ansvar,
    AccountGroup,
    Activity,
}

/// <summary>Shares are percent that sum to 100; quantities (FTEs, m², hours, cases…) become shares in proportion.</summary>
public enum DriverBasis
{
    Shares,
    Quantities,
}
