using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Servicenav.Billing.Domain;
using Servicenav.Data;
using Servicenav.Pricing;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Data;

/// <summary>
/// The SQL of a billing run (ADR 0002: bulk paths write their own audit; here the billing period's audit entry
/// records the run). Usage rows never leave the database: the month is summed, priced and written as invoice lines
/// in one <c>INSERT … SELECT … GROUP BY</c>. Identifiers are quoted (PostgreSQL folds unquoted names); the same SQL
/// runs on SQLite, except null-safe equality and the lookups. Amount = quantity (thousandths) × unit price
/// (öre) / 1000, rounded half away from zero in integer arithmetic (<see cref="InvoiceLine.AmountOre"/>).
/// </summary>
internal sealed class BillingRunSql(ServicenavDb db)
{
    private const string LineColumns =
        "\"InvoiceId\", \"CustomerId\", \"Period\", \"UsagePeriod\", \"RunId\", \"Kind\", \"ServiceCode\", \"Text\", \"Unit\", " +
        "\"QuantityMilli\", \"UnitPrice\", \"Amount\", \"Ansvar\", \"Verksamhet\", \"Projekt\", \"Aktivitet\", \"UsageCount\", " +
        "\"PriceListId\", \"PriceListYear\", \"PriceListVersion\", \"Diarienummer\", \"OriginalLineId\"";

    private const int RowsPerStatement = 500;

    private const string OriginalUnitPrice = "ol.\"UnitPrice\"";

    private bool IsSqlite => db.Database.IsSqlite();

    /// <summary>A draft month's charge invoices (and their lines) from an earlier run; refunds stay.</summary>
    public async Task DeleteDraftAsync(Period period, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(
            "DELETE FROM \"InvoiceLines\" WHERE \"InvoiceId\" IN (SELECT \"Id\" FROM \"Invoices\" WHERE \"Period\" = {0} AND \"Kind\" = 'Charge')",
            [period.Key], ct);
        await db.Database.ExecuteSqlRawAsync(
            "DELETE FROM \"Invoices\" WHERE \"Period\" = {0} AND \"Kind\" = 'Charge'", [period.Key], ct);
    }

    /// <summary>One (empty) charge invoice per registered customer; those that get no line are removed at the end.</summary>
    public async Task<IReadOnlyList<(Guid CustomerId, Guid InvoiceId)>> InsertInvoicesAsync(
        Guid runId, Period period, IReadOnlyList<BillableCustomer> customers, DateTime nowUtc, CancellationToken ct)
    {
        var invoices = new List<(Guid CustomerId, Guid InvoiceId)>();
        foreach (var chunk in customers.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder(
                "INSERT INTO \"Invoices\" (\"Id\", \"CustomerId\", \"Period\", \"Kind\", \"RunId\", \"Text\", \"CustomerName\", \"AccountAnsvar\", " +
                "\"AccountVerksamhet\", \"AccountMotpart\", \"AccountProjekt\", \"AccountAktivitet\", \"Total\", \"CreatedAtUtc\") VALUES ");
            var parameters = new List<object?>();
            for (var i = 0; i < chunk.Length; i++)
            {
                var c = chunk[i];
                sql.Append(i == 0 ? "" : ", ").Append('(');
                var invoiceId = Guid.CreateVersion7();
                invoices.Add((c.CustomerId, invoiceId));
                AppendParameters(sql, parameters, invoiceId, c.CustomerId, period.Key, nameof(InvoiceKind.Charge), runId,
                    BillingMessages.Invoice_Charge + " " + period, c.Name, c.Account.Ansvar, c.Account.Verksamhet, c.Account.Motpart,
                    c.Account.Projekt, c.Account.Aktivitet, 0L, nowUtc);
                sql.Append(')');
            }

            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters!, ct);
        }

