using Microsoft.EntityFrameworkCore;
using Servicenav.Billing.Domain;
using Servicenav.Billing.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.Integration;

public class UsageImportTests
{
    [Theory, AllDatabases]
    public async Task CsvBatch_WithBadRows_IsRefusedWhole_ListingEveryBadRow(DatabaseKind db)
    {
        await using var world = await UsageImportWorld.Start(db);

        var result = (await world.ImportCsv(As.Controller,
            "1;it-arbetsplats;2026-03;12,5;st;r-1;;",          // line 2: good
            "99;it-arbetsplats;2026-03;1;st;r-2;;",            // 3: unknown customer
            "1;okand-tjanst;2026-03;1;st;r-3;;",               // 4: unknown service
            "1;it-arbetsplats;2026-03;1;timme;r-4;;",          // 5: wrong unit
            "2;it-arbetsplats;2026-01;1;st;r-5;;",             // 6: closed period
            "2;it-arbetsplats;2026-03;-2;st;r-6;;",            // 7: negative without a correction reference
            "2;it-arbetsplats;2026-03;1;st;r-1;;",             // 8: duplicate of line 2
            "2;it-arbetsplats;2026-03;1,2,3;st;r-8;;",         // 9: not a number
            "2;it-arbetsplats;2026-13;1;st;r-9;;",             // 10: not a period
            "232100-0016;it-arbetsplats;2026-03;1;st;r-10;;",  // 11: organisation number shared by both customers
            "2;it-arbetsplats;2026-02;1;st;r-11;;",            // 12: no price list in force for February
            "1;it-arbetsplats;2026-03;-1;st;r-12;r-1;",        // 13: a correction of line 2: fine
            "1;it-arbetsplats;2026-03;-1;st;r-13;r-99;",       // 14: corrects a record that does not exist
            "2;natverk;2026-03;-1;port;r-14;r-1;")).ShouldBeOk(); // 15: corrects another customer's record of another service

        result.Accepted.ShouldBeFalse();
        result.RowsRead.ShouldBe(14);
        result.Errors.Select(e => (e.Row, e.Field)).ShouldBe([
            (3, "customer"), (4, "service"), (5, "unit"), (6, "period"), (7, "correctsReference"), (8, "sourceReference"),
            (9, "quantity"), (10, "period"), (11, "customer"), (12, "service"), (14, "correctsReference"), (15, "correctsReference"),
        ]);
        result.ErrorCount.ShouldBe(12);
        result.Errors.Single(e => e.Row == 14).Reason.ShouldBe(
            "Korrigeringen avser källreferensen \"r-99\", men någon sådan post för samma kund och tjänst finns inte.");
        result.Errors.Single(e => e.Row == 3).Reason.ShouldBe("Okänd kund \"99\" (ange kundens id, kundnummer eller organisationsnummer).");
        result.Errors.Single(e => e.Row == 5).Reason.ShouldBe("Enheten \"timme\" stämmer inte med prislistans enhet för tjänsten (st).");
        result.Errors.Single(e => e.Row == 6).Reason.ShouldContain("2026-01 är stängd");
        result.Errors.Single(e => e.Row == 8).Reason.ShouldBe("Källreferensen \"r-1\" förekommer redan på rad 2 i samma batch.");
        result.Errors.Single(e => e.Row == 12).Reason.ShouldContain("inget pris");
        (await world.App.Query(d => d.UsageRecords.CountAsync())).ShouldBe(0);
        (await world.App.Query(d => d.UsageImportBatches.CountAsync())).ShouldBe(0);
    }

    [Theory, AllDatabases]
    public async Task CsvBatch_MissingColumns_IsRefusedOnTheHeader(DatabaseKind db)
    {
        await using var world = await UsageImportWorld.Start(db);
        var csv = new MemoryStream("kund;tjanst;antal;okand\n1;it-arbetsplats;1;x\n"u8.ToArray());

        var result = (await world.App.Send(new ImportUsageCsv("fel.csv", csv), As.Controller)).ShouldBeOk();

        result.Accepted.ShouldBeFalse();
        result.Errors.ShouldAllBe(e => e.Row == 1);
        result.Errors.Select(e => e.Field).ShouldBe(["okand", "period", "sourceReference", "unit"], ignoreOrder: true);
    }

