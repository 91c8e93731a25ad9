using System.Data.Common;
using Servicenav.Billing.Data;
using Servicenav.Catalog.Domain;
using Servicenav.Pricing;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

/// <summary>
/// What a usage row is checked against, held in memory for the direct import: customer keys, the decided
/// catalogue's services, the units priced per month, the closed months. Its size follows the register (customers,
/// services, months in the batch), never the number of rows. The same rules as the staging path's set-based checks.
/// </summary>
internal sealed class UsageKeys
{
    private readonly Dictionary<string, Guid?> _customers;
    private readonly Dictionary<Guid, string> _storedIds = [];
    private readonly HashSet<string> _services;
    private readonly HashSet<int> _closed;
    private readonly Dictionary<int, Dictionary<(string Service, string Unit), (string Code, string Unit)>> _pricedByPeriod = [];
    private readonly IPricesInForce _prices;

    private UsageKeys(Dictionary<string, Guid?> customers, HashSet<string> services, HashSet<int> closed, IPricesInForce prices)
    {
        _customers = customers;
        _services = services;
        _closed = closed;
        _prices = prices;
    }

    public static async Task<UsageKeys> Load(
        DbConnection connection, DbTransaction transaction, IPricesInForce prices, IClosedPeriods closedPeriods, CancellationToken ct)
    {
        var customers = new Dictionary<string, Guid?>(StringComparer.Ordinal);
        await Read(connection, transaction, """SELECT "Id", "Number", "OrganisationNumber" FROM "Customers" """, r =>
        {
            var id = r.GetGuid(0);
            customers["id:" + id.ToString("D")] = id;
            if (!r.IsDBNull(1))
            {
                customers["nr:" + r.GetInt32(1).ToString(System.Globalization.CultureInfo.InvariantCulture)] = id;
            }

            if (!r.IsDBNull(2))
            {
                // An organisation number shared by two customers names neither (the import asks for the number).
                var key = "org:" + r.GetString(2).Replace("-", "", StringComparison.Ordinal);
                customers[key] = customers.ContainsKey(key) ? null : id;
            }
        }, ct);

        var services = new HashSet<string>(StringComparer.Ordinal);
        await Read(connection, transaction, $"""
            SELECT s."Code" FROM "CatalogServices" s JOIN "CatalogVersions" v ON v."Id" = s."CatalogVersionId"
            WHERE v."Status" = '{nameof(CatalogVersionStatus.Decided)}'
            """, r => services.Add(r.GetString(0).ToLowerInvariant()), ct);

        var closed = (await closedPeriods.ClosedAsync(ct)).Select(p => p.Key).ToHashSet();
        return new UsageKeys(customers, services, closed, prices);
    }

    /// <summary>True when the prices of the month are loaded (<see cref="LoadPrices"/>, once per month met).</summary>
    public bool HasPrices(int period) => _pricedByPeriod.ContainsKey(period);

    public async Task LoadPrices(int period, CancellationToken ct)
    {
        var list = await _prices.ForPeriodAsync(Period.FromKey(period), ct);
        var priced = new Dictionary<(string Service, string Unit), (string Code, string Unit)>();
        foreach (var (code, unit) in UsageImporter.PricedUnits(list))
        {
            priced.TryAdd((code.ToLowerInvariant(), unit.ToLowerInvariant()), (code, unit));
        }

        _pricedByPeriod[period] = priced;
    }

    /// <summary>
    /// The row's customer id and the price list's spelling of service and unit; false when any check fails: an unknown
    /// or ambiguous customer, a service not in the decided catalogue, a closed month, a unit not priced that month.
    /// </summary>
    public bool TryResolve(in StagedUsageRow row, out UsageResolution resolved)
    {
        resolved = default;
        if (!_customers.TryGetValue(row.CustomerKey, out var customer) || customer is null
            || !_services.Contains(row.ServiceKey) || _closed.Contains(row.Period)
            || !_pricedByPeriod[row.Period].TryGetValue((row.ServiceKey, row.UnitKey), out var names))
        {
            return false;
        }

        if (!_storedIds.TryGetValue(customer.Value, out var storedId))
        {
            _storedIds[customer.Value] = storedId = Servicenav.Data.SqliteBulkStatement.GuidText(customer.Value);
        }

        resolved = new UsageResolution(customer.Value, storedId, names.Code, names.Unit);
        return true;
    }

    private static async Task Read(DbConnection connection, DbTransaction transaction, string sql, Action<DbDataReader> read, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            read(reader);
        }
    }
}

/// <summary>
/// A row's customer (also as SQLite stores a Guid, made once per customer, not per row), and its service and unit as
/// the price list in force spells them (as stored).
/// </summary>
internal readonly record struct UsageResolution(Guid CustomerId, string CustomerIdText, string ServiceCode, string Unit);
