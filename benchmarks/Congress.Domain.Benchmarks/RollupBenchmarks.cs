using BenchmarkDotNet.Attributes;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Rollups;
using DuckDB.NET.Data;
using NodaTime;

namespace Congress.Domain.Benchmarks;

/// <summary>
/// The city's roll-up: 10,000,000 monthly figures over 300 townships in 30 districts of one city, 4 themes and
/// 12 months, totalled by township, district and city × theme × month. Every method computes the same totals and
/// returns the same checksum (asserted in GlobalSetup against the hand-written loop).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RollupBenchmarks
{
    /// <summary>10,000,000 records; 10,000 in CI's smoke run (<see cref="BenchmarkScale"/>).</summary>
    public static readonly int RecordCount = BenchmarkScale.Scaled(10_000_000);
    private const int Districts = 30;
    private const int TownshipsPerDistrict = 10;
    private const int Townships = Districts * TownshipsPerDistrict;
    private const int Themes = 4;
    private const int Months = 12;
    private const int Nodes = 1 + Districts + Townships;
    private const int Cells = Themes * Months;

    private static readonly string[] ThemeCodes = ["investment", "urban-renewal", "rural-revitalisation", "grassroots-governance"];

    private RollupKeySpace _keys = null!;
    private RollupRecord[] _records = [];

    // Benchmark node numbering: city 0, districts 1..30, townships 31..330; the key-space index of each node.
    private int[] _nodeIndex = [];
    private int[] _parentNode = [];
    private int[] _monthPeriod = [];
    private int _firstTownshipIndex;

    private long[] _handTownships = [];
    private long[] _handDistricts = [];
    private long[] _handCity = [];

    private DuckDBConnection? _duck;

    /// <summary>The checksum every method must return (the hand-written loop's).</summary>
    public long ExpectedChecksum { get; private set; }

    [GlobalSetup(Targets = [nameof(HandWrittenLoop), nameof(Library), nameof(LibraryParallel), nameof(Linq), nameof(IncrementalAdd)])]
    public void Setup()
    {
        Generate();
        AssertSameChecksum(nameof(Library), Library());
        AssertSameChecksum(nameof(LibraryParallel), LibraryParallel());
        AssertSameChecksum(nameof(IncrementalAdd), IncrementalAdd());
        AssertSameChecksum(nameof(Linq), Linq());
    }

    [GlobalSetup(Target = nameof(DuckDb))]
    public void SetupDuckDb()
    {
        Generate();
        _duck = new DuckDBConnection("Data Source=:memory:");
        _duck.Open();
        using (var create = _duck.CreateCommand())
        {
            create.CommandText = "CREATE TABLE records (district INTEGER, township INTEGER, theme INTEGER, month INTEGER, amount BIGINT)";
            create.ExecuteNonQuery();
        }

        using (var appender = _duck.CreateAppender("records"))
        {
            foreach (var r in _records)
            {
                var township = r.Division - _firstTownshipIndex;
                appender.CreateRow()
                    .AppendValue(1 + (township / TownshipsPerDistrict))
                    .AppendValue(1 + Districts + township)
                    .AppendValue(r.Topic - 1)
                    .AppendValue(r.Month)
                    .AppendValue(r.Hundredths)
                    .EndRow();
            }
        }

        AssertSameChecksum(nameof(DuckDb), DuckDb());
    }

    [GlobalCleanup]
    public void Cleanup() => _duck?.Dispose();

    /// <summary>The baseline: a plain loop into preallocated arrays, then districts and the city from townships.</summary>
    [Benchmark(Baseline = true)]
    public long HandWrittenLoop()
    {
        var townships = _handTownships;
        Array.Clear(townships);
        var first = _firstTownshipIndex;
        foreach (ref readonly var r in _records.AsSpan())
        {
            townships[((((r.Division - first) * Themes) + r.Topic - 1) * Months) + r.Month] += r.Hundredths;
        }

        Array.Clear(_handDistricts);
        Array.Clear(_handCity);
        for (var t = 0; t < Townships; t++)
        {
            for (var c = 0; c < Cells; c++)
            {
                _handDistricts[((t / TownshipsPerDistrict) * Cells) + c] += townships[(t * Cells) + c];
            }
        }

        for (var d = 0; d < Districts; d++)
        {
            for (var c = 0; c < Cells; c++)
            {
                _handCity[c] += _handDistricts[(d * Cells) + c];
            }
        }

        long checksum = 0;
        for (var c = 0; c < Cells; c++)
        {
            checksum += _handCity[c] * Weight(0, c);
        }

        for (var d = 0; d < Districts; d++)
        {
            for (var c = 0; c < Cells; c++)
            {
                checksum += _handDistricts[(d * Cells) + c] * Weight(1 + d, c);
            }
        }

        for (var t = 0; t < Townships; t++)
        {
            for (var c = 0; c < Cells; c++)
            {
                checksum += townships[(t * Cells) + c] * Weight(1 + Districts + t, c);
            }
        }

        return checksum;
    }

    /// <summary>The library on one core: <see cref="Rollup.AddRange"/>.</summary>
    [Benchmark]
    public long Library()
    {
        var rollup = new Rollup(_keys);
        rollup.AddRange(_records);
        return Checksum(rollup);
    }

    /// <summary>The library on every core: <see cref="Rollup.AddRangeParallel"/>.</summary>
    [Benchmark]
    public long LibraryParallel()
    {
        var rollup = new Rollup(_keys);
        rollup.AddRangeParallel(_records);
        return Checksum(rollup);
    }

    /// <summary>LINQ: GroupBy + Sum for townships, then districts from townships, then the city.</summary>
    [Benchmark]
    public long Linq()
    {
        var first = _firstTownshipIndex;
        var townships = _records
            .GroupBy(r => (Node: 1 + Districts + r.Division - first, Theme: r.Topic - 1, r.Month))
            .Select(g => (g.Key.Node, g.Key.Theme, g.Key.Month, Sum: g.Sum(r => r.Hundredths)))
            .ToList();
        var districts = townships
            .GroupBy(x => (Node: _parentNode[x.Node], x.Theme, x.Month))
            .Select(g => (g.Key.Node, g.Key.Theme, g.Key.Month, Sum: g.Sum(x => x.Sum)))
            .ToList();
        var city = districts
            .GroupBy(x => (Node: _parentNode[x.Node], x.Theme, x.Month))
            .Select(g => (g.Key.Node, g.Key.Theme, g.Key.Month, Sum: g.Sum(x => x.Sum)));
        return townships.Concat(districts).Concat(city).Sum(x => x.Sum * Weight(x.Node, (x.Theme * Months) + x.Month));
    }

    /// <summary>DuckDB in process: only the GROUP BY ROLLUP query over the loaded table is timed.</summary>
    [Benchmark]
    public long DuckDb()
    {
        using var command = _duck!.CreateCommand();
        command.CommandText =
            "SELECT district, township, theme, month, CAST(SUM(amount) AS BIGINT) FROM records GROUP BY theme, month, ROLLUP(district, township)";
        using var reader = command.ExecuteReader();
        long checksum = 0;
        while (reader.Read())
        {
            var node = reader.IsDBNull(1) ? (reader.IsDBNull(0) ? 0 : reader.GetInt32(0)) : reader.GetInt32(1);
            checksum += reader.GetInt64(4) * Weight(node, (reader.GetInt32(2) * Months) + reader.GetInt32(3));
        }

        return checksum;
    }

    /// <summary>The records added one at a time with <see cref="Rollup.Add(in RollupRecord)"/> (every ancestor total updated per record).</summary>
    [Benchmark]
    public long IncrementalAdd()
    {
        var rollup = new Rollup(_keys);
        foreach (ref readonly var r in _records.AsSpan())
        {
            rollup.Add(in r);
        }

        return Checksum(rollup);
    }

    private static long Weight(int node, int cell) => ((long)node * Cells) + cell + 1;

    private long Checksum(Rollup rollup)
    {
        long checksum = 0;
        for (var node = 0; node < Nodes; node++)
        {
            for (var theme = 0; theme < Themes; theme++)
            {
                for (var month = 0; month < Months; month++)
                {
                    checksum += rollup.HundredthsAt(_nodeIndex[node], 1 + theme, _monthPeriod[month], 0) * Weight(node, (theme * Months) + month);
                }
            }
        }

        return checksum;
    }

    private void AssertSameChecksum(string method, long checksum)
    {
        if (checksum != ExpectedChecksum)
        {
            throw new InvalidOperationException($"{method} returned checksum {checksum}, the hand-written loop {ExpectedChecksum}.");
        }
    }

    private void Generate()
    {
        var city = DivisionCode.Parse("130600");
        var builder = new RollupKeySpaceBuilder().AddDivision(city, DivisionCode.None);
        var codes = new DivisionCode[Nodes];
        codes[0] = city;
        _parentNode = new int[Nodes];
        _parentNode[0] = -1;
        for (var d = 0; d < Districts; d++)
        {
            codes[1 + d] = DivisionCode.Parse((130601 + d).ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
            builder.AddDivision(codes[1 + d], city);
            for (var t = 0; t < TownshipsPerDistrict; t++)
            {
                var node = 1 + Districts + (d * TownshipsPerDistrict) + t;
                codes[node] = DivisionCode.Parse((((130601 + d) * 1000L) + 1 + t).ToString("D9", System.Globalization.CultureInfo.InvariantCulture));
                _parentNode[node] = 1 + d;
            }

            _parentNode[1 + d] = 0;
        }

        for (var node = 1 + Districts; node < Nodes; node++)
        {
            builder.AddDivision(codes[node], codes[_parentNode[node]]);
        }

        foreach (var theme in ThemeCodes)
        {
            builder.AddTheme(theme);
        }

        var firstMonth = new YearMonth(2024, 1);
        _keys = builder.AddMonths(firstMonth, new YearMonth(2024, 12)).AddMeasure(Measures.Suggestions).Build();
        _nodeIndex = codes.Select(_keys.DivisionIndex).ToArray();
        _firstTownshipIndex = _nodeIndex[1 + Districts];
        for (var t = 0; t < Townships; t++)
        {
            if (_nodeIndex[1 + Districts + t] != _firstTownshipIndex + t)
            {
                throw new InvalidOperationException("The key space does not number the townships contiguously.");
            }
        }

        _monthPeriod = Enumerable.Range(0, Months)
            .Select(m => _keys.TryGetPeriodIndex(RollupPeriod.Month(firstMonth.PlusMonths(m)), out var p) ? p : throw new InvalidOperationException("No month node."))
            .ToArray();

        var random = new Random(20241010);
        _records = new RollupRecord[RecordCount];
        for (var i = 0; i < RecordCount; i++)
        {
            var township = random.Next(Townships);
            var qualifier = random.Next(16) == 0 ? Qualifier.MoreThan : Qualifier.Exact;
            _records[i] = new RollupRecord(_firstTownshipIndex + township, 1 + random.Next(Themes), random.Next(Months), 0, random.Next(1, 1000) * 100L, qualifier);
        }

        _handTownships = new long[Townships * Cells];
        _handDistricts = new long[Districts * Cells];
        _handCity = new long[Cells];
        ExpectedChecksum = HandWrittenLoop();
    }
}