    [Theory, AllDatabases]
    public async Task CsvBatch_Accepted_StoresExactQuantities_AndAReimportSkipsEveryRow(DatabaseKind db)
    {
        await using var world = await UsageImportWorld.Start(db);
        string[] lines = [
            "1;it-arbetsplats;2026-03;12,5;st;r-1;;1234",
            $"{world.Second};IT-arbetsplats;2026-03;\"1 000,001\";ST;r-2;;",
            "2;natverk;2026-03;3.25;port;r-3;;",
            "2;it-arbetsplats;2026-03;-0,5;st;r-4;r-2;",
        ];

        var first = (await world.ImportCsv(As.Controller, lines)).ShouldBeOk();
        var again = (await world.ImportCsv(As.Controller, lines)).ShouldBeOk();

        first.Accepted.ShouldBeTrue(string.Join("\n", first.Errors));
        (first.RowsAccepted, first.RowsSkipped).ShouldBe((4, 0));
        first.Totals.ShouldBe([new UsagePeriodTotal("2026-03", 4, 1015.251m)]);
        again.Accepted.ShouldBeTrue();
        (again.RowsAccepted, again.RowsSkipped).ShouldBe((0, 4));
        var records = await world.App.Query(d => d.UsageRecords.OrderBy(u => u.SourceReference).ToListAsync());
        records.Select(r => (r.SourceReference, r.CustomerId, r.ServiceCode, r.Quantity, r.Unit)).ShouldBe([
            ("r-1", world.First, "it-arbetsplats", 12.5m, "st"),
            ("r-2", world.Second, "it-arbetsplats", 1000.001m, "st"),
            ("r-3", world.Second, "natverk", 3.25m, "port"),
            ("r-4", world.Second, "it-arbetsplats", -0.5m, "st"),
        ]);
        records[0].Ansvar.ShouldBe("1234");
        records[3].CorrectsSourceReference.ShouldBe("r-2");
        records.ShouldAllBe(r => r.Period == UsageImportWorld.March && r.BatchId == first.BatchId);
        world.Prices.Calls.ShouldBe(2, "the price list is read once per distinct period and batch");

        var batches = (await world.App.Send(new ListUsageBatches(), As.Controller)).ShouldBeOk();
        batches.Select(b => (b.SourceName, b.RowsAccepted, b.RowsSkipped, b.ReceivedBy)).ShouldBe([
            ("mars.csv", 0, 4, As.Controller.UserName), ("mars.csv", 4, 0, As.Controller.UserName),
        ], ignoreOrder: true);
        var audit = await world.App.Query(d => d.AuditEntries.Where(a => a.EntityType == nameof(UsageImportBatch)).ToListAsync());
        audit.Count.ShouldBe(2);
        var stored = await world.App.Query(d => d.UsageImportBatches.SingleAsync(b => b.Id == first.BatchId));
        stored.PeriodTotals.ShouldBe("2026-03: 4 rader, 1\u00a0015,251", "in Swedish, as the batches table shows it");
        audit.ShouldContain(a => a.After!.Contains("4 rader", StringComparison.Ordinal));
    }

    [Theory, AllDatabases]
    public async Task Batch_MixingNewAndStoredRows_AcceptsTheNewAndSkipsTheStored(DatabaseKind db)
    {
        await using var world = await UsageImportWorld.Start(db);
        (await world.ImportCsv(As.Controller, "1;it-arbetsplats;2026-03;1;st;r-1;;", "2;it-arbetsplats;2026-03;2;st;r-2;;")).ShouldBeOk().Accepted.ShouldBeTrue();

        // The first row is new, so the import starts writing straight away and meets r-2 further down.
        var result = (await world.ImportCsv(As.Controller,
            "1;it-arbetsplats;2026-03;3;st;r-3;;", "2;it-arbetsplats;2026-03;2;st;r-2;;", "2;it-arbetsplats;2026-03;-1;st;r-4;r-2;")).ShouldBeOk();

        result.Accepted.ShouldBeTrue(string.Join("\n", result.Errors));
        (result.RowsRead, result.RowsAccepted, result.RowsSkipped).ShouldBe((3, 2, 1));
        (await world.App.Query(d => d.UsageRecords.OrderBy(u => u.SourceReference).Select(u => u.SourceReference).ToListAsync()))
            .ShouldBe(["r-1", "r-2", "r-3", "r-4"]);
    }

