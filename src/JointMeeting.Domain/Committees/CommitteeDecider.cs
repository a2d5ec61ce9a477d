using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.Organisations;
using static JointMeeting.Domain.Common.ScopeRules;

namespace JointMeeting.Domain.Committees;

public sealed class CommitteeDecider : IDecider<ICommitteeCommand, ICommitteeEvent, Committee>
{
    public static Committee? Initial => null;

    public static IReadOnlyList<ICommitteeEvent> Decide(ICommitteeCommand command, Committee? state)
    {
        if (command is CreateCommittee create) return [Create(create, state)];
        var committee = state ?? throw DomainException.NotFound("联席会议");
        var by = command.Actor.PersonId;
        if (command is RenameCommittee rename)
        {
            Demand(CommitteePolicy.CanSetUp(rename.Actor, committee.Level, committee.Path), "仅上级管理员可修改联席会议名称");
            new Validator().NotBlank(rename.Name, "name", "名称", 50).ThrowIfAny();
            return [new CommitteeRenamed(committee.Id, rename.Name.Trim(), by, rename.Now)];
        }
        Demand(CommitteePolicy.CanRun(command.Actor, committee.Path), "仅本级书记或上级管理员可管理联席会议");
        switch (command)
        {
            case ChangeConvener c:
                if (committee.MemberOf(c.PersonId) is not { PartTime: false }) throw DomainException.NotFound("该常任委员");
                return c.PersonId == committee.ConvenerPersonId ? [] : [new ConvenerChanged(committee.Id, c.PersonId, by, c.Now)];
            case AddStandingMember c:
                ValidateSeat(new Validator(), c.Seat).ThrowIfAny();
                EnsureNotMember(committee, c.Seat.PersonId);
                return [new StandingMemberAdded(committee.Id, Trim(c.Seat), by, c.Now)];
            case RemoveStandingMember c:
                if (committee.MemberOf(c.PersonId) is not { PartTime: false }) throw DomainException.NotFound("该常任委员");
                if (c.PersonId == committee.ConvenerPersonId) throw DomainException.Conflict("召集人不能移出，请先更换召集人");
                return [new StandingMemberRemoved(committee.Id, c.PersonId, by, c.Now)];
            case AppointPartTimeMember c:
                ValidateSeat(new Validator(), c.Seat)
                    .Require(c.FromOrganisationEligible, "fromOrganisationId", "兼职委员须来自已报到的共建单位或本辖区组织")
                    .Require(c.TermEnd is null || c.TermEnd > c.TermStart, "termEnd", "任期结束日期须晚于开始日期")
                    .ThrowIfAny();
                EnsureNotMember(committee, c.Seat.PersonId);
                return [new PartTimeMemberAppointed(committee.Id, Trim(c.Seat), c.FromOrganisationId, c.TermStart, c.TermEnd, by, c.Now)];
            case EndPartTimeTerm c:
                var member = committee.MemberOf(c.PersonId);
                if (member is not { PartTime: true }) throw DomainException.NotFound("该兼职委员");
                new Validator().Require(c.EndedOn >= member.TermStart, "endedOn", "任期结束日期不能早于开始日期").ThrowIfAny();
                return [new PartTimeTermEnded(committee.Id, c.PersonId, c.EndedOn, by, c.Now)];
            case SetCadence c:
                ValidateCadence(c.Cadence);
                return [new CadenceSet(committee.Id, c.Cadence, c.SkippedDates.Distinct().Order().ToList(), by, c.Now)];
            case ChangeMemberEmail c:
                if (committee.MemberOf(c.PersonId) is null) throw DomainException.NotFound("该委员");
                var email = string.IsNullOrWhiteSpace(c.Email) ? null : c.Email.Trim();
                new Validator().Require(email is null || ContactFormats.IsEmail(email), "email", "邮箱格式不正确").ThrowIfAny();
                return [new MemberEmailChanged(committee.Id, c.PersonId, email, by, c.Now)];
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name);
        }
    }

    public static Committee? Evolve(Committee? state, ICommitteeEvent @event) => @event switch
    {
        CommitteeCreated e => new Committee(e.CommitteeId, e.Level, e.OrganisationId, e.Path, e.Name, e.Convener.PersonId,
            [new CommitteeMembership(e.Convener, false)], e.Cadence, []),
        CommitteeRenamed e => state! with { Name = e.Name },
        ConvenerChanged e => state! with { ConvenerPersonId = e.PersonId },
        StandingMemberAdded e => state! with { Members = [.. state.Members, new CommitteeMembership(e.Seat, false)] },
        PartTimeMemberAppointed e => state! with
        {
            Members = [.. state.Members, new CommitteeMembership(e.Seat, true, e.FromOrganisationId, e.TermStart, e.TermEnd)],
        },
        // Past terms stay in the history (events); the state keeps current members only.
        StandingMemberRemoved e => state! with { Members = state.Members.Where(m => m.Seat.PersonId != e.PersonId).ToList() },
        PartTimeTermEnded e => state! with { Members = state.Members.Where(m => m.Seat.PersonId != e.PersonId).ToList() },
        CadenceSet e => state! with { Cadence = e.Cadence, SkippedDates = e.SkippedDates },
        MemberEmailChanged e => state! with
        {
            Members = state.Members.Select(m => m.Seat.PersonId == e.PersonId ? m with { Seat = m.Seat with { Email = e.Email } } : m).ToList(),
        },
        _ => state,
    };

    private static CommitteeCreated Create(CreateCommittee c, Committee? state)
    {
        Demand(CommitteePolicy.CanSetUp(c.Actor, c.Level, c.OrganisationPath), "仅上级管理员可设立联席会议");
        if (state is not null) throw DomainException.Conflict("联席会议已存在");
        var expectedKind = c.Level switch
        {
            CommitteeLevel.District => OrganisationKind.District,
            CommitteeLevel.Street => OrganisationKind.Street,
            _ => OrganisationKind.Community,
        };
        ValidateSeat(new Validator().NotBlank(c.Name, "name", "名称", 50)
                .Require(c.OrganisationKind == expectedKind && c.OrganisationPath.OwnerId == c.OrganisationId,
                    "organisationId", $"该级别的联席会议须设在{OrganisationTree.Label(expectedKind)}"), c.Convener, "convener")
            .ThrowIfAny();
        var cadence = c.Cadence ?? (c.Level == CommitteeLevel.Community ? Cadence.Monthly : Cadence.Quarterly);
        ValidateCadence(cadence);
        return new CommitteeCreated(c.CommitteeId, c.Level, c.OrganisationId, c.OrganisationPath, c.Name.Trim(), Trim(c.Convener),
            cadence, c.Actor.PersonId, c.Now);
    }

    // The planner owns the cadence rules; asking it once with any date surfaces its validation.
    private static void ValidateCadence(Cadence cadence) =>
        CadencePlanner.Next(cadence, new DateOnly(2000, 1, 1), WorkingCalendar.WeekendsOnly);

    /// <param name="field">When the seat is one input field (the convener), every error is reported under it.</param>
    private static Validator ValidateSeat(Validator v, CommitteeSeat seat, string? field = null) =>
        v.NotBlank(seat.PersonId, field ?? "personId", "委员", 100)
            .NotBlank(seat.Name, field ?? "name", "委员姓名", 50)
            .Require(string.IsNullOrWhiteSpace(seat.Email) || ContactFormats.IsEmail(seat.Email.Trim()), field ?? "email", "邮箱格式不正确");

    private static CommitteeSeat Trim(CommitteeSeat seat) =>
        new(seat.PersonId, seat.Name.Trim(), string.IsNullOrWhiteSpace(seat.Email) ? null : seat.Email.Trim());

    private static void EnsureNotMember(Committee committee, string personId)
    {
        if (committee.MemberOf(personId) is not null) throw DomainException.Conflict("该人员已是本联席会议委员");
    }
}
