using Servicenav.ServiceDesk.Domain;

namespace Servicenav.Bench.ServiceDesk;

/// <summary>One generated case row, as the table stores it (SLA columns of open cases left for RecomputeSla to fill).</summary>
internal sealed class CaseRow
{
    public Guid Id;
    public string Number = "";
    public int Year;
    public long Sequence;
    public CaseType Type;
    public string Subject = "";
    public string Description = "";
    public string? ServiceCode;
    public Guid CustomerId;
    public Guid ContactId;
    public string RequesterName = "";
    public string? RequesterEmail;
    public Guid? RequesterUserId;
    public CaseChannel Channel;
    public int Impact;
    public int Urgency;
    public int Priority;
    public CaseStatus Status;
    public Guid GroupId;
    public Guid? AssigneeUserId;
    public string? AssigneeName;
    public Guid? RootCauseId;
    public string? Solution;
    public DateTime CreatedAtUtc;
    public DateTime? FirstResponseAtUtc;
    public DateTime? SolvedAtUtc;
    public DateTime? ClosedAtUtc;
    public DateTime LastActivityAtUtc;
    public string? ResponseSla;
    public string? ResolutionSla;
    public int Version;
    public readonly List<EventRow> Events = new(6);
}

/// <summary>One generated history event.</summary>
internal readonly record struct EventRow(Guid Id, CaseEventKind Kind, DateTime AtUtc, string ActorName, Guid? ActorUserId, bool ActorIsStaff,
    string? Text, bool IsPublic, string? FromValue, string? ToValue);

/// <summary>
/// N cases over seven years in creation order (ids are version-7 GUIDs of the creation instant, so key order is
/// time order as for real cases). About 10 % open (the newest 15 % of cases, two in three of them still open:
/// New, InProgress, waiting for the requester or a supplier), the rest solved (the newest) or closed. Requesters
/// skewed (some contacts call often; the demo's Karolinska employee raised 0.5 % of all cases), services routed to
/// their groups (10 % without a service, at the first line), each case with its history: created, taken, answered,
/// assigned, waiting, solved, closed — the events the SLA clocks are computed from.
/// </summary>
internal sealed class GeneratedCases(DeskWorld world, int count, DateTime nowUtc, IReadOnlyDictionary<int, long> lastSequenceByYear)
{
    public const double HeavyRequesterShare = 0.005;

    private static readonly string[] Solutions =
    [
        "Åtgärdat och bekräftat med anmälaren.", "Behörigheten är tillagd.", "Lösenordet återställt, anmälaren har loggat in.",
        "Utrustningen utbytt.", "Ärendet löst efter omstart.", "Instruktion skickad, anmälaren är nöjd.", "Felet åtgärdat av leverantören.",
    ];

    /// <summary>The highest sequence generated per year (for the case number counter).</summary>
    public Dictionary<int, long> LastSequence { get; } = new(lastSequenceByYear);

