using Servicenav.Catalog.Features;

namespace Servicenav.Tests.Infrastructure;

/// <summary>A small decided catalogue: two areas, three services, two of them owned by named Tjänsteägare.</summary>
public sealed record SmallCatalog(int Version, Guid ItOwner, Guid NetworkOwner)
{
    public const string Diarienummer = "FSN 2025-0112";
    public const string Workplace = "it-arbetsplats";
    public const string Network = "natverk";
    public const string ServiceDesk = "kundtjanst";

    public static readonly DateOnly EffectiveFrom = new(2025, 1, 1);

    public static async Task<SmallCatalog> Decide(TestApp app)
    {
        var catalog = new SmallCatalog(0, Guid.NewGuid(), Guid.NewGuid());
        var version = (await app.Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();
        (await app.Send(new AddCatalogArea { VersionNumber = version, Code = "it", Name = "Grundläggande it" }, As.Admin)).ShouldBeOk();
        (await app.Send(new AddCatalogArea { VersionNumber = version, Code = "kundtjanst", Name = "Sammanhållen kundtjänst" }, As.Admin)).ShouldBeOk();
        (await app.Send(A.Service(Workplace, "it").Named("It-arbetsplats").OwnedBy(catalog.ItOwner, "Olle It").Add(version), As.Admin)).ShouldBeOk();
        (await app.Send(A.Service(Network, "it").Named("Nätverk").OwnedBy(catalog.NetworkOwner, "Gun Nät").Add(version), As.Admin)).ShouldBeOk();
        (await app.Send(A.Service(ServiceDesk, "kundtjanst").Named("Kundtjänst").OwnedBy(null, "Kundtjänstchef").Add(version), As.Admin)).ShouldBeOk();
        (await app.Send(Decision(version, Diarienummer, EffectiveFrom), As.Admin)).ShouldBeOk();
        return catalog with { Version = version };
    }

    public static DecideCatalogVersion Decision(int version, string diarienummer, DateOnly effectiveFrom) => new()
    {
        VersionNumber = version,
        Diarienummer = diarienummer,
        DecisionDate = effectiveFrom.AddMonths(-1),
        DecidedBy = "Fastighets- och servicenämnden",
        EffectiveFrom = effectiveFrom,
    };
}
