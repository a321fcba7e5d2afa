namespace Congress.Domain.Congresses;

/// <summary>The level of a people's congress (人民代表大会层级). Five exist nationally.</summary>
public enum CongressLevel
{
    /// <summary>The National People's Congress (全国人民代表大会).</summary>
    National = 1,

    /// <summary>A provincial congress: province, autonomous region or municipality directly under the central government (省级).</summary>
    Provincial = 2,

    /// <summary>A congress of a city divided into districts or an autonomous prefecture (设区的市级).</summary>
    Municipal = 3,

    /// <summary>A congress of a county, a county-level city or a city district (县级).</summary>
    County = 4,

    /// <summary>A congress of a township, an ethnic township or a town (乡级).</summary>
    Township = 5,
}
