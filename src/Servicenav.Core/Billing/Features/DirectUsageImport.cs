using System.Data.Common;
using Servicenav.Billing.Data;
using Servicenav.Pricing;

namespace Servicenav.Billing.Features;

/// <summary>
/// The usual batch — new rows, all of them good — in one pass: each row is checked in memory against
/// <see cref="UsageKeys"/> and written straight into UsageRecords (no staging table, no second copy of the rows).
/// It gives up at the first row it cannot take as it is — a format error, a failed check, a source reference
/// already stored or repeated in the batch, a correction that names no record of the same customer and service —
/// and the caller rolls back and runs the staging path, which lists every problem or skips what is stored.
/// Memory: the keys, the batch's month totals and correction rows (few), never the rows themselves.
/// </summary>
internal sealed class DirectUsageImport(IPricesInForce prices, IClosedPeriods closedPeriods)
{
    public async Task<DirectUsageWrite?> TryWrite(
        DbConnection connection, DbTransaction transaction, UsageRowSource source, Guid batchId, DateTime receivedAtUtc, CancellationToken ct)
    {
        var keys = await UsageKeys.Load(connection, transaction, prices, closedPeriods, ct);
        var errors = new UsageErrorList();
        var totals = new SortedDictionary<int, (int Rows, long Milli)>();
        var corrections = new List<(StagedUsageRow Row, UsageResolution Resolved)>();
        var sums = new UsageMonthTotals.Accumulator();
        var rowsRead = 0;
        using (var writer = UsageRecordBulkWriter.Open(connection, transaction, batchId, receivedAtUtc))
        {
            try
            {
                foreach (var raw in source.Read(errors))
                {
                    if ((++rowsRead & 0xFFFF) == 0)
                    {
                        ct.ThrowIfCancellationRequested();
                    }

                    if (!UsageRowParser.TryParse(raw, errors, out var row))
                    {
                        return null;
                    }

                    // A batch sent again is the usual way to meet a stored reference: look before reading prices or streaming it all.
                    if (rowsRead == 1 && await IsStored(connection, transaction, row.SourceReference, ct))
                    {
                        return null;
                    }

                    if (!keys.HasPrices(row.Period))
                    {
                        writer.Flush(); // the price lookup needs the connection
                        await keys.LoadPrices(row.Period, ct);
                    }

                    if (!keys.TryResolve(row, out var resolved))
                    {
                        return null;
                    }

                    if (row.CorrectsReference is not null)
                    {
                        corrections.Add((row, resolved));
                    }
                    else
                    {
                        sums.Add(row.Period, resolved.CustomerId, resolved.ServiceCode, row.Ansvar, row.Verksamhet, row.Projekt, row.Aktivitet, row.QuantityMilli);
                    }

                    writer.Write(row, resolved);
                    var total = totals.GetValueOrDefault(row.Period);
                    totals[row.Period] = (total.Rows + 1, total.Milli + row.QuantityMilli);
                }

                if (errors.Count > 0 || rowsRead == 0)
                {
                    return null;
                }

                writer.Flush();
            }
            catch (DbException e) when (UsageRecordBulkWriter.IsDuplicateReference(e))
            {
                return null;
            }
        }

        if (!await CorrectionsNameTheirRecords(connection, transaction, corrections, ct))
        {
            return null;
        }

        await UsageMonthTotals.AddAsync(connection, transaction, sums, ct);

        return new DirectUsageWrite(rowsRead, totals.Select(t => new UsagePeriodTotal(
            SharedKernel.Period.FromKey(t.Key).ToString(), t.Value.Rows, t.Value.Milli / (decimal)Domain.UsageRecord.MilliPerUnit)).ToList());
    }

    private static async Task<bool> IsStored(DbConnection connection, DbTransaction transaction, string reference, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, """SELECT 1 FROM "UsageRecords" WHERE "SourceReference" = @r""");
        Add(command, "@r", reference);
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    /// <summary>Every correction names a stored record (this batch's included) of the same customer and service.</summary>
    private static async Task<bool> CorrectionsNameTheirRecords(
        DbConnection connection, DbTransaction transaction, List<(StagedUsageRow Row, UsageResolution Resolved)> corrections, CancellationToken ct)
    {
        foreach (var chunk in corrections.Chunk(500))
        {
            var originals = new Dictionary<string, (Guid Customer, string Service)>(StringComparer.Ordinal);
            var references = chunk.Select(c => c.Row.CorrectsReference!).Distinct(StringComparer.Ordinal).ToList();
            await using (var command = Command(connection, transaction, $"""
                SELECT "SourceReference", "CustomerId", "ServiceCode" FROM "UsageRecords"
                WHERE "SourceReference" IN ({string.Join(", ", references.Select((_, i) => "@r" + i))})
                """))
            {
                for (var i = 0; i < references.Count; i++)
                {
                    Add(command, "@r" + i, references[i]);
                }

                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    originals[reader.GetString(0)] = (reader.GetGuid(1), reader.GetString(2));
                }
            }

            foreach (var (row, resolved) in chunk)
            {
                if (!originals.TryGetValue(row.CorrectsReference!, out var original) || original.Customer != resolved.CustomerId
                    || !string.Equals(original.Service, resolved.ServiceCode, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>What the direct import wrote: every row it read, and the totals per month for the batch's summary.</summary>
internal sealed record DirectUsageWrite(int Rows, IReadOnlyList<UsagePeriodTotal> Totals);