    [Theory, AllDatabases]
    public async Task UsageImportedByEitherPath_IsChargedByTheRun_PerCustomerServiceAndAccountString(DatabaseKind db)
    {
        await using var world = await UsageImportWorld.Start(db);
        // All new and good: written in one pass.
        (await world.ImportCsv(As.Controller,
            "1;it-arbetsplats;2026-03;2;st;r-1;;",
            "1;it-arbetsplats;2026-03;3;st;r-2;;4100",
            "2;it-arbetsplats;2026-03;1,5;st;r-3;;",
            "2;natverk;2026-03;10;port;r-4;;")).ShouldBeOk().Accepted.ShouldBeTrue();
        // Repeats r-1, so it goes through the staging table; r-7 corrects a record of March (open): billed as usage.
        var second = (await world.ImportCsv(As.Controller,
            "1;it-arbetsplats;2026-03;4;st;r-5;;",
            "1;it-arbetsplats;2026-03;2;st;r-1;;",
            "1;it-arbetsplats;2026-03;1;st;r-6;;4100",
            "2;it-arbetsplats;2026-03;-0,5;st;r-7;r-3;")).ShouldBeOk();
        second.RowsSkipped.ShouldBe(1);

        var run = (await world.App.Send(new RunBilling(UsageImportWorld.March), As.Controller)).ShouldBeOk();

        run.UsageRecords.ShouldBe(7);
        var lines = await world.App.Query(d => d.InvoiceLines
            .Where(l => l.Period == UsageImportWorld.March && l.Kind == InvoiceLineKind.Usage)
            .Select(l => new { l.CustomerId, l.ServiceCode, l.Ansvar, l.QuantityMilli, l.Amount, l.UsageCount })
            .ToListAsync());
        lines.Select(l => (l.CustomerId, l.ServiceCode, l.Ansvar, l.QuantityMilli, l.Amount, l.UsageCount)).ShouldBe([
            (world.First, "it-arbetsplats", null, 6_000L, Money.Sek(740.70m), 2L),
            (world.First, "it-arbetsplats", "4100", 4_000L, Money.Sek(493.80m), 2L),
            (world.Second, "it-arbetsplats", null, 1_000L, Money.Sek(123.45m), 2L),
            (world.Second, "natverk", null, 10_000L, Money.Sek(0.70m), 1L),
        ], ignoreOrder: true);
    }

    [Theory, AllDatabases]
    public async Task RebuildUsageTotals_RestoresWhatTheRunCharges_AfterTheTotalsWereLost(DatabaseKind db)
    {
        await using var world = await UsageImportWorld.Start(db);
        (await world.ImportCsv(As.Controller,
            "1;it-arbetsplats;2026-03;2;st;r-1;;",
            "1;it-arbetsplats;2026-03;3;st;r-2;;4100",
            "2;it-arbetsplats;2026-03;1;st;r-3;;",
            "2;it-arbetsplats;2026-03;-1;st;r-4;r-3;")).ShouldBeOk().Accepted.ShouldBeTrue();
        var before = (await world.App.Send(new RunBilling(UsageImportWorld.March), As.Controller)).ShouldBeOk();
        await world.App.Query(d => d.Database.ExecuteSqlRawAsync("DELETE FROM \"UsageMonthTotals\"")); // e.g. a restore of the records only

        (await world.App.Send(new RebuildUsageTotals(UsageImportWorld.March), As.Bestallare(world.First))).Status.ShouldBe(ResultStatus.Forbidden);
        var rebuilt = (await world.App.Send(new RebuildUsageTotals(UsageImportWorld.March), As.Controller)).ShouldBeOk();
        var after = (await world.App.Send(new RunBilling(UsageImportWorld.March), As.Controller)).ShouldBeOk();

        rebuilt.ShouldBe(new UsageTotalsRebuilt("2026-03", 3, 3), "three groups of the three records that are not corrections");
        (after.Total, after.Lines, after.UsageRecords).ShouldBe((before.Total, before.Lines, before.UsageRecords));
        after.UsageRecords.ShouldBe(4);
    }