        return invoices;
    }

    /// <summary>
    /// The month's usage × unit prices, one line per customer × service × account string, in one
    /// <c>INSERT … SELECT</c> from the month's usage totals (<see cref="UsageMonthTotals"/>, kept up by the imports)
    /// joined to the prices and the invoice ids; usage rows never leave the database. Corrections are not in the
    /// totals: those of a record of an open month are added here, as usage; those of a closed month become correction
    /// lines (<see cref="InsertCorrectionLinesAsync"/>). The statement returns each line's invoice, amount and usage
    /// count (~30 000 small rows) for the run's tally.
    /// </summary>
    /// <remarks>
    /// Summing a million rows at run time cost more than the whole goal of the run (a six-column hash aggregate is
    /// slower than the bare two-column one, and PostgreSQL runs no parallel workers for an INSERT — measured); the
    /// imports add each batch's few thousand sums instead, at a small part of their own cost. SQLite joins a VALUES
    /// list by scanning it per row, so its lookups are temp tables with a primary key.
    /// </remarks>
    public async Task InsertUsageLinesAsync(
        Guid runId, Period period, PricesInForce prices, IReadOnlyList<(Guid CustomerId, Guid InvoiceId)> invoices, bool corrections, RunTally tally,
        CancellationToken ct)
    {
        if (invoices.Count == 0)
        {
            return; // no customers, so no usage either
        }

        var priced = prices.Services.Where(s => s.UnitPrice is not null).ToList();
        var parameters = new List<object?> { period.Key, runId, prices.PriceListId, prices.Year, prices.Version, prices.Diarienummer };
        var sql = new StringBuilder();
        if (IsSqlite)
        {
            await LoadSqliteLookupsAsync(priced, invoices, ct);
            sql.Append("WITH g AS (");
        }
        else
        {
            sql.Append("WITH prices (\"ServiceCode\", \"Unit\", \"UnitPrice\") AS (");
            AppendPriceValues(sql, parameters, priced);
            sql.Append("), invoices (\"CustomerId\", \"InvoiceId\") AS (VALUES ");
            for (var i = 0; i < invoices.Count; i++)
            {
                sql.Append(i == 0 ? "(" : ", (");
                AppendParameters(sql, parameters, invoices[i].CustomerId, invoices[i].InvoiceId);
                sql.Append(')');
            }

            sql.Append("), g AS (");
        }

        sql.Append(corrections ? TotalsWithOpenMonthCorrections : MonthTotals);
        sql.Append(CultureInfo.InvariantCulture, $$"""
            )
            INSERT INTO "InvoiceLines" ({{LineColumns}})
            SELECT i."InvoiceId", g."CustomerId", {0}, {0}, {1},
                   CASE WHEN p."ServiceCode" IS NULL THEN '{{UnpricedMarker}}' ELSE '{{nameof(InvoiceLineKind.Usage)}}' END,
                   g."ServiceCode", '', COALESCE(p."Unit", ''), g.q, COALESCE(p."UnitPrice", 0), COALESCE({{Amount("g.q", "p.\"UnitPrice\"")}}, 0),
                   NULLIF(g."Ansvar", ''), NULLIF(g."Verksamhet", ''), NULLIF(g."Projekt", ''), NULLIF(g."Aktivitet", ''), g.n, {2}, {3}, {4}, {5}, NULL
            FROM g
            JOIN {{(IsSqlite ? "temp.billing_invoices" : "invoices")}} i ON i."CustomerId" = g."CustomerId"
            LEFT JOIN {{(IsSqlite ? "temp.billing_prices" : "prices")}} p ON p."ServiceCode" = g."ServiceCode"
            RETURNING "InvoiceId", "Amount", "UsageCount", "Kind", "ServiceCode"
            """);
        var lines = await db.Database.SqlQueryRaw<InsertedLine>(sql.ToString(), parameters.ToArray()!).ToListAsync(ct);
        var unpriced = lines.Where(l => l.Kind == UnpricedMarker).Select(l => l.ServiceCode).Distinct().Order(StringComparer.Ordinal).ToList();
        if (unpriced.Count > 0)
        {
            // Never committed: the caller's transaction rolls the marked lines back with everything else.
            throw new BusinessRuleException(new UsageMustHaveAPriceRule(period, prices.Year, prices.Version, unpriced));
        }

        foreach (var line in lines)
        {
            tally.Add(line.InvoiceId, line.Amount, line.UsageCount);
        }
    }

    /// <summary>Marks, in the run's own transaction only, usage of a service the price list does not price.</summary>
    private const string UnpricedMarker = "Unpriced";

    private static void AppendPriceValues(StringBuilder sql, List<object?> parameters, List<ServicePrice> priced)
    {
        if (priced.Count == 0)
        {
            sql.Append("SELECT '', '', CAST(0 AS bigint) WHERE 1 = 0");
            return;
        }

        sql.Append("VALUES ");
        for (var i = 0; i < priced.Count; i++)
        {
            sql.Append(i == 0 ? "(" : ", (");
            AppendParameters(sql, parameters, priced[i].ServiceCode, priced[i].Unit ?? "", priced[i].UnitPrice!.Value.Ore);
            sql.Append(')');
        }
    }

    private async Task LoadSqliteLookupsAsync(List<ServicePrice> priced, IReadOnlyList<(Guid CustomerId, Guid InvoiceId)> invoices, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(
            "CREATE TEMP TABLE IF NOT EXISTS billing_prices (\"ServiceCode\" TEXT PRIMARY KEY, \"Unit\" TEXT, \"UnitPrice\" INTEGER); DELETE FROM temp.billing_prices; " +
            "CREATE TEMP TABLE IF NOT EXISTS billing_invoices (\"CustomerId\" TEXT PRIMARY KEY, \"InvoiceId\" TEXT); DELETE FROM temp.billing_invoices;",
            ct);
        foreach (var chunk in priced.Chunk(RowsPerStatement))
        {
            var parameters = new List<object?>();
            var sql = new StringBuilder("INSERT INTO temp.billing_prices VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "(" : ", (");
                AppendParameters(sql, parameters, chunk[i].ServiceCode, chunk[i].Unit ?? "", chunk[i].UnitPrice!.Value.Ore);
                sql.Append(')');
            }

            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters!, ct);
        }

        foreach (var chunk in invoices.Chunk(RowsPerStatement))
        {
            var parameters = new List<object?>();
            var sql = new StringBuilder("INSERT INTO temp.billing_invoices VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "(" : ", (");
                AppendParameters(sql, parameters, chunk[i].CustomerId, chunk[i].InvoiceId);
                sql.Append(')');
            }

            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters!, ct);
        }
    }

    /// <summary>The month's usage totals as the run's groups (g): account parts not named are "".</summary>
    private const string MonthTotals = """
        SELECT t."CustomerId", t."ServiceCode", t."Ansvar", t."Verksamhet", t."Projekt", t."Aktivitet", t."QuantityMilli" AS q, t."UsageCount" AS n
        FROM "UsageMonthTotals" t WHERE t."Period" = {0}
        """;

    /// <summary>The totals plus the month's corrections of records in open months (billed as usage), summed per group.</summary>
    private static readonly string TotalsWithOpenMonthCorrections = $$"""
        SELECT x."CustomerId", x."ServiceCode", x."Ansvar", x."Verksamhet", x."Projekt", x."Aktivitet", CAST(SUM(x.q) AS bigint) AS q, CAST(SUM(x.n) AS bigint) AS n
        FROM ({{MonthTotals}}
              UNION ALL
              SELECT u."CustomerId", u."ServiceCode", {{UsageMonthTotals.AccountKey("u.\"Ansvar\"", "u.\"Verksamhet\"", "u.\"Projekt\"", "u.\"Aktivitet\"")}},
                     u."QuantityMilli", CAST(1 AS bigint)
              FROM "UsageRecords" u
              WHERE u."Period" = {0} AND u."CorrectsSourceReference" IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM "UsageRecords" o JOIN "BillingPeriods" bp ON bp."Period" = o."Period"
                    WHERE o."SourceReference" = u."CorrectsSourceReference" AND bp."Status" = 'Closed')) x
        GROUP BY x."CustomerId", x."ServiceCode", x."Ansvar", x."Verksamhet", x."Projekt", x."Aktivitet"
        """;

    /// <summary>Whether the month has correction records (through the small partial index of corrections).</summary>
    public Task<bool> HasCorrectionsAsync(Period period, CancellationToken ct) =>
        db.UsageRecords.IgnoreQueryFilters([ServicenavDb.CustomerScopeFilter]).AnyAsync(u => u.Period == period && u.CorrectsSourceReference != null, ct);

    /// <summary>Usage of this month that corrects a record of a closed month: priced as the original line, referencing it.</summary>
    public async Task InsertCorrectionLinesAsync(Guid runId, Period period, CancellationToken ct)
    {
        var sql = $$"""
            INSERT INTO "InvoiceLines" ({{LineColumns}})
            SELECT i."Id", g."CustomerId", {0}, {0}, {1}, 'Correction', g."ServiceCode", '', ol."Unit", g.q, ol."UnitPrice",
                   {{Amount("g.q", OriginalUnitPrice)}}, g."Ansvar", g."Verksamhet", g."Projekt", g."Aktivitet", g.n,
                   ol."PriceListId", ol."PriceListYear", ol."PriceListVersion", ol."Diarienummer", ol."Id"
            FROM (SELECT o."CustomerId", o."ServiceCode", o."Period" AS "OriginalPeriod", o."Ansvar", o."Verksamhet", o."Projekt", o."Aktivitet",
                         CAST(SUM(u."QuantityMilli") AS bigint) AS q, COUNT(*) AS n
                  FROM "UsageRecords" u
                  JOIN "UsageRecords" o ON o."SourceReference" = u."CorrectsSourceReference"
                  JOIN "BillingPeriods" bp ON bp."Period" = o."Period" AND bp."Status" = 'Closed'
                  WHERE u."Period" = {0} AND u."CorrectsSourceReference" IS NOT NULL
                  GROUP BY o."CustomerId", o."ServiceCode", o."Period", o."Ansvar", o."Verksamhet", o."Projekt", o."Aktivitet") g
            JOIN "InvoiceLines" ol ON ol."Period" = g."OriginalPeriod" AND ol."Kind" = 'Usage' AND ol."CustomerId" = g."CustomerId"
                 AND ol."ServiceCode" = g."ServiceCode" AND {{Same("ol", "g", "Ansvar")}} AND {{Same("ol", "g", "Verksamhet")}}
                 AND {{Same("ol", "g", "Projekt")}} AND {{Same("ol", "g", "Aktivitet")}}
            JOIN "Invoices" i ON i."RunId" = {1} AND i."CustomerId" = g."CustomerId"
            """;
        await db.Database.ExecuteSqlRawAsync(sql, [period.Key, runId], ct);
    }

    /// <summary>The fixed monthly fees of the price list (fixed and hybrid models), one line per customer × service.</summary>
    public async Task InsertMonthlyFeeLinesAsync(
        Guid runId, Period period, PricesInForce prices, IReadOnlyList<(Guid CustomerId, Guid InvoiceId)> invoices, RunTally tally, CancellationToken ct)
    {
        var invoiceOf = invoices.ToDictionary(i => i.CustomerId, i => i.InvoiceId);
        var fees = prices.Services
            .SelectMany(s => s.MonthlyFees.Where(f => f.Amount != Money.Zero && invoiceOf.ContainsKey(f.CustomerId)).Select(f => (Service: s.ServiceCode, f.CustomerId, f.Amount)))
            .ToList();
        foreach (var fee in fees)
        {
            tally.Add(invoiceOf[fee.CustomerId], fee.Amount.Ore, 0);
        }

        foreach (var chunk in fees.Chunk(RowsPerStatement))
        {
            var parameters = new List<object?> { period.Key, runId, prices.PriceListId, prices.Year, prices.Version, prices.Diarienummer, BillingMessages.MonthUnit };
            var sql = new StringBuilder("WITH fees (\"CustomerId\", \"ServiceCode\", \"Fee\") AS (VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "(" : ", (");
                AppendParameters(sql, parameters, chunk[i].CustomerId, chunk[i].Service, chunk[i].Amount.Ore);
                sql.Append(')');
            }

            sql.Append(CultureInfo.InvariantCulture, $$"""
                )
                INSERT INTO "InvoiceLines" ({{LineColumns}})
                SELECT i."Id", f."CustomerId", {0}, {0}, {1}, 'MonthlyFee', f."ServiceCode", '', {6}, {{UsageRecord.MilliPerUnit}}, f."Fee", f."Fee",
                       NULL, NULL, NULL, NULL, 0, {2}, {3}, {4}, {5}, NULL
                FROM fees f JOIN "Invoices" i ON i."RunId" = {1} AND i."CustomerId" = f."CustomerId"
                """);
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters!, ct);
        }
    }

    /// <summary>
    /// Sets each invoice's total, drops the invoices that got no line, and sums up the run. Without correction lines
    /// (written in SQL) the tally of the lines written holds every total already: one UPDATE from a VALUES list.
    /// </summary>
    public async Task<RunTotals> FinishAsync(Period period, Guid runId, RunTally tally, bool corrections, CancellationToken ct)
    {
        if (!corrections)
        {
            foreach (var chunk in tally.Totals.Chunk(RowsPerStatement))
            {
                var parameters = new List<object?>();
                var sql = new StringBuilder("WITH v (id, total) AS (VALUES ");
                for (var i = 0; i < chunk.Length; i++)
                {
                    sql.Append(i == 0 ? "(" : ", (");
                    AppendParameters(sql, parameters, chunk[i].Key, chunk[i].Value);
                    sql.Append(')');
                }

                sql.Append(") UPDATE \"Invoices\" SET \"Total\" = (SELECT v.total FROM v WHERE v.id = \"Invoices\".\"Id\") WHERE \"Id\" IN (SELECT id FROM v)");
                await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters!, ct);
            }

            // An invoice in the tally has lines (its total may still be 0): only the others can be empty.
            await db.Database.ExecuteSqlRawAsync(
                "DELETE FROM \"Invoices\" WHERE \"RunId\" = {0} AND \"Total\" = 0 AND NOT EXISTS (SELECT 1 FROM \"InvoiceLines\" l WHERE l.\"InvoiceId\" = \"Invoices\".\"Id\")",
                [runId], ct);
            return new RunTotals(tally.Totals.Count, tally.Lines, tally.UsageCount, Money.FromOre(tally.Totals.Values.Sum()));
        }

        await db.Database.ExecuteSqlRawAsync(
            "UPDATE \"Invoices\" SET \"Total\" = (SELECT COALESCE(SUM(l.\"Amount\"), 0) FROM \"InvoiceLines\" l WHERE l.\"InvoiceId\" = \"Invoices\".\"Id\") WHERE \"RunId\" = {0}",
            [runId], ct);
        await db.Database.ExecuteSqlRawAsync(
            "DELETE FROM \"Invoices\" WHERE \"RunId\" = {0} AND NOT EXISTS (SELECT 1 FROM \"InvoiceLines\" l WHERE l.\"InvoiceId\" = \"Invoices\".\"Id\")",
            [runId], ct);
        var invoices = await db.Database
            .SqlQueryRaw<InvoiceSums>(
                "SELECT COUNT(*) AS \"Count\", CAST(COALESCE(SUM(\"Total\"), 0) AS bigint) AS \"Total\" FROM \"Invoices\" WHERE \"RunId\" = {0}",
                runId)
            .SingleAsync(ct);
        var lines = await db.Database
            .SqlQueryRaw<long>(
                "SELECT CAST(COALESCE(SUM(\"UsageCount\"), 0) AS bigint) AS \"Value\" FROM \"InvoiceLines\" WHERE \"Period\" = {0} AND \"RunId\" = {1} AND \"Kind\" IN ('Usage', 'Correction')",
                period.Key, runId)
            .SingleAsync(ct);
        var lineCount = await db.InvoiceLines.CountAsync(l => l.Period == period && l.RunId == runId, ct);
        return new RunTotals((int)invoices.Count, lineCount, lines, Money.FromOre(invoices.Total));
    }

    /// <summary>How many usage records the month has now (closing compares it with the last run's).</summary>
    public Task<int> UsageCountAsync(Period period, CancellationToken ct) =>
        db.UsageRecords.IgnoreQueryFilters([ServicenavDb.CustomerScopeFilter]).CountAsync(u => u.Period == period, ct);

    private static string Amount(string quantity, string price) =>
        $"CASE WHEN {quantity} * {price} >= 0 THEN ({quantity} * {price} + 500) / 1000 ELSE -((-({quantity} * {price}) + 500) / 1000) END";

    private string Same(string left, string right, string column) =>
        IsSqlite ? $"{left}.\"{column}\" IS {right}.\"{column}\"" : $"{left}.\"{column}\" IS NOT DISTINCT FROM {right}.\"{column}\"";

    private static void AppendParameters(StringBuilder sql, List<object?> parameters, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                sql.Append(", ");
            }

            if (values[i] is null)
            {
                sql.Append("NULL");
                continue;
            }

            sql.Append('{').Append(parameters.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
            parameters.Add(values[i]);
        }
    }
}

internal sealed record BillableCustomer(Guid CustomerId, string Name, InvoiceAccount Account);

internal sealed record InvoiceSums(long Count, long Total);

internal sealed record InsertedLine(Guid InvoiceId, long Amount, long UsageCount, string Kind, string ServiceCode);

/// <summary>What a run has written so far, counted in C#: per invoice its total (öre), and the line and usage counts.</summary>
internal sealed class RunTally
{
    public Dictionary<Guid, long> Totals { get; } = [];

    public int Lines { get; private set; }

    public long UsageCount { get; private set; }

    public void Add(Guid invoiceId, long amountOre, long usageCount)
    {
        Totals[invoiceId] = Totals.GetValueOrDefault(invoiceId) + amountOre;
        Lines++;
        UsageCount += usageCount;
    }
}

internal sealed record RunTotals(int Invoices, int Lines, long UsageCount, Money Total);
