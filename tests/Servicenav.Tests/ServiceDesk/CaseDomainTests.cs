using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;
using Case = Servicenav.ServiceDesk.Domain.Case;

namespace Servicenav.Tests.ServiceDesk;

public class CaseDomainTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly CaseActor Agent = new("Karin", Guid.NewGuid(), IsStaff: true);
    private static readonly CaseActor Requester = new("Mia", Guid.NewGuid(), IsStaff: false);

    private static Case NewCase(CaseType type = CaseType.FaultReport) => Case.Open(
        new CaseNumber(2026, 123),
        new NewCase(type, "Skrivaren", "Skriver inte ut", "it_arbetsplats",
            new CaseRequester(Guid.NewGuid(), Guid.NewGuid(), "Mia", "mia@region.se", Requester.UserId, null, null),
            CaseChannel.Portal, Impact.Low, Urgency.Medium, Guid.NewGuid(), false),
        Requester, Now);

    [Theory]
    [InlineData(Impact.High, Urgency.High, 1)]
    [InlineData(Impact.High, Urgency.Medium, 2)]
    [InlineData(Impact.Medium, Urgency.High, 2)]
    [InlineData(Impact.Medium, Urgency.Medium, 3)]
    [InlineData(Impact.Low, Urgency.Medium, 4)]
    [InlineData(Impact.Low, Urgency.Low, 4)]
    public void Priority_comes_from_impact_and_urgency(Impact impact, Urgency urgency, int priority) =>
        CasePriority.From(impact, urgency).ShouldBe(priority);

    [Fact]
    public void Case_numbers_read_as_people_write_them()
    {
        new CaseNumber(2026, 123).ToString().ShouldBe("KT-2026-000123");
        CaseNumber.TryParse(" kt-2026-000123 ", out var parsed).ShouldBeTrue();
        parsed.ShouldBe(new CaseNumber(2026, 123));
        CaseNumber.TryParse("KT-2026-123", out _).ShouldBeFalse();
        CaseNumber.TryParse("skrivare", out _).ShouldBeFalse();
    }

    [Fact]
    public void A_new_case_records_its_creation_and_the_first_reply_is_its_first_response()
    {
        var c = NewCase();
        c.NewEvents.ShouldHaveSingleItem().Kind.ShouldBe(CaseEventKind.Created);

        c.Reply("Vi tittar på det", Agent, Now.AddHours(1));
        c.Reply("Ny toner på väg", Agent, Now.AddHours(2));

        c.FirstResponseAtUtc.ShouldBe(Now.AddHours(1));
        c.NewEvents.Count(e => e.Kind == CaseEventKind.PublicReply).ShouldBe(2);
        c.Version.ShouldBe(3);
    }

    [Fact]
    public void A_transition_the_flow_does_not_allow_is_refused_with_the_allowed_ones()
    {
        var c = NewCase();

        var refused = Should.Throw<BusinessRuleException>(() => c.ChangeStatus(CaseStatus.Closed, Agent, Now));

        refused.Message.ShouldContain("Ny");
        refused.Message.ShouldContain("Stängt");
        refused.Message.ShouldContain("Pågående");
        c.Status.ShouldBe(CaseStatus.New);
    }

    [Fact]
    public void Solving_needs_a_root_cause_except_for_orders()
    {
        Should.Throw<BusinessRuleException>(() => NewCase().Solve(null, "Bytte toner", Agent, Now)).RuleName.ShouldBe(nameof(SolvingNeedsRootCauseRule));

        var order = NewCase(CaseType.Order);
        order.Solve(null, "Levererad", Agent, Now);
        order.Status.ShouldBe(CaseStatus.Solved);
    }

    [Fact]
    public void The_requester_answering_a_waiting_case_sets_it_moving_and_answering_a_solved_one_reopens_it()
    {
        var c = NewCase();
        c.ChangeStatus(CaseStatus.WaitingForRequester, Agent, Now);

        c.AddRequesterMessage("Modellen är HP 4250", Requester, Now.AddHours(1), reopenWindowDays: 10);
        c.Status.ShouldBe(CaseStatus.InProgress);

        c.Solve(Guid.NewGuid(), "Bytte toner", Agent, Now.AddHours(2));
        c.AddRequesterMessage("Det skriver fortfarande inte", Requester, Now.AddDays(3), reopenWindowDays: 10);

        c.Status.ShouldBe(CaseStatus.InProgress);
        c.ReopenCount.ShouldBe(1);
        c.SolvedAtUtc.ShouldBeNull();
    }

    [Fact]
    public void A_solved_case_cannot_be_reopened_after_the_window_and_a_closed_case_takes_no_messages()
    {
        var c = NewCase();
        c.Solve(Guid.NewGuid(), "Bytte toner", Agent, Now);

        Should.Throw<BusinessRuleException>(() => c.Reopen("Fel igen", Requester, Now.AddDays(11), 10)).RuleName.ShouldBe(nameof(ReopenOnlyWithinWindowRule));

        c.Close(Requester, Now.AddDays(11));
        Should.Throw<BusinessRuleException>(() => c.AddRequesterMessage("Hallå?", Requester, Now.AddDays(12), 10))
            .RuleName.ShouldBe(nameof(ClosedCaseTakesNoMessagesRule));
    }

    [Fact]
    public void Solved_and_closed_are_reached_only_through_their_own_actions()
    {
        var c = NewCase();
        Should.Throw<BusinessRuleException>(() => c.ChangeStatus(CaseStatus.Solved, Agent, Now)).RuleName.ShouldBe(nameof(StatusNeedsItsOwnActionRule));
    }

    [Fact]
    public void Moving_to_another_group_clears_the_assignee_and_records_both_groups()
    {
        var c = NewCase();
        c.Assign(Agent.UserId, "Karin", Agent, Now);
        var it = Guid.NewGuid();

        c.MoveToGroup(it, "Kundtjänst", "It-support", Agent, Now.AddMinutes(5));

        c.GroupId.ShouldBe(it);
        c.AssigneeUserId.ShouldBeNull();
        var moved = c.NewEvents[^1];
        (moved.Kind, moved.FromValue, moved.ToValue, moved.GroupId).ShouldBe((CaseEventKind.GroupChanged, "Kundtjänst", "It-support", it));
    }
}