    [Theory, AllDatabases]
    public async Task Batch_WhoseOnlyFaultIsARepeatedReference_IsRefused_NamingBothRows(DatabaseKind db)
    {
        await using var world = await UsageImportWorld.Start(db);
        var lines = Enumerable.Range(1, 500).Select(i => $"1;it-arbetsplats;2026-03;1;st;r-{i};;").Append("2;it-arbetsplats;2026-03;1;st;r-7;;").ToArray();

        var result = (await world.ImportCsv(As.Controller, lines)).ShouldBeOk();

        result.Accepted.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().ShouldBe(new UsageRowError(502, "sourceReference", "Källreferensen \"r-7\" förekommer redan på rad 8 i samma batch."));
        (await world.App.Query(d => d.UsageRecords.CountAsync())).ShouldBe(0);
    }

    [Theory, AllDatabases]
    public async Task Batch_OverSeveralMonths_IsPricedPerMonth_AndTotalledPerMonth(DatabaseKind db)
    {
        await using var world = await UsageImportWorld.Start(db);
        var april = new Period(2026, 4);
        world.Prices.Lists[april] = world.PriceList(april);

        var result = (await world.ImportCsv(As.Controller,
            "1;it-arbetsplats;2026-03;1;st;r-1;;", "1;it-arbetsplats;2026-04;2;st;r-2;;", "2;natverk;2026-03;4;port;r-3;;", "1;it-arbetsplats;2026-04;-1;st;r-4;r-2;"))
            .ShouldBeOk();

        result.Accepted.ShouldBeTrue(string.Join("\n", result.Errors));
        result.Totals.ShouldBe([new UsagePeriodTotal("2026-03", 2, 5m), new UsagePeriodTotal("2026-04", 2, 1m)]);
        (await world.App.Query(d => d.UsageRecords.CountAsync(u => u.Period == april))).ShouldBe(2);
    }

    [Theory, AllDatabases]
    public async Task ApiBatch_IsAccepted_WithItsAccountParts(DatabaseKind db)
    {
        await using var world = await UsageImportWorld.Start(db);
        var batch = new ImportUsage
        {
            SourceName = "Måltidssystemet",
            Rows = [
                new UsageRowInput { Customer = "1", Service = "it-arbetsplats", Period = "2026-03", Quantity = 2m, Unit = "st", SourceReference = "m-1", Verksamhet = "510", Projekt = "P9", Aktivitet = "A1", OrganisationUnit = "Avd 3" },
            ],
        };

        var result = (await world.App.Send(batch, As.Admin)).ShouldBeOk();

        result.Accepted.ShouldBeTrue();
        var record = await world.App.Query(d => d.UsageRecords.SingleAsync());
        (record.Verksamhet, record.Projekt, record.Aktivitet, record.OrganisationUnit).ShouldBe(("510", "P9", "A1", "Avd 3"));
        (await world.App.Query(d => d.UsageImportBatches.SingleAsync())).Kind.ShouldBe(UsageBatchKind.Api);
    }

    [Theory, AllDatabases]
    public async Task Import_CrashingAfterTheInsert_LeavesNothingWritten(DatabaseKind db)
    {
        await using var world = await UsageImportWorld.Start(db, _ => throw new IOException("simulated crash before commit"));

        await Should.ThrowAsync<IOException>(() => world.ImportCsv(As.Controller, "1;it-arbetsplats;2026-03;1;st;r-1;;"));

        (await world.App.Query(d => d.UsageRecords.CountAsync())).ShouldBe(0);
        (await world.App.Query(d => d.UsageImportBatches.CountAsync())).ShouldBe(0);
        (await world.App.Query(d => d.AuditEntries.CountAsync(a => a.EntityType == nameof(UsageImportBatch)))).ShouldBe(0);
    }

