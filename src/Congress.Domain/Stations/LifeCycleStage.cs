namespace Congress.Domain.Stations;

/// <summary>
/// The stage of a home or station in its life cycle (建设阶段). Stages only move forward, in this order:
/// planned, under construction, operational, upgraded, closed (a stage may be skipped).
/// </summary>
public enum LifeCycleStage
{
    /// <summary>Planned (规划).</summary>
    Planned = 1,

    /// <summary>Under construction (正在建设中).</summary>
    UnderConstruction = 2,

    /// <summary>Operational: built and in use (建成运行).</summary>
    Operational = 3,

    /// <summary>Upgraded to the 2022 "提质创优扩面" standards (提质升级); still in use.</summary>
    Upgraded = 4,

    /// <summary>Closed (撤销); no longer in use.</summary>
    Closed = 5,
}

/// <summary>One dated move of a home or station into a stage (阶段变更).</summary>
/// <param name="Stage">The stage entered.</param>
/// <param name="On">The date it was entered.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public readonly record struct StageChange(LifeCycleStage Stage, NodaTime.LocalDate On);
