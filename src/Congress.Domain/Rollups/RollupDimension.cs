namespace Congress.Domain.Rollups;

/// <summary>
/// One dimension of a roll-up key space as a forest in a parent-index array: every node's parent has a smaller index
/// (or is -1 for a root), so one descending pass rolls every node into its parent. Also holds, per node, the chain of
/// the node and its ancestors pre-multiplied by the dimension's stride, for incremental updates.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class RollupDimension
{
    private readonly int[] _parents;
    private readonly int[] _chainStart;
    private readonly int[] _chainNodes;

    internal RollupDimension(int[] parents)
    {
        for (var i = 0; i < parents.Length; i++)
        {
            if (parents[i] >= i || parents[i] < -1)
            {
                throw new ArgumentException($"Node {i} has parent {parents[i]}: a parent must come before its child.", nameof(parents));
            }
        }

        _parents = parents;
        _chainStart = new int[parents.Length + 1];
        var nodes = new List<int>();
        for (var i = 0; i < parents.Length; i++)
        {
            _chainStart[i] = nodes.Count;
            for (var n = i; n >= 0; n = parents[n])
            {
                nodes.Add(n);
            }
        }

        _chainStart[parents.Length] = nodes.Count;
        _chainNodes = [.. nodes];
    }

    /// <summary>How many nodes.</summary>
    internal int Count => _parents.Length;

    /// <summary>The parent of every node, -1 for a root.</summary>
    internal ReadOnlySpan<int> Parents => _parents;

    /// <summary>The node and its ancestors, nearest first.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The chain.</returns>
    internal ReadOnlySpan<int> Chain(int node) => _chainNodes.AsSpan(_chainStart[node], _chainStart[node + 1] - _chainStart[node]);

    /// <summary>The chains of every node scaled by <paramref name="stride"/>, and where each starts.</summary>
    /// <param name="stride">The cell stride of this dimension.</param>
    /// <returns>The scaled chain offsets and their start index per node (one more entry than nodes).</returns>
    internal (int[] Offsets, int[] Start) ScaledChains(int stride) =>
        (_chainNodes.Select(n => n * stride).ToArray(), _chainStart);

    /// <summary>The children of <paramref name="node"/>, in index order.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The children.</returns>
    internal IEnumerable<int> Children(int node)
    {
        for (var i = node + 1; i < _parents.Length; i++)
        {
            if (_parents[i] == node)
            {
                yield return i;
            }
        }
    }
}