    public IEnumerable<CaseRow> Generate()
    {
        var random = new Random(2026);
        var text = new SwedishText(99);
        var start = nowUtc.AddYears(-7);
        var span = (nowUtc.AddHours(-1) - start).Ticks;
        var agents = Agents(world);
        var sosEvery = Math.Max(1, count / 25); // about 25 cases for the other demo employee
        for (var i = 0; i < count; i++)
        {
            var created = new DateTime(start.Ticks + (long)((i + random.NextDouble()) / count * span), DateTimeKind.Utc);
            var year = created.Year;
            var sequence = LastSequence.GetValueOrDefault(year) + 1;
            LastSequence[year] = sequence;

            var contact = random.NextDouble() < HeavyRequesterShare ? world.KarolinskaEmployee
                : i % sosEvery == sosEvery / 2 ? world.SosEmployee
                : world.Contacts[(int)(Math.Pow(random.NextDouble(), 1.5) * world.Contacts.Count)];
            var service = random.Next(10) == 0 ? null : world.ServiceCodes[(int)(Math.Pow(random.NextDouble(), 1.3) * world.ServiceCodes.Count)];
            var group = service is null || random.Next(7) == 0 ? world.FirstLineGroup : world.Routes.GetValueOrDefault(service, world.FirstLineGroup);
            var impact = random.Next(10) switch { 0 => 1, < 4 => 2, _ => 3 };
            var urgency = random.Next(10) switch { < 2 => 1, < 6 => 2, _ => 3 };
            var channel = random.Next(20) switch { < 8 => CaseChannel.Portal, < 13 => CaseChannel.Email, < 19 => CaseChannel.Phone, _ => CaseChannel.Api };
            var age = (double)(count - 1 - i) / count; // 0 = newest
            var status = age < 0.15 && random.Next(3) > 0
                ? random.Next(20) switch { < 6 => CaseStatus.New, < 15 => CaseStatus.InProgress, < 18 => CaseStatus.WaitingForRequester, _ => CaseStatus.WaitingForSupplier }
                : age < 0.03 ? CaseStatus.Solved : CaseStatus.Closed;

            var row = new CaseRow
            {
                Id = Guid.CreateVersion7(new DateTimeOffset(created)),
                Number = $"KT-{year:D4}-{sequence:D6}",
                Year = year,
                Sequence = sequence,
                Type = random.Next(20) switch { < 9 => CaseType.Question, < 19 => CaseType.FaultReport, _ => CaseType.Complaint },
                Subject = text.Subject(),
                Description = text.Description(),
                ServiceCode = service,
                CustomerId = contact.CustomerId,
                ContactId = contact.Id,
                RequesterName = contact.Name,
                RequesterEmail = contact.Email,
                RequesterUserId = contact.UserId,
                Channel = channel,
                Impact = impact,
                Urgency = urgency,
                Priority = Math.Min(4, impact + urgency - 1),
                Status = status,
                GroupId = group,
                CreatedAtUtc = created,
                LastActivityAtUtc = created,
            };
            var requester = (Name: contact.Name, UserId: contact.UserId, Staff: false);
            var groupAgents = agents.GetValueOrDefault(group) ?? agents[world.FirstLineGroup];
            var agent = groupAgents[random.Next(groupAgents.Length)];
            var opener = channel == CaseChannel.Phone ? (agent.Name, (Guid?)agent.Id, true) : requester;
            Add(row, CaseEventKind.Created, created, opener, row.Description, isPublic: true, to: nameof(CaseStatus.New));
            if (status != CaseStatus.New)
            {
                var taken = created.AddMinutes(random.Next(5, 240));
                var staff = (agent.Name, (Guid?)agent.Id, true);
                row.AssigneeUserId = agent.Id;
                row.AssigneeName = agent.Name;
                Add(row, CaseEventKind.AssigneeChanged, taken, staff, to: agent.Name);
                Add(row, CaseEventKind.StatusChanged, taken, staff, isPublic: true, from: nameof(CaseStatus.New), to: nameof(CaseStatus.InProgress));
                var answered = taken.AddMinutes(random.Next(1, 120));
                row.FirstResponseAtUtc = answered;
                Add(row, CaseEventKind.PublicReply, answered, staff, text.Sentence(6, 14), isPublic: true);
                if (status is CaseStatus.WaitingForRequester or CaseStatus.WaitingForSupplier)
                {
                    Add(row, CaseEventKind.StatusChanged, answered, staff, isPublic: true, from: nameof(CaseStatus.InProgress), to: status.ToString());
                }
                else if (status is CaseStatus.Solved or CaseStatus.Closed)
                {
                    var solved = answered.AddMinutes(random.Next(10, 4 * 24 * 60));
                    row.SolvedAtUtc = solved;
                    row.RootCauseId = world.RootCauses[random.Next(world.RootCauses.Count)];
                    row.Solution = Solutions[random.Next(Solutions.Length)];
                    var late = random.Next(7) == 0;
                    row.ResponseSla = late && random.Next(2) == 0 ? "MetLate" : "Met";
                    row.ResolutionSla = late ? "MetLate" : "Met";
                    Add(row, CaseEventKind.StatusChanged, solved, staff, isPublic: true, from: nameof(CaseStatus.InProgress), to: nameof(CaseStatus.Solved));
                    Add(row, CaseEventKind.Solved, solved, staff, row.Solution, isPublic: true, to: row.RootCauseId.ToString());
                    if (status == CaseStatus.Closed)
                    {
                        var closed = solved.AddDays(5);
                        row.ClosedAtUtc = closed;
                        var system = ("Servicenav", (Guid?)null, true);
                        Add(row, CaseEventKind.StatusChanged, closed, system, isPublic: true, from: nameof(CaseStatus.Solved), to: nameof(CaseStatus.Closed));
                        Add(row, CaseEventKind.Closed, closed, system, isPublic: true);
                    }
                }
            }

            yield return row;
        }
    }

    private static void Add(CaseRow row, CaseEventKind kind, DateTime at, (string Name, Guid? UserId, bool Staff) actor, string? text = null,
        bool isPublic = false, string? from = null, string? to = null)
    {
        row.Events.Add(new EventRow(Guid.CreateVersion7(new DateTimeOffset(at)), kind, at, actor.Name, actor.UserId, actor.Staff, text, isPublic, from, to));
        row.LastActivityAtUtc = at;
        row.Version++;
    }

    /// <summary>
    /// Twenty agents per group (made-up ids: cases name their assignee, no user row is needed); in It-support one of
    /// them is the demo's Tove (agare) and at the first line Hanna (handlaggare), so "assigned to me" has realistic size.
    /// </summary>
    private static Dictionary<Guid, (Guid Id, string Name)[]> Agents(DeskWorld world)
    {
        var random = new Random(5);
        var groups = world.Routes.Values.Append(world.FirstLineGroup).Distinct();
        var result = new Dictionary<Guid, (Guid Id, string Name)[]>();
        foreach (var group in groups)
        {
            var agents = Enumerable.Range(0, 20).Select(n => (Guid.NewGuid(), $"Handläggare {random.Next(1000, 9999)}")).ToArray();
            if (group == world.ItGroup)
            {
                var owner = world.Users["agare"];
                agents[0] = (owner.Id, owner.Name);
            }
            else if (group == world.FirstLineGroup)
            {
                var agent = world.Users["handlaggare"];
                agents[0] = (agent.Id, agent.Name);
            }

            result[group] = agents;
        }

        return result;
    }
}
