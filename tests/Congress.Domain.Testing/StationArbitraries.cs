using Congress.Domain.Congresses;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;
using Congress.Domain.Standards;
using Congress.Domain.Stations;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Congress.Domain.Testing;

/// <summary>
/// A judging scenario held as primitives so it shrinks: a profile drawn from a pool of seven criteria (by bit mask),
/// evidence and unmet inspection findings as (criterion index, day offset) pairs, and the judging day.
/// </summary>
/// <param name="Evidence">Evidence as (criterion index, day offset from <see cref="JudgingCase.Origin"/>).</param>
/// <param name="Unmet">Unmet inspection findings as (criterion index, day offset).</param>
/// <param name="JudgeDay">The judging day offset.</param>
/// <param name="ProfileMask">Which of the seven pool criteria the profile holds.</param>
/// <param name="WithValidity">Whether even-numbered criteria limit evidence to 90 days.</param>
public sealed record JudgingCase((byte Criterion, short Day)[] Evidence, (byte Criterion, short Day)[] Unmet, short JudgeDay, byte ProfileMask, bool WithValidity)
{
    /// <summary>Day 0.</summary>
    public static readonly LocalDate Origin = new(2024, 1, 1);

    /// <summary>How many criteria the pool holds.</summary>
    public const int PoolSize = 7;

    /// <summary>The judging date.</summary>
    public LocalDate On => Day(JudgeDay);

    /// <summary>The profile.</summary>
    public StandardsProfile Profile => new(
        "test-profile",
        1,
        "测试标准",
        "test profile",
        Enumerable.Range(0, PoolSize).Where(i => (ProfileMask & (1 << i)) != 0).Select(Criterion));

    /// <summary>The evidence file.</summary>
    public EvidenceFile File => EvidenceFile.Of(
        Evidence.Select(ToEvidence),
        Unmet.Select((u, i) => new Inspection(Day(u.Day), "检查组", $"insp-{i}", [new InspectionFinding(Code(u.Criterion), false, "未见实物")])));

    /// <summary>A pool criterion.</summary>
    /// <param name="index">Its index.</param>
    /// <returns>The criterion.</returns>
    public Criterion Criterion(int index) =>
        new(Code(index), $"条目{index}", $"item {index}", "照片", "a photo", WithValidity && index % 2 == 0 ? Period.FromDays(90) : null);

    /// <summary>One piece of evidence from its primitive form.</summary>
    /// <param name="e">(criterion index, day offset).</param>
    /// <returns>The evidence.</returns>
    public static Evidence ToEvidence((byte Criterion, short Day) e) => new(Code(e.Criterion), Day(e.Day), "照片", "测试", $"ref-{e.Criterion}-{e.Day}");

    /// <summary>The code of a pool criterion (indices wrap around the pool).</summary>
    /// <param name="index">The index.</param>
    /// <returns>The code.</returns>
    public static string Code(int index) => $"c{index % PoolSize}";

    /// <summary>A day offset as a date.</summary>
    /// <param name="offset">The offset.</param>
    /// <returns>The date.</returns>
    public static LocalDate Day(short offset) => Origin.PlusDays(offset);
}

/// <summary>
/// A coverage scenario held as primitives: a district with <c>Townships</c> township-level units, homes and stations as
/// (township index, kind-is-home, stage, opened-day) and deputies as (level, assigned point index or -1).
/// </summary>
/// <param name="Townships">How many township-level units, 0..29.</param>
/// <param name="Points">(township index, is home, stage 1..5, day offset it reached that stage).</param>
/// <param name="Deputies">(congress level, provincial to township, index of the point assigned to, or a negative number for none).</param>
/// <param name="JudgeDay">The day offset of the coverage date.</param>
public sealed record CoverageCase((byte Township, bool Home, byte Stage, short Day)[] Points, (byte Level, sbyte Point)[] Deputies, byte Townships, short JudgeDay)
{
    /// <summary>The district, 满城区.</summary>
    public static readonly DivisionCode District = DivisionCode.Parse("130607");

    /// <summary>The township-level unit codes.</summary>
    public IReadOnlyList<DivisionCode> TownshipUnits => Enumerable.Range(0, Townships % 30).Select(i => DivisionCode.Parse($"130607{100 + i:D3}")).ToArray();

    /// <summary>The date.</summary>
    public LocalDate On => JudgingCase.Day(JudgeDay);

    /// <summary>The homes and stations (a village under the township; under the district when there is no township).</summary>
    public IReadOnlyList<LiaisonPoint> LiaisonPoints => Points.Select((p, i) =>
    {
        var served = Townships % 30 == 0 ? District : DivisionCode.Parse($"130607{100 + (p.Township % (Townships % 30)):D3}{200 + i % 100:D3}");
        var sponsor = p.Home ? Sponsor.TownshipRun : Sponsor.Village;
        return new LiaisonPoint($"p{i}", $"家站{i}", p.Home ? LiaisonPointKind.Home : LiaisonPointKind.Station, sponsor, served, null, new StageChange((LifeCycleStage)(1 + (p.Stage % 5)), JudgingCase.Day(p.Day)));
    }).ToArray();

    /// <summary>The deputies, each covering the district.</summary>
    public IReadOnlyList<LiaisonDeputy> LiaisonDeputies => Deputies.Select((d, i) => new LiaisonDeputy(new DeputyId($"d{i}"), (CongressLevel)(2 + (d.Level % 4)), District)).ToArray();

    /// <summary>The assignments: each deputy with a point index is assigned on the point's own date where the register accepts it.</summary>
    public AssignmentRegister Register
    {
        get
        {
            var points = LiaisonPoints;
            var register = AssignmentRegister.Empty;
            var deputies = LiaisonDeputies;
            for (var i = 0; i < deputies.Count; i++)
            {
                if (Deputies[i].Point >= 0 && points.Count > 0)
                {
                    var point = points[Deputies[i].Point % points.Count];
                    register = register.Assign(deputies[i], point, point.Stages[0].On).Value;
                }
            }

            return register;
        }
    }
}

/// <summary>FsCheck arbitraries for homes, stations, standards and coverage. Use with <c>[Property(Arbitrary = [typeof(StationArbitraries)])]</c>.</summary>
public static class StationArbitraries
{
    /// <summary>Judging scenarios; shrink towards fewer pieces of evidence and smaller offsets.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<JudgingCase> JudgingCase() =>
        ArbMap.Default.ArbFor<((byte, short)[], (byte, short)[], short, byte, bool)>().Convert(
            t => new JudgingCase(Wrap(t.Item1), Wrap(t.Item2), (short)(t.Item3 % 500), t.Item4, t.Item5),
            c => (c.Evidence, c.Unmet, c.JudgeDay, c.ProfileMask, c.WithValidity));

    /// <summary>Coverage scenarios.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CoverageCase> CoverageCase() =>
        ArbMap.Default.ArbFor<((byte, bool, byte, short)[], (byte, sbyte)[], byte, short)>().Convert(
            t => new CoverageCase(t.Item1.Select(p => (p.Item1, p.Item2, p.Item3, (short)(p.Item4 % 500))).ToArray(), t.Item2, t.Item3, (short)(t.Item4 % 500)),
            c => (c.Points, c.Deputies, c.Townships, c.JudgeDay));

    private static (byte, short)[] Wrap((byte, short)[] raw) => raw.Select(e => ((byte)(e.Item1 % Testing.JudgingCase.PoolSize), (short)(e.Item2 % 500))).ToArray();
}
