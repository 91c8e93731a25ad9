using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Access.Domain;
using Servicenav.Audit;
using Servicenav.Billing.Domain;
using Servicenav.Catalog.Domain;
using Servicenav.Customers.Domain;
using Servicenav.YearEnd.Domain;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;
using Servicenav.Usage.Domain;

namespace Servicenav.Data;

/// <summary>
/// The one database context of the modular monolith (ADR 0002). Each module maps its own tables in its
/// Data folder. Two mechanisms live here because every module must inherit them:
/// the customer scope (a query filter on every <see cref="ICustomerOwned"/> entity) and the audit trail
/// (every saved change is recorded with who and when).
/// Instances are pooled (<see cref="ServicenavDbPool"/>): one serves many scopes in turn, and <see cref="ForScope"/>
/// gives it each scope's user, so every field below that a scope sets is set again there.
/// </summary>
public sealed class ServicenavDb(DbContextOptions<ServicenavDb> options) : DbContext(options)
{
    private ICurrentUser? _currentUser;
    private TimeProvider _clock = TimeProvider.System;
    private bool _referenceSavedInTransaction;

    // The connection string before GenericPlanConnection changed it for this scope; put back for the next one.
    private string? _connectionStringBeforeScope;

    public const string CustomerScopeFilter = "CustomerScope";

    public DbSet<User> Users => Set<User>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CatalogVersion> CatalogVersions => Set<CatalogVersion>();

    public DbSet<CatalogService> CatalogServices => Set<CatalogService>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<LocalContract> LocalContracts => Set<LocalContract>();

    public DbSet<ServiceUsage> ServiceUsages => Set<ServiceUsage>();

    // Billing
    public DbSet<UsageRecord> UsageRecords => Set<UsageRecord>();

    /// <summary>The month's usage summed per billing group, kept up by the imports (read by the billing run).</summary>
    public DbSet<Billing.Domain.UsageMonthTotal> UsageMonthTotals => Set<Billing.Domain.UsageMonthTotal>();

    // Results
    public DbSet<AreaBudget> AreaBudgets => Set<AreaBudget>();

    public DbSet<RefundDecision> RefundDecisions => Set<RefundDecision>();
    // Pricing
    public DbSet<PriceList> PriceLists => Set<PriceList>();

    public DbSet<VolumeForecast> PriceListForecasts => Set<VolumeForecast>();

    public DbSet<CostIndex> PricingCostIndices => Set<CostIndex>();
    public DbSet<UsageImportBatch> UsageImportBatches => Set<UsageImportBatch>();
    // Ledger
    public DbSet<Ledger.Domain.LedgerImport> LedgerImports => Set<Ledger.Domain.LedgerImport>();

    public DbSet<Ledger.Domain.LedgerRow> LedgerRows => Set<Ledger.Domain.LedgerRow>();

    public DbSet<Ledger.Domain.LedgerPoolMonth> LedgerPoolMonths => Set<Ledger.Domain.LedgerPoolMonth>();
    // Costing
    public DbSet<Costing.Domain.CostingModel> CostingModels => Set<Costing.Domain.CostingModel>();

    public DbSet<Costing.Domain.CostingRun> CostingRuns => Set<Costing.Domain.CostingRun>();

    public DbSet<Costing.Domain.CostingRunPool> CostingRunPools => Set<Costing.Domain.CostingRunPool>();

    public DbSet<Costing.Domain.CostingRunActivity> CostingRunActivities => Set<Costing.Domain.CostingRunActivity>();

    public DbSet<Costing.Domain.CostingRunActivityPool> CostingRunActivityPools => Set<Costing.Domain.CostingRunActivityPool>();

    public DbSet<Costing.Domain.CostingRunServiceActivity> CostingRunServiceActivities => Set<Costing.Domain.CostingRunServiceActivity>();
    public DbSet<BillingPeriod> BillingPeriods => Set<BillingPeriod>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<InvoiceLine> InvoiceLines => Set<InvoiceLine>();

    public DbSet<Costing.Domain.CostingRunReach> CostingRunReach => Set<Costing.Domain.CostingRunReach>();

    // ServiceDesk (En väg in)
    public DbSet<ServiceDesk.Domain.Case> Cases => Set<ServiceDesk.Domain.Case>();

    public DbSet<ServiceDesk.Domain.CaseEvent> CaseEvents => Set<ServiceDesk.Domain.CaseEvent>();

    public DbSet<ServiceDesk.Domain.ResolverGroup> ResolverGroups => Set<ServiceDesk.Domain.ResolverGroup>();

