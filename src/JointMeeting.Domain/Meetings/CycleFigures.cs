using JointMeeting.Domain.ActionItems;

namespace JointMeeting.Domain.Meetings;

/// <summary>An action item of the cycle as figures need it (from the action-item read model or <see cref="Of"/>).</summary>
public sealed record ActionItemFact(string ActionItemId, string? OwnerUnitId, DateOnly DueDate, ActionItemStatus Status)
{
    public static ActionItemFact Of(ActionItem item) =>
        new(item.Id, item.Owner.Kind == OwnerKind.Unit ? item.Owner.Id : null, item.DueDate, item.Status);
}

public enum ClaimSubject { Need, Project, Resource }

/// <summary>A claim made during the cycle: by a unit on a need/project, or on a unit's resource (UnitId = the offering unit).</summary>
public sealed record ClaimFact(string UnitId, ClaimSubject Subject, string SubjectId, bool Confirmed);

/// <summary>Per unit attendance of one meeting, e.g. from <see cref="Meeting.AttendanceByUnit"/>.</summary>
public sealed record AttendanceFact(string UnitId, int Invited, int SignedIn)
{
    public static IReadOnlyList<AttendanceFact> Of(Meeting meeting) =>
        meeting.AttendanceByUnit().Select(a => new AttendanceFact(a.UnitId, a.Invited, a.SignedIn)).ToList();
}

/// <summary>One cycle runs from one meeting of a committee to the next; figures are taken as of <paramref name="AsOf"/>.</summary>
public sealed record CycleInput(
    string CommitteeId, int CycleNumber, DateOnly AsOf, IReadOnlyList<ActionItemFact> ActionItems,
    IReadOnlyList<ClaimFact> Claims, IReadOnlyList<AttendanceFact> Attendance);

public sealed record UnitCycleFigures(
    string UnitId, int Claims, int ConfirmedClaims, int Invited, int Attended, int ItemsDue, int ItemsClosed, int Overdue);

/// <summary>办结率 = closed ÷ due (dropped items do not count); null when nothing was due.</summary>
public sealed record CycleFigures(
    string CommitteeId, int CycleNumber, int ItemsDue, int ItemsClosed, decimal? ClosureRate, int OverdueCount,
    IReadOnlyList<UnitCycleFigures> Units);

/// <summary>A unit across cycles, for the quarter-end assessment (按季度考核) and for matching.</summary>
public sealed record UnitScorecard(
    string UnitId, int Cycles, int Claims, int ConfirmedClaims, int Invited, int Attended, decimal? AttendanceRate,
    int ItemsDue, int ItemsClosed, decimal? ClosureRate, int Overdue);

public static class CycleFiguresCalculator
{
    public static CycleFigures Compute(CycleInput input)
    {
        var due = input.ActionItems.Where(i => IsDue(i, input.AsOf)).ToList();
        var units = input.Claims.Select(c => c.UnitId)
            .Concat(input.Attendance.Select(a => a.UnitId))
            .Concat(input.ActionItems.Where(i => i.OwnerUnitId is not null).Select(i => i.OwnerUnitId!))
            .Distinct().Order(StringComparer.Ordinal)
            .Select(unit =>
            {
                var unitDue = due.Where(i => i.OwnerUnitId == unit).ToList();
                var attendance = input.Attendance.Where(a => a.UnitId == unit).ToList();
                return new UnitCycleFigures(
                    unit,
                    input.Claims.Count(c => c.UnitId == unit),
                    input.Claims.Count(c => c.UnitId == unit && c.Confirmed),
                    attendance.Sum(a => a.Invited),
                    attendance.Sum(a => a.SignedIn),
                    unitDue.Count,
                    unitDue.Count(IsClosed),
                    input.ActionItems.Count(i => i.OwnerUnitId == unit && IsOverdue(i, input.AsOf)));
            })
            .ToList();
        var closed = due.Count(IsClosed);
        return new CycleFigures(
            input.CommitteeId, input.CycleNumber, due.Count, closed, Rate(closed, due.Count),
            input.ActionItems.Count(i => IsOverdue(i, input.AsOf)), units);
    }

    public static IReadOnlyList<UnitScorecard> Scorecards(IEnumerable<CycleFigures> cycles) =>
        cycles.SelectMany(c => c.Units)
            .GroupBy(u => u.UnitId)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new UnitScorecard(
                g.Key, g.Count(), g.Sum(u => u.Claims), g.Sum(u => u.ConfirmedClaims),
                g.Sum(u => u.Invited), g.Sum(u => u.Attended), Rate(g.Sum(u => u.Attended), g.Sum(u => u.Invited)),
                g.Sum(u => u.ItemsDue), g.Sum(u => u.ItemsClosed), Rate(g.Sum(u => u.ItemsClosed), g.Sum(u => u.ItemsDue)),
                g.Sum(u => u.Overdue)))
            .ToList();

    /// <summary>Due by the cut-off, or already finished early; dropped items leave the count.</summary>
    private static bool IsDue(ActionItemFact i, DateOnly asOf) =>
        i.Status != ActionItemStatus.Dropped && (i.DueDate <= asOf || i.Status == ActionItemStatus.Completed);

    private static bool IsClosed(ActionItemFact i) => i.Status == ActionItemStatus.Completed;

    private static bool IsOverdue(ActionItemFact i, DateOnly asOf) => i.Status == ActionItemStatus.Open && i.DueDate < asOf;

    private static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4);
}
