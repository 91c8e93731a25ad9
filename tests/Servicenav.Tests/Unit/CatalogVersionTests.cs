using Servicenav.Catalog.Domain;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.Unit;

public class CatalogVersionTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    private static CatalogDecision DecisionFrom(DateOnly effectiveFrom, string diarienummer = "FSN 2025-0001") =>
        new(diarienummer, effectiveFrom.AddMonths(-1), "Fastighets- och servicenämnden", effectiveFrom);

    private static CatalogVersion Draft(params string[] serviceCodes)
    {
        var draft = CatalogVersion.StartDraft(1, null, null, "anna", Now);
        draft.AddArea("it", "Grundläggande it");
        foreach (var code in serviceCodes)
        {
            draft.AddService(code, A.Service(code).Named("Tjänst " + code).Content());
        }

        return draft;
    }

    private static CatalogVersion Decided(params string[] serviceCodes)
    {
        var version = Draft(serviceCodes);
        version.Decide(DecisionFrom(new DateOnly(2025, 1, 1), "FSN 2024-0900"), null, "anna", Now);
        return version;
    }

    [Fact]
    public void StartDraft_WithoutBase_IsAnEmptyDraft()
    {
        var draft = CatalogVersion.StartDraft(1, null, null, "anna", Now);

        draft.IsDraft.ShouldBeTrue();
        draft.Decision.ShouldBeNull();
        draft.Areas.ShouldBeEmpty();
        draft.Services.ShouldBeEmpty();
    }

    [Fact]
    public void StartDraft_CopiesAreasAndServicesOfTheBaseVersion()
    {
        var v1 = Decided("it-arbetsplats", "natverk");

        var v2 = CatalogVersion.StartDraft(2, v1, null, "anna", Now);

        v2.Number.ShouldBe(2);
        v2.IsDraft.ShouldBeTrue();
        v2.Areas.Select(a => (a.Code, a.Name)).ShouldBe(v1.Areas.Select(a => (a.Code, a.Name)));
        v2.Services.Select(s => s.Code).ShouldBe(["it-arbetsplats", "natverk"], ignoreOrder: true);
        v2.FindService("natverk")!.Content.SameAs(v1.FindService("natverk")!.Content).ShouldBeTrue();
        v2.FindService("natverk")!.LastDecision!.Diarienummer.ShouldBe("FSN 2024-0900");
    }

    [Fact]
    public void EditingADraftCopy_LeavesTheDecidedBaseAsItWas()
    {
        var v1 = Decided("it-arbetsplats");
        var v2 = CatalogVersion.StartDraft(2, v1, null, "anna", Now);

        v2.UpdateService("it-arbetsplats", A.Service("it-arbetsplats").Named("Ny arbetsplats").Content());
        v2.AddArea("kundtjanst", "Sammanhållen kundtjänst");

        v1.FindService("it-arbetsplats")!.Name.ShouldBe("Tjänst it-arbetsplats");
        v1.Areas.Count.ShouldBe(1);
    }

    [Fact]
    public void StartDraft_WhileAnotherDraftExists_IsRefused()
    {
        var ex = Should.Throw<BusinessRuleException>(() => CatalogVersion.StartDraft(3, null, existingDraftNumber: 2, "anna", Now));

        ex.RuleName.ShouldBe(nameof(OnlyOneDraftCatalogVersionRule));
        ex.Message.ShouldContain("2");
    }

    [Fact]
    public void AddService_AppearsInTheDraftWithItsContent()
    {
        var draft = Draft();

        draft.AddService("natverk", A.Service("natverk").Named("  Nätverk  ").WithAvailability(99.9m).Content());

        var service = draft.FindService("natverk").ShouldNotBeNull();
        service.Name.ShouldBe("Nätverk");
        service.AvailabilityTargetPercent.ShouldBe(99.9m);
        service.LastDecision.ShouldBeNull();
        service.Content.Included.ShouldBe(["Dator", "Support"]);
    }

    [Theory]
    [InlineData("natverk")]
    [InlineData("NATVERK")]
    public void AddService_WithACodeAlreadyInTheVersion_FailsOnFieldCode(string code)
    {
        var draft = Draft("natverk");

        var ex = Should.Throw<ValidationFailedException>(() => draft.AddService(code, A.Service(code).Content()));

        ex.Errors.Keys.ShouldBe(["code"]);
        draft.Services.Count.ShouldBe(1);
    }

    [Fact]
    public void AddService_InAnAreaTheVersionDoesNotHave_FailsOnFieldAreaCode()
    {
        var draft = Draft();

        var ex = Should.Throw<ValidationFailedException>(() => draft.AddService("lon", A.Service("lon", areaCode: "lon").Content()));

        ex.Errors.Keys.ShouldBe(["areaCode"]);
        draft.Services.ShouldBeEmpty();
    }

    [Fact]
    public void UpdateService_ToAnAreaTheVersionDoesNotHave_FailsOnFieldAreaCodeAndKeepsTheService()
    {
        var draft = Draft("natverk");

        var ex = Should.Throw<ValidationFailedException>(() => draft.UpdateService("natverk", A.Service("natverk", "ekonomi").Named("Flyttad").Content()));

        ex.Errors.Keys.ShouldBe(["areaCode"]);
        draft.FindService("natverk")!.Name.ShouldBe("Tjänst natverk");
    }

    [Fact]
    public void UpdateService_ReplacesItsContent()
    {
        var draft = Draft("natverk");

        draft.UpdateService("natverk", A.Service("natverk").Named("Nätverk och datakommunikation").WithP1(2, 6).Content());

        var service = draft.FindService("natverk")!;
        service.Name.ShouldBe("Nätverk och datakommunikation");
        service.P1ResponseHours.ShouldBe(2m);
        service.P1ResolutionHours.ShouldBe(6m);
    }

    [Fact]
    public void RemoveService_TakesItOutOfTheDraft()
    {
        var draft = Draft("natverk", "it-arbetsplats");

        draft.RemoveService("natverk");

        draft.Services.Select(s => s.Code).ShouldBe(["it-arbetsplats"]);
    }

    [Fact]
    public void AddArea_WithACodeAlreadyInTheVersion_FailsOnFieldCode()
    {
        var draft = Draft();

        var ex = Should.Throw<ValidationFailedException>(() => draft.AddArea("IT", "Annat it"));

        ex.Errors.Keys.ShouldBe(["code"]);
        draft.Areas.Single().Name.ShouldBe("Grundläggande it");
    }

    [Fact]
    public void Decide_MakesTheVersionDecidedWithTheDecision()
    {
        var draft = Draft("natverk");
        var decision = DecisionFrom(new DateOnly(2025, 1, 1), "FSN 2024-0900");

        draft.Decide(decision, null, "anna", Now);

        draft.IsDraft.ShouldBeFalse();
        draft.Status.ShouldBe(CatalogVersionStatus.Decided);
        draft.Decision.ShouldBe(decision);
        draft.DecisionRecordedBy.ShouldBe("anna");
        draft.DecisionRecordedAtUtc.ShouldBe(Now);
    }

    [Fact]
    public void Decide_WithoutServices_IsRefused()
    {
        var draft = Draft();

        var ex = Should.Throw<BusinessRuleException>(() => draft.Decide(DecisionFrom(new DateOnly(2025, 1, 1)), null, "anna", Now));

        ex.RuleName.ShouldBe(nameof(DecidedCatalogMustContainServicesRule));
        draft.IsDraft.ShouldBeTrue();
    }

    [Fact]
    public void Decide_EffectiveBeforeTheLatestDecidedVersion_IsRefused()
    {
        var v1 = Decided("natverk");
        var v2 = CatalogVersion.StartDraft(2, v1, null, "anna", Now);

        var ex = Should.Throw<BusinessRuleException>(() => v2.Decide(DecisionFrom(new DateOnly(2024, 12, 31)), v1, "anna", Now));

        ex.RuleName.ShouldBe(nameof(EffectiveDateCannotPrecedeLatestDecidedVersionRule));
        ex.Message.ShouldContain("2025-01-01");
        v2.IsDraft.ShouldBeTrue();
    }

    [Fact]
    public void Decide_OnTheSameEffectiveDateAsTheLatestDecidedVersion_IsAllowed()
    {
        var v1 = Decided("natverk");
        var v2 = CatalogVersion.StartDraft(2, v1, null, "anna", Now);

        v2.Decide(DecisionFrom(new DateOnly(2025, 1, 1), "FSN 2025-0002"), v1, "anna", Now);

        v2.IsDraft.ShouldBeFalse();
    }

    [Fact]
    public void Decide_StampsOnlyNewAndChangedServicesWithTheNewDecision()
    {
        var v1 = Decided("oforandrad", "andrad", "borttagen");
        var v2 = CatalogVersion.StartDraft(2, v1, null, "anna", Now);
        v2.UpdateService("andrad", A.Service("andrad").Named("Ändrat namn").Content());
        v2.RemoveService("borttagen");
        v2.AddService("ny", A.Service("ny").Content());

        v2.Decide(DecisionFrom(new DateOnly(2026, 1, 1), "FSN 2025-0777"), v1, "anna", Now);

        v2.FindService("oforandrad")!.LastDecision!.Diarienummer.ShouldBe("FSN 2024-0900");
        v2.FindService("oforandrad")!.LastDecision!.VersionNumber.ShouldBe(1);
        v2.FindService("andrad")!.LastDecision!.Diarienummer.ShouldBe("FSN 2025-0777");
        v2.FindService("andrad")!.LastDecision!.VersionNumber.ShouldBe(2);
        v2.FindService("ny")!.LastDecision!.Diarienummer.ShouldBe("FSN 2025-0777");
        v1.FindService("andrad")!.LastDecision!.Diarienummer.ShouldBe("FSN 2024-0900");
    }

    [Fact]
    public void Decide_ServiceChangedAndChangedBack_KeepsItsEarlierDecision()
    {
        var v1 = Decided("natverk");
        var v2 = CatalogVersion.StartDraft(2, v1, null, "anna", Now);
        var original = v1.FindService("natverk")!.Content;
        v2.UpdateService("natverk", A.Service("natverk").Named("Tillfälligt namn").Content());
        v2.UpdateService("natverk", original);

        v2.Decide(DecisionFrom(new DateOnly(2026, 1, 1), "FSN 2025-0777"), v1, "anna", Now);

        v2.FindService("natverk")!.LastDecision!.Diarienummer.ShouldBe("FSN 2024-0900");
    }

    public static TheoryData<string, Action<CatalogVersion>> EveryChange => new()
    {
        { "AddArea", v => v.AddArea("ekonomi", "Ekonomi") },
        { "RenameArea", v => v.RenameArea("it", "Nytt namn") },
        { "AddService", v => v.AddService("ny", A.Service("ny").Content()) },
        { "UpdateService", v => v.UpdateService("natverk", A.Service("natverk").Named("Ändrad").Content()) },
        { "RemoveService", v => v.RemoveService("natverk") },
        { "Decide", v => v.Decide(DecisionFrom(new DateOnly(2027, 1, 1)), v, "anna", Now) },
        { "Discard", v => v.EnsureCanBeDiscarded() },
    };

    [Theory]
    [MemberData(nameof(EveryChange))]
    public void DecidedCatalogVersion_CannotBeChanged(string change, Action<CatalogVersion> act)
    {
        var decided = Decided("natverk");

        var ex = Should.Throw<BusinessRuleException>(() => act(decided), change);

        ex.RuleName.ShouldBe(nameof(DecidedCatalogVersionCannotBeChangedRule));
        decided.Areas.Select(a => a.Name).ShouldBe(["Grundläggande it"]);
        decided.Services.Select(s => s.Name).ShouldBe(["Tjänst natverk"]);
        decided.Decision!.Diarienummer.ShouldBe("FSN 2024-0900");
    }
}
