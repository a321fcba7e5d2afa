// A district system's start-up and four everyday jobs, as docs/getting-started.md walks through them:
// judge a station, roll up figures, write the report paragraph, read figures back out of a report, validate a dataset.
using Congress.Domain.DependencyInjection;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Interchange;
using Congress.Domain.Reporting.Reading;
using Congress.Domain.Reporting.Writing;
using Congress.Domain.Rollups;
using Congress.Domain.Rules;
using Congress.Domain.Standards;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

Console.OutputEncoding = System.Text.Encoding.UTF8;

// 1. Start-up: the district's rule set (清苑 judges its homes by its four items from 2022) and the library's services.
using var provider = new ServiceCollection()
    .AddCongressDomain(b => b.Configure(o =>
        o.RuleSet = RuleSet.Default.WithParameter(RuleSet.StandardsProfileParameter, "qingyuan-sixiang", new LocalDate(2022, 1, 1))))
    .BuildServiceProvider();
var ruleSet = provider.GetRequiredService<RuleSet>();
var writer = provider.GetRequiredService<ReportWriter>();
var reader = provider.GetRequiredService<FigureReader>();

// 2. Judge a station against the profile in force on a date, item by item, with evidence.
var on = new LocalDate(2024, 9, 30);
var profile = StandardsProfiles.InForce(ruleSet, on);
var file = EvidenceFile.Empty
    .With(new Evidence("standard-name", new LocalDate(2022, 12, 31), "门牌照片", "清苑区人大常委会", "photo/daifu-sign.jpg"))
    .With(new Evidence("fixed-site", new LocalDate(2022, 12, 31), "场地使用协议", "清苑区人大常委会", "doc/daifu-site.pdf"));
var judgement = ComplianceJudge.Judge("大福村代表联络站", profile, file, on);
Console.WriteLine($"{profile.NameZh}: 大福村代表联络站 {(judgement.IsCompliant ? "达标" : "未达标")}");
foreach (var criterion in judgement.Criteria)
{
    Console.WriteLine($"  {criterion.Criterion.NameZh}: {criterion.Status} — {criterion.Reason()}");
}

// 3. Roll up figures: 徐水's suggestions by theme, to the city, as of the end of September.
var xushui = DivisionCode.Parse("130609");
var keys = new RollupKeySpaceBuilder()
    .AddDivisionByDigits(DivisionCode.Parse("130600"))
    .AddDivisionByDigits(xushui)
    .AddTheme("investment-enterprise").AddTheme("urban-renewal").AddTheme("rural-revitalisation").AddTheme("grassroots-governance")
    .AddMonths(new YearMonth(2024, 1), new YearMonth(2024, 12))
    .AddMeasure(Measures.Suggestions)
    .Build();
var rollup = new Rollup(keys);
var september = new YearMonth(2024, 9);
rollup.Add(keys.CreateRecord(xushui, "investment-enterprise", september, Measures.Suggestions, Quantity.Exact(22, Unit.Items)));
rollup.Add(keys.CreateRecord(xushui, "urban-renewal", september, Measures.Suggestions, Quantity.Exact(26, Unit.Items)));
rollup.Add(keys.CreateRecord(xushui, "rural-revitalisation", september, Measures.Suggestions, Quantity.MoreThan(70, Unit.Items)));
rollup.Add(keys.CreateRecord(xushui, "grassroots-governance", september, Measures.Suggestions, Quantity.MoreThan(50, Unit.Items)));
var cityTotal = rollup.Total(DivisionCode.Parse("130600"), Measures.Suggestions, RollupPeriod.AsOfEndOf(september));

// 4. Write the paragraph the report carries, and read it back.
var paragraph = writer.WriteParagraph(new FigureGroup("保定市", [new ReportFigure(Measures.Suggestions, cityTotal)], ReportAsOf.EndOf(september)));
Console.WriteLine(paragraph);
foreach (var mention in reader.Read(paragraph))
{
    Console.WriteLine($"  读回: {mention.Text} = {mention.Quantity.Value} {mention.Quantity.Unit} ({mention.Quantity.Qualifier}, {mention.Measure?.Code ?? "-"})");
}

// 5. Validate a whole dataset through the host's validator (its rule set and clock): here the embedded Baoding dataset.
var validator = provider.GetRequiredService<DatasetValidator>();
var validation = validator.Validate(BaodingDataset.Load(), on);
Console.WriteLine($"保定数据集 {on:yyyy-MM-dd}: {validation.Violations.Count} 条违规");
foreach (var group in validation.Violations.GroupBy(v => v.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  {group.Key} × {group.Count()}: {group.First().Message()}");
}

return 0;