    public DbSet<ServiceDesk.Domain.ResolverGroupMember> ResolverGroupMembers => Set<ServiceDesk.Domain.ResolverGroupMember>();

    public DbSet<ServiceDesk.Domain.ServiceRoute> CaseServiceRoutes => Set<ServiceDesk.Domain.ServiceRoute>();

    public DbSet<ServiceDesk.Domain.RootCause> RootCauses => Set<ServiceDesk.Domain.RootCause>();

    public DbSet<ServiceDesk.Domain.Contact> Contacts => Set<ServiceDesk.Domain.Contact>();

    public DbSet<ServiceDesk.Domain.InboundMail> InboundMails => Set<ServiceDesk.Domain.InboundMail>();

    // ServiceDesk: reports (kundtjänstrapporter) — the agents' FTE for closed cases per full-time employee
    public DbSet<ServiceDesk.Domain.Reports.AgentProfile> AgentProfiles => Set<ServiceDesk.Domain.Reports.AgentProfile>();

    // ServiceDesk: the end-user survey after each contact (enkät)
    public DbSet<ServiceDesk.Domain.Surveys.CaseSurvey> CaseSurveys => Set<ServiceDesk.Domain.Surveys.CaseSurvey>();
    // ServiceDesk: standard orders (beställningar) with approval and fulfilment
    public DbSet<ServiceDesk.Domain.Orders.OrderForm> OrderForms => Set<ServiceDesk.Domain.Orders.OrderForm>();

    public DbSet<ServiceDesk.Domain.Orders.Order> Orders => Set<ServiceDesk.Domain.Orders.Order>();

    public DbSet<ServiceDesk.Domain.Orders.OrderTask> OrderTasks => Set<ServiceDesk.Domain.Orders.OrderTask>();

    public DbSet<ServiceDesk.Domain.Orders.FulfilmentRegisterEntry> FulfilmentRegister => Set<ServiceDesk.Domain.Orders.FulfilmentRegisterEntry>();
    // ServiceDesk: knowledge base (kunskapsbank)
    public DbSet<ServiceDesk.Domain.Knowledge.KnowledgeArticle> KnowledgeArticles => Set<ServiceDesk.Domain.Knowledge.KnowledgeArticle>();

    public DbSet<ServiceDesk.Domain.Knowledge.KnowledgeArticleVersion> KnowledgeArticleVersions => Set<ServiceDesk.Domain.Knowledge.KnowledgeArticleVersion>();

    public DbSet<ServiceDesk.Domain.Knowledge.KnowledgeFeedback> KnowledgeFeedback => Set<ServiceDesk.Domain.Knowledge.KnowledgeFeedback>();

    // ServiceDesk: case attachments (files outside the rows) and case links
    public DbSet<ServiceDesk.Domain.Attachments.CaseAttachment> CaseAttachments => Set<ServiceDesk.Domain.Attachments.CaseAttachment>();

    public DbSet<ServiceDesk.Domain.Links.CaseLink> CaseLinks => Set<ServiceDesk.Domain.Links.CaseLink>();

    // ServiceDesk: problem records (problem) and the outbox of mail to requesters
    public DbSet<ServiceDesk.Domain.Problems.Problem> Problems => Set<ServiceDesk.Domain.Problems.Problem>();

    public DbSet<ServiceDesk.Domain.Problems.ProblemEvent> ProblemEvents => Set<ServiceDesk.Domain.Problems.ProblemEvent>();

    public DbSet<ServiceDesk.Domain.Problems.ProblemAction> ProblemActions => Set<ServiceDesk.Domain.Problems.ProblemAction>();

    public DbSet<ServiceDesk.Domain.Notifications.OutboundNotification> OutboundNotifications => Set<ServiceDesk.Domain.Notifications.OutboundNotification>();

    public UserContext User => CurrentUser.User;

    /// <summary>The process's cache of reference data (catalogue, resolver groups); emptied by saves that change it.</summary>
    public ReferenceCache Reference { get; private set; } = ReferenceCache.None;

    /// <summary>Read by the query filter on each query (EF parameterises context members).</summary>
    internal bool ScopeSeesAllCustomers => CurrentUser.User.SeesAllCustomers;

    internal Guid? ScopeCustomerId => CurrentUser.User.CustomerId;

    // A context outside a scope has no user: its queries fail rather than run with the previous scope's customer.
    private ICurrentUser CurrentUser => _currentUser ?? throw new InvalidOperationException(
        "This database context is not bound to a scope's user (ServicenavDb.ForScope); it must not be used after its scope ended.");

