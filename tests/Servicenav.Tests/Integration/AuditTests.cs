using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Access.Features;
using Servicenav.Audit.Features;
using Servicenav.Customers.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.Integration;

public class AuditTests
{
    [Theory, AllDatabases]
    public async Task ChangeToACustomer_RecordsWhoWhenWhatBeforeAndAfter(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var created = (await app.Send(A.Customer(), As.Controller)).ShouldBeOk();
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 13, 30, 0, TimeSpan.Zero));
        var update = new UpdateCustomer { Id = created.Id };
        update.CopyFrom(created);
        update.Employees = 135;

        (await app.Send(update, As.Admin)).ShouldBeOk();

        var page = (await app.Send(new ListAuditEntries(EntityType: "Customer", Search: created.Id.ToString()), As.Admin)).ShouldBeOk();
        page.Total.ShouldBe(2);
        var entry = page.Entries[0];
        entry.Action.ShouldBe("Modified");
        entry.UserName.ShouldBe(As.Admin.UserName);
        entry.EntityKey.ShouldBe(created.Id.ToString());
        entry.AtUtc.ShouldBe(new DateTime(2026, 3, 2, 13, 30, 0, DateTimeKind.Utc));
        Values(entry.Before).ShouldBe(new Dictionary<string, string> { ["Employees"] = "120" });
        Values(entry.After).ShouldBe(new Dictionary<string, string> { ["Employees"] = "135" });
        var creation = page.Entries[1];
        creation.Action.ShouldBe("Added");
        creation.UserName.ShouldBe(As.Controller.UserName);
        creation.Before.ShouldBeNull();
        Values(creation.After)["Name"].ShouldBe("Testnämnden");
    }

    [Theory, AllDatabases]
    public async Task ReplacedAccountString_IsOneModificationWithOnlyTheChangedParts(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var created = (await app.Send(A.Customer(), As.Controller)).ShouldBeOk();
        var update = new UpdateCustomer { Id = created.Id };
        update.CopyFrom(created);
        update.AccountAnsvar = "9999";
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero));

        (await app.Send(update, As.Controller)).ShouldBeOk();

        var page = (await app.Send(new ListAuditEntries(EntityType: "AccountString"), As.Admin)).ShouldBeOk();
        var entry = page.Entries[0];
        page.Entries.Count(e => e.AtUtc == entry.AtUtc).ShouldBe(1);
        entry.Action.ShouldBe("Modified");
        Values(entry.Before).ShouldBe(new Dictionary<string, string> { ["Ansvar"] = "1234" });
        Values(entry.After).ShouldBe(new Dictionary<string, string> { ["Ansvar"] = "9999" });
    }

    [Theory, AllDatabases]
    public async Task SavingAnUnchangedAccountString_RecordsNothing(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var created = (await app.Send(A.Customer(), As.Controller)).ShouldBeOk();
        var before = (await app.Send(new ListAuditEntries(), As.Admin)).ShouldBeOk().Total;
        var update = new UpdateCustomer { Id = created.Id };
        update.CopyFrom(created);

        (await app.Send(update, As.Controller)).ShouldBeOk();

        (await app.Send(new ListAuditEntries(), As.Admin)).ShouldBeOk().Total.ShouldBe(before);
    }

    [Theory, AllDatabases]
    public async Task CatalogueDecision_IsAuditedWithItsDiarienummerAndDates(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);

        await SmallCatalog.Decide(app);

        var page = (await app.Send(new ListAuditEntries(EntityType: "CatalogDecision"), As.Admin)).ShouldBeOk();
        var entry = page.Entries.ShouldHaveSingleItem();
        entry.Action.ShouldBe("Added");
        entry.UserName.ShouldBe(As.Admin.UserName);
        var after = Values(entry.After);
        after["Diarienummer"].ShouldBe(SmallCatalog.Diarienummer);
        after["EffectiveFrom"].ShouldBe("2025-01-01");
        after["DecidedBy"].ShouldBe("Fastighets- och servicenämnden");
    }

    [Theory, AllDatabases]
    public async Task AuditSearch_FindsSwedishNames(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        (await app.Send(A.Customer("Hälso- och sjukvårdsnämnden"), As.Controller)).ShouldBeOk();

        var page = (await app.Send(new ListAuditEntries(Search: "sjukvårdsnämnden"), As.Admin)).ShouldBeOk();

        page.Entries.ShouldContain(e => e.EntityType == "Customer" && e.Action == "Added");
        page.Entries.Single(e => e.EntityType == "Customer").After.ShouldNotBeNull().ShouldContain("Hälso- och sjukvårdsnämnden");
    }

    [Theory, AllDatabases]
    public async Task PasswordHash_IsNeverWrittenToTheAuditTrail(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var user = (await app.Send(new CreateUser { UserName = "hanna", DisplayName = "Hanna Handläggare", Roles = [Role.Handlaggare], Password = "ett-langt-losenord" }, As.Admin)).ShouldBeOk();
        (await app.Send(new UpdateUser { Id = user.Id, DisplayName = "Hanna Handläggare", Roles = [Role.Handlaggare], NewPassword = "ett-annat-langt-losenord" }, As.Admin)).ShouldBeOk();

        var hash = await app.Query(d => d.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync());
        var entries = await app.Query(d => d.AuditEntries.Where(a => a.EntityType == "User").OrderBy(a => a.AtUtc).ThenBy(a => a.Id).ToListAsync());

        hash.ShouldNotBeNullOrEmpty();
        entries.Count.ShouldBe(2);
        Values(entries[0].After)["PasswordHash"].ShouldBe("***");
        Values(entries[1].Before)["PasswordHash"].ShouldBe("***");
        Values(entries[1].After)["PasswordHash"].ShouldBe("***");
        var everything = await app.Query(d => d.AuditEntries.Select(a => (a.Before ?? "") + (a.After ?? "")).ToListAsync());
        everything.ShouldAllBe(text => !text.Contains(hash!, StringComparison.Ordinal) && !text.Contains("langt-losenord", StringComparison.Ordinal));
    }

    [Theory, AllDatabases]
    public async Task AuditTrail_IsReadOnlyForAdministrators(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);

        (await app.Send(new ListAuditEntries(), As.Controller)).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new ListAuditEntries(), As.Bestallare(Guid.NewGuid()))).Status.ShouldBe(ResultStatus.Forbidden);
    }

    private static Dictionary<string, string> Values(string? json)
    {
        json.ShouldNotBeNull();
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
    }
}
