using Servicenav.Catalog.Domain;
using Servicenav.Catalog.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.Integration;

public class CatalogFlowTests
{
    private static async Task<UpdateCatalogService> EditOf(TestApp app, int version, string code)
    {
        var service = (await app.Send(new GetCatalogService(code, version), As.Admin)).ShouldBeOk();
        var edit = new UpdateCatalogService { VersionNumber = version };
        edit.CopyFrom(service);
        return edit;
    }

    [Theory, AllDatabases]
    public async Task StartDraft_CopiesTheCurrentCatalogue(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var catalog = await SmallCatalog.Decide(app);

        var draft = (await app.Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();

        draft.ShouldBe(catalog.Version + 1);
        var details = (await app.Send(new GetCatalogVersion(draft), As.Admin)).ShouldBeOk();
        details.Summary.Status.ShouldBe(CatalogVersionStatus.Draft);
        details.Summary.IsCurrent.ShouldBeFalse();
        details.Areas.Select(a => a.Code).ShouldBe(["it", "kundtjanst"]);
        details.Services.Select(s => s.Code).ShouldBe([SmallCatalog.Network, SmallCatalog.Workplace, SmallCatalog.ServiceDesk], ignoreOrder: true);
        details.Services.ShouldAllBe(s => s.Decision!.Diarienummer == SmallCatalog.Diarienummer);
    }

    [Theory, AllDatabases]
    public async Task DecidedDraft_BecomesCurrentOnItsEffectiveDateAndNotBefore(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db, today: new DateOnly(2025, 11, 20));
        var catalog = await SmallCatalog.Decide(app);
        var draft = (await app.Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();
        var edit = await EditOf(app, draft, SmallCatalog.Network);
        edit.Name = "Nätverk och datakommunikation";
        (await app.Send(edit, As.Admin)).ShouldBeOk();

        var decided = (await app.Send(SmallCatalog.Decision(draft, "FSN 2025-0456", new DateOnly(2026, 1, 1)), As.Admin)).ShouldBeOk();

        decided.Status.ShouldBe(CatalogVersionStatus.Decided);
        decided.Diarienummer.ShouldBe("FSN 2025-0456");
        decided.IsCurrent.ShouldBeFalse();
        (await app.Send(new GetCatalogService(SmallCatalog.Network), As.Handlaggare)).ShouldBeOk().Name.ShouldBe("Nätverk");

        app.Clock.SetToday(new DateOnly(2025, 12, 31));
        var listing = (await app.Send(new ListCatalogServices(), As.Handlaggare)).ShouldBeOk();
        listing.Version!.Number.ShouldBe(catalog.Version);

        app.Clock.SetToday(new DateOnly(2026, 1, 1));
        listing = (await app.Send(new ListCatalogServices(), As.Handlaggare)).ShouldBeOk();
        listing.Version!.Number.ShouldBe(draft);
        listing.Areas.SelectMany(a => a.Services).Single(s => s.Code == SmallCatalog.Network).Name.ShouldBe("Nätverk och datakommunikation");
        var versions = (await app.Send(new ListCatalogVersions(), As.Handlaggare)).ShouldBeOk();
        versions.Single(v => v.IsCurrent).Number.ShouldBe(draft);
    }

    [Theory, AllDatabases]
    public async Task CurrentCatalogue_ChangesAtMidnightSwedishTime(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db, today: new DateOnly(2025, 11, 20));
        await SmallCatalog.Decide(app);
        var draft = (await app.Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();
        (await app.Send(SmallCatalog.Decision(draft, "FSN 2025-0456", new DateOnly(2026, 1, 1)), As.Admin)).ShouldBeOk();

        app.Clock.SetUtcNow(new DateTimeOffset(2025, 12, 31, 22, 59, 0, TimeSpan.Zero));
        (await app.Send(new ListCatalogServices(), As.Handlaggare)).ShouldBeOk().Version!.Number.ShouldBe(draft - 1);
        app.Clock.SetUtcNow(new DateTimeOffset(2025, 12, 31, 23, 0, 0, TimeSpan.Zero)); // 00:00 in Stockholm
        (await app.Send(new ListCatalogServices(), As.Handlaggare)).ShouldBeOk().Version!.Number.ShouldBe(draft);
    }

    [Theory, AllDatabases]
    public async Task DecidedCatalogVersion_CannotBeEdited(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var catalog = await SmallCatalog.Decide(app);
        var edit = await EditOf(app, catalog.Version, SmallCatalog.Network);
        edit.Name = "Ändrat efter beslut";
        var before = (await app.Send(new GetCatalogVersion(catalog.Version), As.Admin)).ShouldBeOk();

        await Should.ThrowAsync<BusinessRuleException>(() => app.Send(edit, As.Admin));
        await Should.ThrowAsync<BusinessRuleException>(() => app.Send(new RemoveCatalogService(catalog.Version, SmallCatalog.Network), As.Admin));
        await Should.ThrowAsync<BusinessRuleException>(() => app.Send(new AddCatalogArea { VersionNumber = catalog.Version, Code = "lon", Name = "Lön" }, As.Admin));
        await Should.ThrowAsync<BusinessRuleException>(() => app.Send(A.Service("ny-tjanst").Add(catalog.Version), As.Admin));
        await Should.ThrowAsync<BusinessRuleException>(() => app.Send(new DiscardCatalogDraft(catalog.Version), As.Admin));
        var again = await Should.ThrowAsync<BusinessRuleException>(() => app.Send(SmallCatalog.Decision(catalog.Version, "FSN 2026-0001", new DateOnly(2026, 6, 1)), As.Admin));

        again.RuleName.ShouldBe(nameof(DecidedCatalogVersionCannotBeChangedRule));
        var after = (await app.Send(new GetCatalogVersion(catalog.Version), As.Admin)).ShouldBeOk();
        after.ShouldBeEquivalentTo(before);
    }

    [Theory, AllDatabases]
    public async Task Decide_WithoutDiarienummer_FailsOnFieldDiarienummerAndStaysDraft(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await SmallCatalog.Decide(app);
        var draft = (await app.Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();

        var ex = await Should.ThrowAsync<ValidationFailedException>(() => app.Send(SmallCatalog.Decision(draft, "", new DateOnly(2026, 1, 1)), As.Admin));

        ex.Errors.Keys.ShouldBe(["diarienummer"]);
        (await app.Send(new GetCatalogVersion(draft), As.Admin)).ShouldBeOk().Summary.Status.ShouldBe(CatalogVersionStatus.Draft);
    }

    [Theory, AllDatabases]
    public async Task Decide_EffectiveBeforeTheLatestDecidedVersion_IsRefused(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await SmallCatalog.Decide(app);
        var draft = (await app.Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();

        await Should.ThrowAsync<BusinessRuleException>(() => app.Send(SmallCatalog.Decision(draft, "FSN 2025-0456", new DateOnly(2024, 12, 31)), As.Admin));

        (await app.Send(new GetCatalogVersion(draft), As.Admin)).ShouldBeOk().Summary.Status.ShouldBe(CatalogVersionStatus.Draft);
    }

    [Theory, AllDatabases]
    public async Task Decide_EmptyCatalogue_IsRefused(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var draft = (await app.Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();

        var ex = await Should.ThrowAsync<BusinessRuleException>(() => app.Send(SmallCatalog.Decision(draft, "FSN 2025-0001", new DateOnly(2025, 1, 1)), As.Admin));

        ex.RuleName.ShouldBe(nameof(DecidedCatalogMustContainServicesRule));
    }

    [Theory, AllDatabases]
    public async Task OnlyOneDraft_AtATime(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await SmallCatalog.Decide(app);
        var draft = (await app.Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();

        var ex = await Should.ThrowAsync<BusinessRuleException>(() => app.Send(new StartCatalogDraft(), As.Admin));

        ex.RuleName.ShouldBe(nameof(OnlyOneDraftCatalogVersionRule));
        var versions = (await app.Send(new ListCatalogVersions(), As.Admin)).ShouldBeOk();
        versions.Count(v => v.Status == CatalogVersionStatus.Draft).ShouldBe(1);

        (await app.Send(new DiscardCatalogDraft(draft), As.Admin)).ShouldBeOk();
        (await app.Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();
    }

    [Theory, AllDatabases]
    public async Task TwoPeopleStartingADraftAtOnce_LeaveOneDraft(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await SmallCatalog.Decide(app);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                return (await app.Send(new StartCatalogDraft(), As.Admin)).IsOk;
            }
            catch (Exception ex) when (ex is BusinessRuleException or Microsoft.EntityFrameworkCore.DbUpdateException)
            {
                return false;
            }
        }));

        attempts.Count(ok => ok).ShouldBe(1);
        var versions = (await app.Send(new ListCatalogVersions(), As.Admin)).ShouldBeOk();
        versions.Count(v => v.Status == CatalogVersionStatus.Draft).ShouldBe(1);
    }

    [Theory, AllDatabases]
    public async Task CompareCatalogVersions_ListsTheChangedFieldAndTheAddedAndRemovedServices(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var catalog = await SmallCatalog.Decide(app);
        var draft = (await app.Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();
        var edit = await EditOf(app, draft, SmallCatalog.Network);
        edit.AvailabilityTargetPercent = 99.95m;
        (await app.Send(edit, As.Admin)).ShouldBeOk();
        (await app.Send(new RemoveCatalogService(draft, SmallCatalog.ServiceDesk), As.Admin)).ShouldBeOk();
        (await app.Send(A.Service("integration").Named("Integrationshantering").Add(draft), As.Admin)).ShouldBeOk();

        var comparison = (await app.Send(new CompareCatalogVersions(catalog.Version, draft), As.Handlaggare)).ShouldBeOk();

        comparison.From.Number.ShouldBe(catalog.Version);
        comparison.To.Number.ShouldBe(draft);
        comparison.Changes.Select(c => (c.Code, c.Kind)).ShouldBe(
            [(SmallCatalog.Network, ServiceChangeKind.Changed), ("integration", ServiceChangeKind.Added), (SmallCatalog.ServiceDesk, ServiceChangeKind.Removed)],
            ignoreOrder: true);
        comparison.Changes.Single(c => c.Kind == ServiceChangeKind.Changed).Fields
            .ShouldBe([new FieldChange("availability", "99.5", "99.95")]);
    }

    [Theory, AllDatabases]
    public async Task Decide_GivesTheNewDecisionOnlyToChangedServices(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var catalog = await SmallCatalog.Decide(app);
        var draft = (await app.Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();
        var edit = await EditOf(app, draft, SmallCatalog.Network);
        edit.Included.Add("Trådlöst nät");
        (await app.Send(edit, As.Admin)).ShouldBeOk();
        (await app.Send(A.Service("integration").Named("Integrationshantering").Add(draft), As.Admin)).ShouldBeOk();

        (await app.Send(SmallCatalog.Decision(draft, "FSN 2025-0456", new DateOnly(2025, 6, 1)), As.Admin)).ShouldBeOk();

        var changed = (await app.Send(new GetCatalogService(SmallCatalog.Network), As.Handlaggare)).ShouldBeOk();
        changed.VersionNumber.ShouldBe(draft);
        changed.Decision.ShouldBe(new DecisionDto("FSN 2025-0456", new DateOnly(2025, 5, 1), "Fastighets- och servicenämnden", draft));
        changed.Included.ShouldContain("Trådlöst nät");
        (await app.Send(new GetCatalogService("integration"), As.Handlaggare)).ShouldBeOk().Decision!.Diarienummer.ShouldBe("FSN 2025-0456");
        var unchanged = (await app.Send(new GetCatalogService(SmallCatalog.Workplace), As.Handlaggare)).ShouldBeOk();
        unchanged.VersionNumber.ShouldBe(draft);
        unchanged.Decision!.Diarienummer.ShouldBe(SmallCatalog.Diarienummer);
        unchanged.Decision.VersionNumber.ShouldBe(catalog.Version);
    }

    [Theory, AllDatabases]
    public async Task DraftEdits_AreNotSeenInTheCurrentCatalogue(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await SmallCatalog.Decide(app);
        var draft = (await app.Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();
        (await app.Send(new RemoveCatalogService(draft, SmallCatalog.ServiceDesk), As.Admin)).ShouldBeOk();

        var current = (await app.Send(new ListCatalogServices(), As.Handlaggare)).ShouldBeOk();

        current.TotalServices.ShouldBe(3);
        (await app.Send(new GetCatalogService(SmallCatalog.ServiceDesk, draft), As.Handlaggare)).Status.ShouldBe(ResultStatus.NotFound);
    }

    [Theory, AllDatabases]
    public async Task SearchTheCatalogue_IgnoresCaseAndSwedishLetters(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();

        var hits = (await app.Send(new ListCatalogServices("LÖNEADMIN"), As.Handlaggare)).ShouldBeOk();

        hits.Areas.SelectMany(a => a.Services).Select(s => s.Code).ShouldContain("loneadministration");
        hits.Areas.ShouldAllBe(a => a.Services.Count > 0);
    }
}
