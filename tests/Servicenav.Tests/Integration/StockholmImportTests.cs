using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Catalog.Domain;
using Servicenav.Catalog.Features;
using Servicenav.Customers.Features;
using Servicenav.Imports.StockholmDemo;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;
using Servicenav.Usage.Domain;
using Servicenav.Usage.Features;

namespace Servicenav.Tests.Integration;

public class StockholmImportTests
{
    [Theory, AllDatabases]
    public async Task Import_Gives21CustomersWith47623EmployeesInTotal(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);

        var report = await app.ImportStockholm();

        report.CustomersAdded.ShouldBe(21);
        var customers = (await app.Send(new ListCustomers(), As.Handlaggare)).ShouldBeOk();
        customers.Count.ShouldBe(21);
        customers.Sum(c => c.Employees).ShouldBe(47_623);
        customers.Select(c => (c.Number, c.Name, c.Employees))
            .ShouldBe(StockholmSource.Customers.Select(c => ((int?)c.Number, c.Name, c.Employees)));
        var karolinska = customers.Single(c => c.Name == "Karolinska Universitetssjukhuset");
        karolinska.Employees.ShouldBe(15_892);
    }

    [Theory, AllDatabases]
    public async Task Import_GivesADecidedVersion1With29ServicesIn4Areas(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);

        var report = await app.ImportStockholm();

        report.CatalogVersion.ShouldBe(1);
        report.CatalogDecided.ShouldBeTrue();
        var listing = (await app.Send(new ListCatalogServices(), As.Medarbetare(Guid.NewGuid()))).ShouldBeOk();
        listing.Version.ShouldNotBeNull();
        listing.Version.Number.ShouldBe(1);
        listing.Version.Status.ShouldBe(CatalogVersionStatus.Decided);
        listing.Version.IsCurrent.ShouldBeTrue();
        listing.Version.Diarienummer.ShouldBe("RS 2024-0566");
        listing.TotalServices.ShouldBe(29);
        listing.Areas.Select(a => a.Area.Name).ShouldBe(StockholmSource.Services.Select(s => s.Area).Distinct());
        listing.Areas.Count.ShouldBe(4);
        listing.Areas.SelectMany(a => a.Services).Select(s => s.Code).ShouldBe(StockholmSource.Services.Select(s => s.Code), ignoreOrder: true);

        var service = (await app.Send(new GetCatalogService("loneadministration"), As.Handlaggare)).ShouldBeOk();
        service.Decision.ShouldNotBeNull().Diarienummer.ShouldBe("RS 2024-0566");
        service.Sharing.ShouldBe(SharingStatus.Koncerngemensam);
        service.Levels.AvailabilityTargetPercent.ShouldBe(98m);
    }

    [Theory, AllDatabases]
    public async Task UsageMatrix_CoverageOfEachDeterminableService_EqualsTheSourceTableTotal(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();

        var matrix = (await app.Send(new GetUsageMatrix(), As.Handlaggare)).ShouldBeOk();

        var determinable = StockholmSource.Services.Where(s => s.RowsDetermined).ToList();
        determinable.Count.ShouldBe(27);
        matrix.CustomerCount.ShouldBe(21);
        matrix.TotalEmployees.ShouldBe(StockholmSource.Customers.Sum(c => c.Employees));
        foreach (var source in determinable)
        {
            var coverage = matrix.ServiceCoverage.Single(c => c.ServiceCode == source.Code);
            coverage.Users.ShouldBe(source.TotalUsers, source.Code);
            coverage.Unknown.ShouldBe(0, source.Code);
            coverage.NonUsers.ShouldBe(21 - source.TotalUsers, source.Code);
            coverage.Share.ShouldBe((decimal)source.TotalUsers / 21, source.Code);
        }
    }

    [Theory, AllDatabases]
    public async Task UsageMatrix_ServicesWithoutRowLevelUsers_CountWhatTheMatrixFileKnows(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();

        var matrix = (await app.Send(new GetUsageMatrix(), As.Handlaggare)).ShouldBeOk();

        var undetermined = StockholmSource.Services.Where(s => !s.RowsDetermined).Select(s => s.Code).ToList();
        undetermined.ShouldBe(["inhyrd_bemanning", "schemalaggning"], ignoreOrder: true);
        foreach (var code in undetermined)
        {
            var cells = StockholmSource.Customers.Select(c => c.Cells[code]).ToList();
            var coverage = matrix.ServiceCoverage.Single(c => c.ServiceCode == code);
            coverage.Users.ShouldBe(cells.Count(c => c == "1"), code);
            coverage.NonUsers.ShouldBe(cells.Count(c => c == "0"), code);
            coverage.Unknown.ShouldBe(cells.Count(c => c == ""), code);
            coverage.Unknown.ShouldBeGreaterThan(0, code);
        }
    }

    [Theory, AllDatabases]
    public async Task UsageMatrix_EveryCellIsAsInTheMatrixFile_UnknownStaysUnknown(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();

        var matrix = (await app.Send(new GetUsageMatrix(), As.Handlaggare)).ShouldBeOk();

        matrix.Rows.Count.ShouldBe(21);
        foreach (var source in StockholmSource.Customers)
        {
            var row = matrix.Rows.Single(r => r.Number == source.Number);
            row.Name.ShouldBe(source.Name);
            foreach (var cell in row.Cells)
            {
                var expected = source.Cells[cell.ServiceCode] switch
                {
                    "1" => UsageStatus.Uses,
                    "0" => UsageStatus.DoesNotUse,
                    _ => UsageStatus.Unknown,
                };
                cell.Status.ShouldBe(expected, $"{source.Name} / {cell.ServiceCode}");
            }
        }

        var karolinska = matrix.Rows.Single(r => r.Name == "Karolinska Universitetssjukhuset");
        karolinska.Cells.Single(c => c.ServiceCode == "inhyrd_bemanning").Status.ShouldBe(UsageStatus.Unknown);
        karolinska.Cells.Single(c => c.ServiceCode == "schemalaggning").Status.ShouldBe(UsageStatus.DoesNotUse);
    }

    [Theory, AllDatabases]
    public async Task Import_CarriesTheUsageNotesOfPartialUse(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();

        var matrix = (await app.Send(new GetUsageMatrix(), As.Handlaggare)).ShouldBeOk();

        var aisab = matrix.Rows.Single(r => r.Number == 1);
        var cell = aisab.Cells.Single(c => c.ServiceCode == "sammanhallen_kundtjanst");
        cell.Status.ShouldBe(UsageStatus.Uses);
        cell.Note.ShouldBe("Nyttjar delar av nuvarande sammanhållen kundtjänst");
    }

    [Theory, AllDatabases]
    public async Task Import_RunTwice_ChangesNothing(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();
        var before = await Counts.Of(app);

        var second = await app.ImportStockholm();

        second.ChangedAnything.ShouldBeFalse();
        second.CatalogVersion.ShouldBeNull();
        (await Counts.Of(app)).ShouldBe(before);
    }

    [Theory, AllDatabases]
    public async Task Import_WithAChangedServiceDescription_GoesIntoADraftAndLeavesTheDecidedVersionAlone(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();
        using var folder = new TempCopy(StockholmSource.Folder);
        folder.Replace(StockholmDataset.DetailsFile, 3, ",Vardagar 08.00–16.30,98,4,24,", ",Vardagar 08.00–16.30,99,4,24,");

        var report = await app.ImportStockholm(folder.Path);

        report.ServicesChanged.ShouldBe(1);
        report.CatalogDecided.ShouldBeFalse();
        report.CatalogVersion.ShouldBe(2);
        var current = (await app.Send(new GetCatalogService("pensionsadministration"), As.Handlaggare)).ShouldBeOk();
        current.VersionNumber.ShouldBe(1);
        current.Levels.AvailabilityTargetPercent.ShouldBe(98m);
        var draft = (await app.Send(new GetCatalogService("pensionsadministration", 2), As.Handlaggare)).ShouldBeOk();
        draft.VersionStatus.ShouldBe(CatalogVersionStatus.Draft);
        draft.Levels.AvailabilityTargetPercent.ShouldBe(99m);
    }

    [Theory, AllDatabases]
    public async Task Import_WithBadFiles_IsRejectedListingEveryBadRowAndChangesNothing(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();
        var before = await Counts.Of(app);
        using var folder = new TempCopy(StockholmSource.Folder);

        // A change that would be written if the import were not rejected as a whole: AISAB's employees.
        folder.Replace(StockholmDataset.MatrixFile, 2, "(AISAB),520,", "(AISAB),530,");

        // An unknown column.
        folder.AppendToEveryLine(StockholmDataset.CustomerDetailsFile, ",region", ",AB");

        // A customer name twice: row of nr 5 (line 6) takes the name of nr 2 (line 3).
        folder.Replace(StockholmDataset.MatrixFile, 6, "Film Stockholm AB", "Danderyds Sjukhus AB");

        // Text where a number goes: employees of nr 7 (line 8) and an availability in the catalogue details (line 3).
        folder.Replace(StockholmDataset.MatrixFile, 8, "Hälso- och sjukvårdsnämnden,609,", "Hälso- och sjukvårdsnämnden,sexhundra,");
        folder.Replace(StockholmDataset.DetailsFile, 3, ",Vardagar 08.00–16.30,98,4,24,", ",Vardagar 08.00–16.30,nittioåtta,4,24,");

        var ex = await Should.ThrowAsync<ImportRejectedException>(() => app.Send(new ImportStockholmDemo(folder.Path), UserContext.System("import")));

        ex.Errors.Select(e => (e.File, e.Line, e.Column)).ShouldBe(
            [
                (StockholmDataset.CustomerDetailsFile, 1, "region"),
                (StockholmDataset.MatrixFile, 6, "name"),
                (StockholmDataset.MatrixFile, 8, "employees_jan2024"),
                (StockholmDataset.DetailsFile, 3, "availability_target_pct"),
            ],
            ignoreOrder: true);
        ex.Errors.ShouldAllBe(e => e.Reason.Length > 0);
        ex.Message.ShouldContain("stockholm_usage_matrix.csv rad 8, kolumn employees_jan2024");
        (await Counts.Of(app)).ShouldBe(before);
        var aisab = (await app.Send(new ListCustomers("AISAB"), As.Handlaggare)).ShouldBeOk().ShouldHaveSingleItem();
        aisab.Employees.ShouldBe(520);
    }

    [Theory, AllDatabases]
    public async Task Import_WithBadFilesIntoAnEmptyDatabase_WritesNothing(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        using var folder = new TempCopy(StockholmSource.Folder);
        folder.Replace(StockholmDataset.MatrixFile, 21, "tunnelbana),119,", "tunnelbana),-119,");

        var ex = await Should.ThrowAsync<ImportRejectedException>(() => app.Send(new ImportStockholmDemo(folder.Path), UserContext.System("import")));

        var error = ex.Errors.ShouldHaveSingleItem();
        (error.File, error.Line, error.Column).ShouldBe((StockholmDataset.MatrixFile, 21, "employees_jan2024"));
        (await Counts.Of(app)).ShouldBe(new Counts(0, 0, 0, 0));
    }

    [Theory, AllDatabases]
    public async Task Import_WithAColumnTwice_IsRejectedNotCrashed(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        using var folder = new TempCopy(StockholmSource.Folder);
        folder.AppendToEveryLine(StockholmDataset.CustomerDetailsFile, ",kind", ",namnd");

        var ex = await Should.ThrowAsync<ImportRejectedException>(() => app.Send(new ImportStockholmDemo(folder.Path), UserContext.System("import")));

        ex.Errors.Select(e => (e.File, e.Line, e.Column)).ShouldContain((StockholmDataset.CustomerDetailsFile, 1, "kind"));
        (await Counts.Of(app)).ShouldBe(new Counts(0, 0, 0, 0));
    }

    [Theory, AllDatabases]
    public async Task Import_DegreeOfUseForAServiceNotUsed_IsRejectedNamingTheNotesLine(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        using var folder = new TempCopy(StockholmSource.Folder);
        File.AppendAllText(Path.Combine(folder.Path, StockholmDataset.NotesFile), "1,chefsstod,50,Använder hälften,test\n");

        var ex = await Should.ThrowAsync<ImportRejectedException>(() => app.Send(new ImportStockholmDemo(folder.Path), UserContext.System("import")));

        var error = ex.Errors.ShouldHaveSingleItem();
        (error.File, error.Line, error.Column).ShouldBe((StockholmDataset.NotesFile, 10, "degree_pct"));
    }

    [Theory, AllDatabases]
    public async Task Import_KeepsTheAccountStringEnteredInServicenav(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();
        var kultur = (await app.Send(new ListCustomers("Kulturnämnden"), As.Controller)).ShouldBeOk().Single();
        var update = new UpdateCustomer { Id = kultur.Id };
        update.CopyFrom((await app.Send(new GetCustomer(kultur.Id), As.Controller)).ShouldBeOk());
        (update.AccountAnsvar, update.AccountVerksamhet, update.AccountMotpart) = ("9100", "620", "41");
        (await app.Send(update, As.Controller)).ShouldBeOk();

        var report = await app.ImportStockholm();

        report.ChangedAnything.ShouldBeFalse();
        (await app.Send(new GetCustomer(kultur.Id), As.Controller)).ShouldBeOk().AccountString.ShouldBe(new Customers.Domain.AccountString("9100", "620", "41", null, null));
    }

    [Theory, AllDatabases]
    public async Task Import_LinksServiceOwnersWhoMayThenEditTheirServices(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var owner = Guid.NewGuid();

        (await app.Send(new ImportStockholmDemo(StockholmSource.Folder, new Dictionary<string, Guid> { ["Tjänsteägare lön och pension"] = owner }), UserContext.System("import"))).ShouldBeOk();

        var draft = (await app.Send(new StartCatalogDraft(), As.Tjansteagare(owner))).ShouldBeOk();
        var edit = new UpdateCatalogService { VersionNumber = draft };
        edit.CopyFrom((await app.Send(new GetCatalogService("pensionsadministration", draft), As.Admin)).ShouldBeOk());
        edit.OpeningHours = "Vardagar 08.00–17.00";
        (await app.Send(edit, As.Tjansteagare(owner))).ShouldBeOk().Levels.OpeningHours.ShouldBe("Vardagar 08.00–17.00");
        var other = new UpdateCatalogService { VersionNumber = draft };
        other.CopyFrom((await app.Send(new GetCatalogService("it_arbetsplats", draft), As.Admin)).ShouldBeOk());
        (await app.Send(other, As.Tjansteagare(owner))).Status.ShouldBe(ResultStatus.Forbidden);
    }

    [Theory, AllDatabases]
    public async Task Import_ByAUserWithoutImportPermission_IsForbidden(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);

        var result = await app.Send(new ImportStockholmDemo(StockholmSource.Folder), As.Controller);

        result.Status.ShouldBe(ResultStatus.Forbidden);
        (await Counts.Of(app)).ShouldBe(new Counts(0, 0, 0, 0));
    }
}

/// <summary>What an import could have written: compared before and after to prove nothing was.</summary>
public sealed record Counts(int Customers, int CatalogVersions, int Usages, int AuditEntries)
{
    public static Task<Counts> Of(TestApp app) => app.Query(async db => new Counts(
        await db.Customers.CountAsync(),
        await db.CatalogVersions.CountAsync(),
        await db.ServiceUsages.CountAsync(),
        await db.AuditEntries.CountAsync()));
}
