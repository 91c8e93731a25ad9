using Servicenav.Catalog.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.Integration;

public class CatalogPermissionTests
{
    private static async Task<(TestApp App, SmallCatalog Catalog, int Draft)> DraftOfSmallCatalog(DatabaseKind db)
    {
        var app = await TestApp.Start(db);
        var catalog = await SmallCatalog.Decide(app);
        var draft = (await app.Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();
        return (app, catalog, draft);
    }

    private static async Task<UpdateCatalogService> EditOf(TestApp app, int version, string code)
    {
        var edit = new UpdateCatalogService { VersionNumber = version };
        edit.CopyFrom((await app.Send(new GetCatalogService(code, version), As.Admin)).ShouldBeOk());
        return edit;
    }

    [Theory, AllDatabases]
    public async Task Tjansteagare_MayEditTheirOwnService(DatabaseKind db)
    {
        var (app, catalog, draft) = await DraftOfSmallCatalog(db);
        await using var _ = app;
        var edit = await EditOf(app, draft, SmallCatalog.Workplace);
        edit.Description = "Ny beskrivning av it-arbetsplatsen.";

        var result = await app.Send(edit, As.Tjansteagare(catalog.ItOwner));

        result.ShouldBeOk().Description.ShouldBe("Ny beskrivning av it-arbetsplatsen.");
    }

    [Theory, AllDatabases]
    public async Task Tjansteagare_MayNotEditSomeoneElsesService(DatabaseKind db)
    {
        var (app, catalog, draft) = await DraftOfSmallCatalog(db);
        await using var _ = app;
        var edit = await EditOf(app, draft, SmallCatalog.Network);
        edit.Description = "Kapad beskrivning.";

        var result = await app.Send(edit, As.Tjansteagare(catalog.ItOwner));

        result.Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new GetCatalogService(SmallCatalog.Network, draft), As.Admin)).ShouldBeOk().Description.ShouldNotBe("Kapad beskrivning.");
        (await app.Send(new RemoveCatalogService(draft, SmallCatalog.Network), As.Tjansteagare(catalog.ItOwner))).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new RemoveCatalogService(draft, SmallCatalog.ServiceDesk), As.Tjansteagare(catalog.ItOwner))).Status.ShouldBe(ResultStatus.Forbidden);
    }

    [Theory, AllDatabases]
    public async Task Tjansteagare_MayNotGiveTheirServiceToSomeoneElse(DatabaseKind db)
    {
        var (app, catalog, draft) = await DraftOfSmallCatalog(db);
        await using var _ = app;
        var edit = await EditOf(app, draft, SmallCatalog.Workplace);
        edit.OwnerUserId = catalog.NetworkOwner;

        (await app.Send(edit, As.Tjansteagare(catalog.ItOwner))).Status.ShouldBe(ResultStatus.Forbidden);

        (await app.Send(new GetCatalogService(SmallCatalog.Workplace, draft), As.Admin)).ShouldBeOk().OwnerUserId.ShouldBe(catalog.ItOwner);
    }

    [Theory, AllDatabases]
    public async Task Tjansteagare_MayNotDecide(DatabaseKind db)
    {
        var (app, catalog, draft) = await DraftOfSmallCatalog(db);
        await using var _ = app;

        var result = await app.Send(SmallCatalog.Decision(draft, "FSN 2025-0456", new DateOnly(2026, 1, 1)), As.Tjansteagare(catalog.ItOwner));

        result.Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new GetCatalogVersion(draft), As.Admin)).ShouldBeOk().Summary.Status.ShouldBe(Catalog.Domain.CatalogVersionStatus.Draft);
    }

    [Theory, AllDatabases]
    public async Task Medarbetare_CannotStartADraft(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await SmallCatalog.Decide(app);

        var result = await app.Send(new StartCatalogDraft(), As.Medarbetare(Guid.NewGuid()));

        result.Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new ListCatalogVersions(), As.Admin)).ShouldBeOk().Count.ShouldBe(1);
    }

    [Theory, AllDatabases]
    public async Task OnlyAdministrators_MayAddAreasAndDiscardDrafts(DatabaseKind db)
    {
        var (app, catalog, draft) = await DraftOfSmallCatalog(db);
        await using var _ = app;

        (await app.Send(new AddCatalogArea { VersionNumber = draft, Code = "lon", Name = "Lön" }, As.Tjansteagare(catalog.ItOwner))).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new DiscardCatalogDraft(draft), As.Controller)).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new GetCatalogVersion(draft), As.Admin)).ShouldBeOk().Areas.Count.ShouldBe(2);
    }
}