    [Theory, AllDatabases]
    public async Task Import_CancelledWhileStaging_LeavesNothingWritten(DatabaseKind db)
    {
        await using var world = await UsageImportWorld.Start(db);
        using var cancel = new CancellationTokenSource();
        var lines = Enumerable.Range(1, 70_000).Select(i => $"1;it-arbetsplats;2026-03;1;st;r-{i};;").ToArray();
        var csv = UsageImportWorld.Csv(lines);
        var stream = new CancellingStream(csv, cancel, cancelAfterBytes: csv.Length / 2);

        await Should.ThrowAsync<OperationCanceledException>(() =>
            world.App.Sender.Send(new ImportUsageCsv("stor.csv", stream), As.Controller, cancel.Token));

        (await world.App.Query(d => d.UsageRecords.CountAsync())).ShouldBe(0);
        (await world.App.Query(d => d.UsageImportBatches.CountAsync())).ShouldBe(0);
    }

    [Theory, AllDatabases]
    public async Task Bestallare_CannotImport_AndSeesOnlyItsOwnUsage(DatabaseKind db)
    {
        await using var world = await UsageImportWorld.Start(db);
        (await world.ImportCsv(As.Controller, "1;it-arbetsplats;2026-03;2;st;r-1;;", "2;it-arbetsplats;2026-03;5;st;r-2;;", "2;it-arbetsplats;2026-03;1;st;r-3;;"))
            .ShouldBeOk().Accepted.ShouldBeTrue();
        var bestallare = As.Bestallare(world.Second);

        (await world.ImportCsv(bestallare, "2;it-arbetsplats;2026-03;2;st;r-9;;")).Status.ShouldBe(ResultStatus.Forbidden);
        (await world.App.Send(new ListUsageBatches(), bestallare)).Status.ShouldBe(ResultStatus.Forbidden);
        (await world.ImportCsv(As.Handlaggare, "2;it-arbetsplats;2026-03;2;st;r-9;;")).Status.ShouldBe(ResultStatus.Forbidden);

        var own = (await world.App.Send(new ListUsageRecords("2026-03"), bestallare)).ShouldBeOk();
        own.Rows.ShouldAllBe(r => r.CustomerId == world.Second);
        own.RowCount.ShouldBe(2);
        own.Sums.ShouldBe([new UsageSum(world.Second, "Andra nämnden", "it-arbetsplats", "st", 2, 6m)]);
        var other = (await world.App.Send(new ListUsageRecords("2026-03", world.First), bestallare)).ShouldBeOk();
        other.RowCount.ShouldBe(0);

        var staff = (await world.App.Send(new ListUsageRecords("2026-03", ServiceCode: "it-arbetsplats"), As.Controller)).ShouldBeOk();
        staff.RowCount.ShouldBe(3);
        staff.Sums.Sum(s => s.Quantity).ShouldBe(8m);

        // Without a month: the latest month with usage each may see — the other customer's April is not the Beställare's.
        world.Prices.Lists[new Period(2026, 4)] = world.PriceList(new Period(2026, 4));
        (await world.ImportCsv(As.Controller, "1;it-arbetsplats;2026-04;1;st;r-4;;")).ShouldBeOk().Accepted.ShouldBeTrue();
        (await world.App.Send(new ListUsageRecords(null), bestallare)).ShouldBeOk().Period.ShouldBe("2026-03");
        (await world.App.Send(new ListUsageRecords(null), As.Controller)).ShouldBeOk().Period.ShouldBe("2026-04");
    }

    /// <summary>Cancels the import's token once the importer has read part of the file: a crash in mid-stream.</summary>
    private sealed class CancellingStream(Stream inner, CancellationTokenSource cancel, long cancelAfterBytes) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (inner.Position > cancelAfterBytes)
            {
                cancel.Cancel();
            }

            return inner.Read(buffer, offset, Math.Min(count, 4096));
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
