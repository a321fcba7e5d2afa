using Ardalis.GuardClauses;
using Congress.Domain.Campaigns;
using Congress.Domain.Figures;

namespace Congress.Domain.Activities;

/// <summary>
/// Sums of activity figures (统计汇总): by measure, and by city theme so that district figures roll up to the city,
/// keeping "more than" (余, 多) honest through <see cref="Quantity.Add"/>.
/// </summary>
/// <remarks>Thread-safe; pure functions of their arguments.</remarks>
public static class ActivityFigures
{
    /// <summary>The sum of one measure over activities: exact zero when none counts it.</summary>
    /// <param name="activities">The activities.</param>
    /// <param name="measure">The measure.</param>
    /// <returns>The sum, in the measure's unit.</returns>
    public static Quantity Sum(IEnumerable<Activity> activities, Measure measure)
    {
        Guard.Against.Null(activities);
        Guard.Against.Null(measure);
        var total = Quantity.Zero(measure.Unit);
        foreach (var activity in activities)
        {
            Guard.Against.Null(activity, nameof(activities));
            total += activity.FigureFor(measure);
        }

        return total;
    }

    /// <summary>The sums of every measure the activities count; measures are matched by code.</summary>
    /// <param name="activities">The activities.</param>
    /// <returns>A sum per measure, in order of first appearance.</returns>
    public static IReadOnlyDictionary<Measure, Quantity> SumByMeasure(IEnumerable<Activity> activities)
    {
        Guard.Against.Null(activities);
        var sums = new Dictionary<Measure, Quantity>(CodeComparers.Measure);
        foreach (var activity in activities)
        {
            Guard.Against.Null(activity, nameof(activities));
            foreach (var (measure, figure) in activity.Figures)
            {
                sums[measure] = sums.TryGetValue(measure, out var sum) ? sum + figure : figure;
            }
        }

        return sums;
    }

    /// <summary>Rolls one measure up by city theme; activities that served no focus area go to <see cref="ThemeRollUp.Unthemed"/>.</summary>
    /// <param name="activities">The activities.</param>
    /// <param name="measure">The measure.</param>
    /// <returns>The roll-up.</returns>
    public static ThemeRollUp SumByTheme(IEnumerable<Activity> activities, Measure measure)
    {
        Guard.Against.Null(activities);
        Guard.Against.Null(measure);
        var byTheme = new Dictionary<CityTheme, Quantity>(CodeComparers.Theme);
        var unthemed = Quantity.Zero(measure.Unit);
        foreach (var activity in activities)
        {
            Guard.Against.Null(activity, nameof(activities));
            if (!activity.TryGetFigure(measure, out var figure))
            {
                continue;
            }

            if (activity.Theme is { } theme)
            {
                byTheme[theme] = byTheme.TryGetValue(theme, out var sum) ? sum + figure : figure;
            }
            else
            {
                unthemed += figure;
            }
        }

        return new ThemeRollUp(measure, byTheme, unthemed);
    }
}

/// <summary>One measure rolled up by city theme (按主题汇总).</summary>
/// <remarks>Immutable and thread-safe; equality is reference equality.</remarks>
public sealed class ThemeRollUp
{
    private readonly IReadOnlyDictionary<CityTheme, Quantity> _byTheme;

    internal ThemeRollUp(Measure measure, IReadOnlyDictionary<CityTheme, Quantity> byTheme, Quantity unthemed)
    {
        Measure = measure;
        _byTheme = byTheme;
        Unthemed = unthemed;
        Total = byTheme.Values.Aggregate(unthemed, (a, b) => a + b);
    }

    /// <summary>The measure rolled up.</summary>
    public Measure Measure { get; }

    /// <summary>The themes that have a figure, in order of first appearance.</summary>
    public IEnumerable<CityTheme> Themes => _byTheme.Keys;

    /// <summary>The sum of activities that served no focus area (supervision joined to the campaign, for example).</summary>
    public Quantity Unthemed { get; }

    /// <summary>The sum of everything: every theme plus <see cref="Unthemed"/>.</summary>
    public Quantity Total { get; }

    /// <summary>The sum for one theme: exact zero when no activity served it.</summary>
    /// <param name="theme">The theme.</param>
    /// <returns>The sum, in the measure's unit.</returns>
    public Quantity this[CityTheme theme]
    {
        get
        {
            Guard.Against.Null(theme);
            return _byTheme.TryGetValue(theme, out var q) ? q : Quantity.Zero(Measure.Unit);
        }
    }
}
