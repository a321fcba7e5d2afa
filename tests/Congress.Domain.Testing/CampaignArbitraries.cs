using Congress.Domain.Activities;
using Congress.Domain.Campaigns;
using Congress.Domain.Congresses;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Suggestions;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Testing;

namespace Congress.Domain.Testing;

/// <summary>The commands a suggestion can be given, for generated command sequences.</summary>
public enum SuggestionCommandKind
{
    /// <summary>Compile.</summary>
    Compile = 0,

    /// <summary>Assign to a department with a deadline.</summary>
    Assign = 1,

    /// <summary>Return as misassigned.</summary>
    Return = 2,

    /// <summary>Handle.</summary>
    Handle = 3,

    /// <summary>Answer.</summary>
    Answer = 4,

    /// <summary>Rate.</summary>
    Rate = 5,

    /// <summary>The natural next command for the current state (an odd department returns an assignment).</summary>
    Proceed = 6,
}

/// <summary>
/// One generated command: its kind, its date as days after the suggestion's last step (negative: before it), the
/// department (of three) and the deadline as days after the command's date (negative: before it).
/// </summary>
/// <param name="Kind">The command.</param>
/// <param name="Days">Days after the last step.</param>
/// <param name="Department">Which of three departments.</param>
/// <param name="DeadlineDays">Days from the command to the deadline.</param>
public sealed record SuggestionCommand(SuggestionCommandKind Kind, int Days, int Department, int DeadlineDays)
{
    /// <summary>The departments commands assign to.</summary>
    public static readonly string[] Departments = ["区住建局", "区交通运输局", "区农业农村局"];

    /// <summary>Applies the command.</summary>
    /// <param name="suggestion">The suggestion.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The outcome.</returns>
    public Outcome<Suggestion> ApplyTo(Suggestion suggestion, IClock clock)
    {
        var on = suggestion.LastChangedOn.PlusDays(Days);
        var kind = Kind != SuggestionCommandKind.Proceed ? Kind : suggestion.State switch
        {
            SuggestionState.Raised => SuggestionCommandKind.Compile,
            SuggestionState.Compiled or SuggestionState.Returned => SuggestionCommandKind.Assign,
            SuggestionState.Assigned => Department == 1 ? SuggestionCommandKind.Return : SuggestionCommandKind.Handle,
            SuggestionState.Handled => SuggestionCommandKind.Answer,
            _ => SuggestionCommandKind.Rate,
        };
        return kind switch
        {
            SuggestionCommandKind.Compile => suggestion.Compile(on, clock),
            SuggestionCommandKind.Assign => suggestion.Assign(Departments[Department], on.PlusDays(DeadlineDays), on, clock),
            SuggestionCommandKind.Return => suggestion.Return("交办单位不当", on, clock),
            SuggestionCommandKind.Handle => suggestion.Handle(on, clock),
            SuggestionCommandKind.Answer => suggestion.Answer("已办理，答复代表", on, clock),
            _ => suggestion.Rate(Satisfaction.Satisfied, on, clock),
        };
    }
}

/// <summary>
/// FsCheck arbitraries for campaigns, activities and suggestions, built by converting primitive arbitraries so that
/// failures shrink. Use with <c>[Property(Arbitrary = [typeof(CampaignArbitraries)])]</c>.
/// </summary>
public static class CampaignArbitraries
{
    /// <summary>The date generated suggestions are raised on.</summary>
    public static readonly LocalDate RaisedOn = new(2024, 4, 1);

    /// <summary>Today for generated sequences: 2024-09-30 in China (noon, UTC+8).</summary>
    public static readonly LocalDate Today = new(2024, 9, 30);

    /// <summary>A theme no Baoding campaign has, for mappings that must fail.</summary>
    public static readonly CityTheme ForeignTheme = new("foreign", "外来主题", "foreign theme");

    private static readonly CityTheme[] ThemePool = [.. CityThemes.BuiltIn, ForeignTheme];

    /// <summary>A clock whose today (China Standard Time) is <see cref="Today"/>.</summary>
    /// <returns>The clock.</returns>
    public static FakeClock TodayClock() => new(Today.At(new LocalTime(12, 0)).InZoneStrictly(DateTimeZone.ForOffset(Offset.FromHours(8))).ToInstant());

    /// <summary>A freshly raised suggestion, from deputies, on <see cref="RaisedOn"/>.</summary>
    /// <returns>The suggestion.</returns>
    public static Suggestion Raised() =>
        Suggestion.Raise(new SuggestionId("s-1"), "农村道路改善", DivisionCode.Parse("130608100"), SuggestionOrigin.ByDeputies([new DeputyId("d-1")]), RaisedOn, TodayClock()).Value!;

