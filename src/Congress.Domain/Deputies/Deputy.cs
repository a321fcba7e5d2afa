using Ardalis.GuardClauses;

namespace Congress.Domain.Deputies;

/// <summary>A person who is or was a deputy to a people's congress (人大代表). What seats they hold is in their <see cref="Mandate"/>s.</summary>
/// <remarks>Immutable and thread-safe; equality is by value (identity and name).</remarks>
public sealed record Deputy
{
    /// <summary>Creates a deputy.</summary>
    /// <param name="id">The stable identity.</param>
    /// <param name="name">The person's name.</param>
    /// <exception cref="ArgumentException">The identity is the default value or the name is blank.</exception>
    public Deputy(DeputyId id, string name)
    {
        Guard.Against.InvalidInput(id, nameof(id), i => i.Value.Length > 0, "A deputy has an identity.");
        Guard.Against.NullOrWhiteSpace(name);
        Id = id;
        Name = name;
    }

    /// <summary>The stable identity.</summary>
    public DeputyId Id { get; }

    /// <summary>The person's name.</summary>
    public string Name { get; }
}

/// <summary>How a mandate was won.</summary>
public enum MandateSource
{
    /// <summary>Elected directly by the voters of an electoral district (选区): county and township congresses.</summary>
    ElectoralDistrict = 1,

    /// <summary>Elected by the congress one level below, the electing unit (选举单位): city, provincial and national congresses.</summary>
    ElectingCongress = 2,
}

/// <summary>Why a mandate ended before its term did (代表资格终止的原因).</summary>
public enum MandateEndReason
{
    /// <summary>The deputy resigned (辞职).</summary>
    Resignation = 1,

    /// <summary>The voters or the electing unit recalled the deputy (罢免).</summary>
    Recall = 2,

    /// <summary>The deputy died (死亡).</summary>
    Death = 3,

    /// <summary>The deputy moved out of the administrative area or the electing unit (迁出或调离本行政区域).</summary>
    MovedAway = 4,

    /// <summary>Any other reason the Deputies Law lists (丧失国籍, 被剥夺政治权利 ...).</summary>
    Other = 5,
}