    /// <summary>Binds the context to one scope: whose queries and saves these are, the clock and the reference cache.</summary>
    public ServicenavDb ForScope(ICurrentUser currentUser, TimeProvider clock, ReferenceCache? referenceCache = null)
    {
        _currentUser = currentUser;
        _clock = clock;
        Reference = referenceCache ?? ReferenceCache.None;
        _referenceSavedInTransaction = false;
        if (_connectionStringBeforeScope is { } before)
        {
            Database.SetConnectionString(before);
            _connectionStringBeforeScope = null;
        }

        return this;
    }

    /// <summary>Changes the connection string for this scope only (<see cref="GenericPlanConnection"/>); the next scope gets the configured one.</summary>
    internal void UseConnectionStringForScope(string connectionString)
    {
        _connectionStringBeforeScope ??= Database.GetConnectionString();
        Database.SetConnectionString(connectionString);
    }

    public override void Dispose()
    {
        _currentUser = null;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        _currentUser = null;
        return base.DisposeAsync();
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var entries = AuditTrail.Collect(ChangeTracker, CurrentUser.User.UserName, _clock.GetUtcNow().UtcDateTime);
        AuditEntries.AddRange(entries);
        var usage = Billing.Data.UsageSavedThroughEf.Collect(ChangeTracker);
        var touchesReference = ReferenceCache.Touches(ChangeTracker);
        if (touchesReference)
        {
            Reference.Invalidate();
            _referenceSavedInTransaction = Database.CurrentTransaction is not null;
        }

        try
        {
            return usage is null
                ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
                : await Billing.Data.UsageSavedThroughEf.SaveAsync(
                    this, usage, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
        }
        finally
        {
            if (touchesReference)
            {
                Reference.Invalidate();
            }
        }
    }

    /// <summary>Called when a transaction commits (<see cref="ReferenceCacheCommits"/>): reference data saved in it is now what others read.</summary>
    internal void ReferenceDataCommitted()
    {
        if (_referenceSavedInTransaction)
        {
            _referenceSavedInTransaction = false;
            Reference.Invalidate();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: it records the audit trail.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ServicenavDb).Assembly);
        if (Database.IsNpgsql())
        {
            Billing.Data.UsageRecordConfiguration.ConfigurePostgres(modelBuilder.Entity<UsageRecord>());
            Billing.Data.InvoiceLineConfiguration.ConfigurePostgres(modelBuilder.Entity<InvoiceLine>());
            ServiceDesk.Data.CasePostgresStorage.Configure(modelBuilder.Entity<ServiceDesk.Domain.Case>());
            ServiceDesk.Data.CasePostgresStorage.ConfigureNumbers(modelBuilder);
        }

        ServiceDesk.Data.Knowledge.FullTextModel.Configure(modelBuilder, Database.IsNpgsql());

        // Ids are made by the entities themselves (Guid v7). Marked "never generated" so that a part added
        // to a loaded aggregate (an area, a service, an orderer…) is inserted, not taken for an existing row.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Where(t => !t.IsOwned()).Select(t => t.FindPrimaryKey()))
        {
            if (key is { Properties: [{ ClrType: var type } property] } && type == typeof(Guid))
            {
                property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(ICustomerOwned).IsAssignableFrom(t.ClrType) && !t.IsOwned()))
        {
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(CustomerScopeFilter, CustomerScopeFor(entityType.ClrType));
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL, stable when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Money>().HaveConversion<MoneyToOreConverter>();
        configurationBuilder.Properties<Period>().HaveConversion<PeriodToKeyConverter>();
    }

    /// <summary>Builds <c>e => ScopeSeesAllCustomers || e.CustomerId == ScopeCustomerId</c> for one entity type.</summary>
    private LambdaExpression CustomerScopeFor(Type entityType)
    {
        var entity = Expression.Parameter(entityType, "e");
        var context = Expression.Constant(this);
        var key = entityType == typeof(Customer) ? nameof(Customer.Id) : nameof(ICustomerOwned.CustomerId);
        var customerId = Expression.Convert(Expression.Property(entity, key), typeof(Guid?));
        var body = Expression.OrElse(
            Expression.Property(context, nameof(ScopeSeesAllCustomers)),
            Expression.Equal(customerId, Expression.Property(context, nameof(ScopeCustomerId))));
        return Expression.Lambda(body, entity);
    }
}
