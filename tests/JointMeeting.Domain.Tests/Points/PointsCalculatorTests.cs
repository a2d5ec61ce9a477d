using JointMeeting.Domain.Points;
using static JointMeeting.Domain.Tests.Points.PointsTestData;

namespace JointMeeting.Domain.Tests.Points;

public class PointsCalculatorTests
{
    private static readonly PointFact[] Facts =
    [
        new ConfirmedWishFact(Member, "w1", On(2026, 3, 5), 5, "修门锁"),
        new ConfirmedWishFact(Member, "w2", On(2026, 3, 9), 4),
        new VolunteerHoursFact(Member, "vp1", On(2026, 4, 1), 2.5m, "垃圾分类督导"),
        new ActionItemDoneFact(Member, "a1", On(2026, 5, 1), "楼道清理"),
        new ConfirmedWishFact("someone-else", "w3", On(2026, 3, 5), 5),
    ];

    [Fact]
    public void Each_fact_becomes_a_dated_entry_with_a_chinese_reason()
    {
        var entries = PointsCalculator.Entries(Member, Facts, PointsRules.Default);
        Assert.Equal(
        [
            new PointsEntry(new DateOnly(2026, 3, 5), PointSource.ConfirmedWish, "w1", 3m, "完成微心愿「修门锁」（评价5星，含好评加1分）"),
            new PointsEntry(new DateOnly(2026, 3, 9), PointSource.ConfirmedWish, "w2", 2m, "完成微心愿（评价4星）"),
            new PointsEntry(new DateOnly(2026, 4, 1), PointSource.VolunteerHours, "vp1", 2.5m, "志愿服务「垃圾分类督导」2.5小时"),
            new PointsEntry(new DateOnly(2026, 5, 1), PointSource.ActionItemDone, "a1", 3m, "督办事项「楼道清理」办结"),
        ], entries);
    }

    [Fact]
    public void Every_ten_points_make_a_star()
    {
        var year = PointsCalculator.Ledger(Member, Facts, PointsRules.Default).For(2026);
        Assert.Equal((10.5m, 1, StarGrade.Red), (year.Points, year.Stars, year.Grade));
    }

    [Fact]
    public void Changing_a_rule_and_recomputing_the_same_facts_gives_the_new_result()
    {
        var richer = PointsRules.Default with { PerVolunteerHour = 4m, PerConfirmedWish = 5m };
        var before = PointsCalculator.Ledger(Member, Facts, PointsRules.Default);
        var after = PointsCalculator.Ledger(Member, Facts, richer);
        Assert.Equal(10.5m, before.For(2026).Points);
        Assert.Equal(6m + 5m + 10m + 3m, after.For(2026).Points);
        Assert.Equal(2, after.For(2026).Stars);
        Assert.Equal(10m, after.Entries.Single(e => e.SourceId == "vp1").Points);
        Assert.Equivalent(before, PointsCalculator.Ledger(Member, Facts, PointsRules.Default), strict: true);
    }

    [Fact]
    public void Stars_stop_at_ten_a_year_and_start_again_the_next_year()
    {
        var facts = Enumerable.Range(1, 60)
            .Select(i => (PointFact)new ActionItemDoneFact(Member, $"a{i}", On(2026, 1, 1).AddDays(i)))
            .Append(new VolunteerHoursFact(Member, "vp", On(2027, 1, 3), 12m));
        var ledger = PointsCalculator.Ledger(Member, facts, PointsRules.Default);
        Assert.Equal((180m, 10, StarGrade.Gold), (ledger.For(2026).Points, ledger.For(2026).Stars, ledger.For(2026).Grade));
        Assert.Equal((12m, 1), (ledger.For(2027).Points, ledger.For(2027).Stars));
        Assert.Equal(0, ledger.For(2025).Stars);
    }

    [Fact]
    public void The_year_is_the_china_date_of_the_fact()
    {
        var lateNewYearsEveUtc = new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero);
        var ledger = PointsCalculator.Ledger(Member, [new ActionItemDoneFact(Member, "a", lateNewYearsEveUtc)], PointsRules.Default);
        Assert.Equal(new DateOnly(2027, 1, 1), ledger.Entries[0].Date);
        Assert.Equal(3m, ledger.For(2027).Points);
    }

    [Theory]
    [InlineData(0, StarGrade.None)]
    [InlineData(1, StarGrade.Red)]
    [InlineData(4, StarGrade.Red)]
    [InlineData(5, StarGrade.Silver)]
    [InlineData(7, StarGrade.Silver)]
    [InlineData(8, StarGrade.Gold)]
    [InlineData(10, StarGrade.Gold)]
    public void Grades_follow_the_years_stars(int stars, StarGrade grade) =>
        Assert.Equal(grade, PointsRules.Default.GradeFor(stars));

    [Fact]
    public void A_replayed_fact_counts_once_and_worthless_facts_leave_no_entry()
    {
        PointFact[] facts =
        [
            new ActionItemDoneFact(Member, "a1", On(2026, 5, 1)),
            new ActionItemDoneFact(Member, "a1", On(2026, 5, 1)),
            new VolunteerHoursFact(Member, "vp0", On(2026, 5, 2), 0m),
        ];
        Assert.Single(PointsCalculator.Entries(Member, facts, PointsRules.Default));
    }

    [Fact]
    public void Units_earn_from_completed_claims_used_resources_and_attendance()
    {
        PointFact[] facts =
        [
            new UnitClaimCompletedFact("u1", "c1", On(2026, 2, 1), "需求", "老旧小区路灯维修"),
            new UnitResourceUsedFact("u1", "r1", On(2026, 2, 2), "会议室"),
            new UnitAttendanceFact("u1", "mt1", On(2026, 2, 3), "2月联席会议"),
            new ActionItemDoneFact("u1", "a1", On(2026, 2, 4)),
        ];
        var ledger = PointsCalculator.Ledger("u1", facts, PointsRules.Default);
        Assert.Equal(["认领需求「老旧小区路灯维修」完成", "提供资源「会议室」被使用", "出席联席会议「2月联席会议」", "督办事项办结"],
            ledger.Entries.Select(e => e.Reason));
        Assert.Equal(5m + 2m + 1m + 3m, ledger.For(2026).Points);
    }
}
