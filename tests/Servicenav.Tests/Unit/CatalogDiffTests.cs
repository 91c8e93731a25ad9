using Servicenav.Catalog.Domain;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.Unit;

public class CatalogDiffTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    private static (CatalogVersion From, CatalogVersion To) TwoVersions()
    {
        var v1 = CatalogVersion.StartDraft(1, null, null, "anna", Now);
        v1.AddArea("it", "Grundläggande it");
        v1.AddArea("ekonomi", "Ekonomi");
        v1.AddService("natverk", A.Service("natverk").Named("Nätverk").Content());
        v1.AddService("telefoni", A.Service("telefoni").Named("Telefoni").Content());
        v1.AddService("kapacitet", A.Service("kapacitet").Named("Kapacitet").Content());
        v1.Decide(new CatalogDecision("FSN 2024-0900", new DateOnly(2024, 12, 1), "Nämnden", new DateOnly(2025, 1, 1)), null, "anna", Now);
        var v2 = CatalogVersion.StartDraft(2, v1, null, "anna", Now);
        return (v1, v2);
    }

    [Fact]
    public void IdenticalVersions_HaveNoChanges()
    {
        var (v1, v2) = TwoVersions();

        CatalogDiff.Between(v1, v2).ShouldBeEmpty();
    }

    [Fact]
    public void AddedService_IsListedAsAdded()
    {
        var (v1, v2) = TwoVersions();
        v2.AddService("integration", A.Service("integration").Named("Integrationshantering").Content());

        var change = CatalogDiff.Between(v1, v2).ShouldHaveSingleItem();

        change.Code.ShouldBe("integration");
        change.Name.ShouldBe("Integrationshantering");
        change.Kind.ShouldBe(ServiceChangeKind.Added);
    }

    [Fact]
    public void RemovedService_IsListedAsRemovedWithItsOldName()
    {
        var (v1, v2) = TwoVersions();
        v2.RemoveService("telefoni");

        var change = CatalogDiff.Between(v1, v2).ShouldHaveSingleItem();

        change.Code.ShouldBe("telefoni");
        change.Name.ShouldBe("Telefoni");
        change.Kind.ShouldBe(ServiceChangeKind.Removed);
    }

    [Fact]
    public void ChangedService_ListsExactlyTheChangedFieldsWithBeforeAndAfter()
    {
        var (v1, v2) = TwoVersions();
        v2.UpdateService("natverk", A.Service("natverk", "ekonomi").Named("Nätverk och datakommunikation").WithAvailability(99.95m).Content());

        var change = CatalogDiff.Between(v1, v2).ShouldHaveSingleItem();

        change.Kind.ShouldBe(ServiceChangeKind.Changed);
        change.Name.ShouldBe("Nätverk och datakommunikation");
        change.Fields.ShouldBe(
        [
            new FieldChange("name", "Nätverk", "Nätverk och datakommunikation"),
            new FieldChange("area", "it", "ekonomi"),
            new FieldChange("availability", "99.5", "99.95"),
        ]);
    }

    [Fact]
    public void ChangedServiceLevel_IsListedByPriority()
    {
        var (v1, v2) = TwoVersions();
        v2.UpdateService("kapacitet", A.Service("kapacitet").Named("Kapacitet").WithP1(0.5m, null).Content());

        var change = CatalogDiff.Between(v1, v2).ShouldHaveSingleItem();

        change.Fields.ShouldBe([new FieldChange("p1Response", "1", "0.5"), new FieldChange("p1Resolution", "8", "")]);
    }

    [Fact]
    public void SeveralChanges_AreAllListed()
    {
        var (v1, v2) = TwoVersions();
        v2.AddService("ny", A.Service("ny").Content());
        v2.RemoveService("telefoni");
        v2.UpdateService("natverk", A.Service("natverk").Named("Nytt namn").Content());

        var changes = CatalogDiff.Between(v1, v2);

        changes.Select(c => (c.Code, c.Kind)).ShouldBe(
            [("natverk", ServiceChangeKind.Changed), ("ny", ServiceChangeKind.Added), ("telefoni", ServiceChangeKind.Removed)],
            ignoreOrder: true);
    }
}