    /// <summary>Sequences of commands; dates mostly forward, some backwards or past today.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SuggestionCommand[]> Commands() =>
        ArbMap.Default.ArbFor<(byte Kind, byte Days, byte Department, byte Deadline)[]>().Convert(
            a => a.Select(t => new SuggestionCommand((SuggestionCommandKind)Math.Min(t.Kind % 10, 6), (t.Days % 40) - 4, t.Department % 3, (t.Deadline % 40) - 3)).ToArray(),
            c => c.Select(x => ((byte)x.Kind, (byte)(x.Days + 4), (byte)x.Department, (byte)(x.DeadlineDays + 3))).ToArray());

    /// <summary>A parent campaign and a localisation whose focus areas draw themes from the four and a foreign one.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Localisation> Localisations() =>
        ArbMap.Default.ArbFor<(byte[] Parent, byte[] Child)>().Convert(
            t => Localisation.Of(t.Parent.Select(b => b % ThemePool.Length).ToArray(), t.Child.Select(b => b % ThemePool.Length).ToArray()),
            l => (l.ParentThemes.Select(i => (byte)i).ToArray(), l.ChildThemes.Select(i => (byte)i).ToArray()));

    /// <summary>Activities with a random theme (or none) and a random figure of suggestions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Activity[]> Activities() =>
        ArbMap.Default.ArbFor<(byte Theme, NonNegativeInt Items, bool MoreThan)[]>().Convert(
            a => a.Select((t, i) => SuggestionActivity(i, t.Theme % (CityThemes.BuiltIn.Count + 1), t.Items.Get, t.MoreThan)).ToArray(),
            acts => acts.Select(x =>
            {
                var q = x.FigureFor(Measures.Suggestions);
                var theme = x.Theme is null ? CityThemes.BuiltIn.Count : CityThemes.BuiltIn.ToList().IndexOf(x.Theme);
                return ((byte)theme, NonNegativeInt.NewNonNegativeInt((int)q.Value), q.Qualifier == Qualifier.MoreThan);
            }).ToArray());

    private static Activity SuggestionActivity(int index, int theme, int items, bool moreThan)
    {
        var area = theme < CityThemes.BuiltIn.Count ? BaodingCampaigns.Xushui.FocusAreas.Single(f => f.Theme == CityThemes.BuiltIn[theme]) : null;
        var figure = moreThan ? Quantity.MoreThan(items, Unit.Items) : Quantity.Exact(items, Unit.Items);
        return new Activity(new ActivityId($"a-{index}"), ActivityKinds.RaisingSuggestions, new LocalDate(2024, 9, 30), DivisionCode.Parse(Seed.XushuiCode), [new(Measures.Suggestions, figure)], focusArea: area);
    }

    /// <summary>A generated parent campaign and its localisation, with the theme indices they were built from.</summary>
    /// <param name="ParentThemes">Indices into the theme pool of the parent's focus areas.</param>
    /// <param name="ChildThemes">Indices into the theme pool of the localisation's focus areas.</param>
    /// <param name="Parent">The parent campaign.</param>
    /// <param name="Child">The localisation.</param>
    public sealed record Localisation(int[] ParentThemes, int[] ChildThemes, Campaign Parent, Campaign Child)
    {
        /// <summary>Builds the campaigns; an empty theme list becomes one focus area of the first theme.</summary>
        /// <param name="parentThemes">Indices into the theme pool.</param>
        /// <param name="childThemes">Indices into the theme pool.</param>
        /// <returns>The case.</returns>
        public static Localisation Of(int[] parentThemes, int[] childThemes)
        {
            var p = parentThemes.Length == 0 ? [0] : parentThemes;
            var c = childThemes.Length == 0 ? [0] : childThemes;
            var period = new DateInterval(new LocalDate(2024, 3, 1), new LocalDate(2024, 12, 31));
            var parent = new Campaign("parent", "上级活动", new CongressKey(DivisionCode.Parse(Seed.BaodingCode), CongressLevel.Municipal), period, p.Select((t, i) => new FocusArea($"p{i}", "上级重点" + i, ThemePool[t])));
            var child = new Campaign("child", "本级活动", new CongressKey(DivisionCode.Parse(Seed.XushuiCode), CongressLevel.County), period, c.Select((t, i) => new FocusArea($"c{i}", "本级重点" + i, ThemePool[t])), parent);
            return new Localisation(p, c, parent, child);
        }
    }
}
