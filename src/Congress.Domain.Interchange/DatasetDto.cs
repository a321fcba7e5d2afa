using System.Text.Json.Serialization;
using Congress.Domain.Congresses;
using Congress.Domain.Figures;
using NodaTime;

namespace Congress.Domain.Interchange;

// The interchange document (数据交换文档): sealed records with value equality that describe a whole dataset,
// independent of the domain types. Every list is an EquatableArray, so two documents are equal when their content is.
// Every record is immutable and thread-safe. JSON names are the camelCase of the property names (docs/interchange.md).

/// <summary>A whole dataset (数据集) in interchange format version <see cref="DatasetDto.CurrentFormatVersion"/>.</summary>
/// <param name="FormatVersion">The format version; this library reads and writes "1.0".</param>
/// <param name="Provenance">Where the data comes from and what was invented.</param>
/// <param name="Divisions">Administrative divisions (行政区划).</param>
/// <param name="Congresses">People's congresses (人民代表大会) and their terms.</param>
/// <param name="Deputies">Deputies (人大代表) and their mandates.</param>
/// <param name="Stations">Deputy homes and liaison stations (代表之家、代表联络站).</param>
/// <param name="Profiles">Standards profiles (建设标准) for homes and stations.</param>
/// <param name="Adoptions">Which district adopted which profile from when.</param>
/// <param name="Evidence">Evidence that a station meets a criterion.</param>
/// <param name="Assignments">Deputies assigned to homes and stations (进家入站).</param>
/// <param name="Campaigns">Campaigns (实践活动) and their focus areas.</param>
/// <param name="Activities">Activities and the figures they report.</param>
/// <param name="Suggestions">Suggestions (意见建议) and their history.</param>
public sealed record DatasetDto(
    [property: JsonRequired] string FormatVersion,
    ProvenanceDto? Provenance = null,
    EquatableArray<DivisionDto> Divisions = default,
    EquatableArray<CongressDto> Congresses = default,
    EquatableArray<DeputyDto> Deputies = default,
    EquatableArray<StationDto> Stations = default,
    EquatableArray<ProfileDto> Profiles = default,
    EquatableArray<AdoptionDto> Adoptions = default,
    EquatableArray<EvidenceDto> Evidence = default,
    EquatableArray<AssignmentDto> Assignments = default,
    EquatableArray<CampaignDto> Campaigns = default,
    EquatableArray<ActivityDto> Activities = default,
    EquatableArray<SuggestionDto> Suggestions = default)
{
    /// <summary>The format version this library reads and writes.</summary>
    public const string CurrentFormatVersion = "1.0";
}

/// <summary>Where a dataset comes from (来源说明): its sources, the date it speaks of, and notes on what was inferred or invented.</summary>
/// <param name="Title">A title for the dataset.</param>
/// <param name="AsOf">The date the figures speak of, when there is one.</param>
/// <param name="Sources">The sources the data was taken from.</param>
/// <param name="Notes">Notes on inferences and inventions that concern the whole dataset.</param>
public sealed record ProvenanceDto(
    string? Title = null,
    LocalDate? AsOf = null,
    EquatableArray<SourceDto> Sources = default,
    EquatableArray<string> Notes = default);

/// <summary>A source document (来源文件).</summary>
/// <param name="Id">A key items can cite.</param>
/// <param name="Title">The title of the source.</param>
/// <param name="Location">Where to find it (a path or address).</param>
public sealed record SourceDto([property: JsonRequired] string Id, [property: JsonRequired] string Title, string? Location = null);

/// <summary>An administrative division (行政区划) or functional zone (功能区).</summary>
/// <param name="Code">Its code: 6, 9 or 12 digits (130607, 130607100).</param>
/// <param name="Name">Its Chinese name (满城区).</param>
/// <param name="Kind">What kind of unit it is.</param>
/// <param name="Parent">The code of its legal parent (上级行政区划); none for a province.</param>
/// <param name="ManagedBy">The code of the body that manages it when that is not its parent (a functional zone, 代管).</param>
/// <param name="Invented">Whether the item is not in the sources (虚构).</param>
/// <param name="Note">A note on the item, required in spirit when it is invented.</param>
public sealed record DivisionDto(
    [property: JsonRequired] string Code,
    [property: JsonRequired] string Name,
    [property: JsonRequired] DivisionKindDto Kind,
    string? Parent = null,
    string? ManagedBy = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Invented = false,
    string? Note = null);

/// <summary>The kind of an administrative unit (行政区划类别).</summary>
public enum DivisionKindDto
{
    /// <summary>省 province.</summary>
    Province,

    /// <summary>设区的市 prefecture-level city.</summary>
    Prefecture,

    /// <summary>市辖区 city district.</summary>
    District,

    /// <summary>县 county.</summary>
    County,

    /// <summary>县级市 county-level city.</summary>
    CountyCity,

    /// <summary>镇 town.</summary>
    Town,

    /// <summary>乡 township.</summary>
    Township,

    /// <summary>民族乡 ethnic township.</summary>
    EthnicTownship,

    /// <summary>街道 subdistrict.</summary>
    Subdistrict,

    /// <summary>办事处 (城区办事处) office.</summary>
    Office,

    /// <summary>功能区 (高新区, 开发区) functional zone.</summary>
    FunctionalZone,

    /// <summary>村 village.</summary>
    Village,

    /// <summary>社区 community.</summary>
    Community,
}

/// <summary>A people's congress (人民代表大会) of one division at one level, with its terms (届).</summary>
/// <param name="Division">The division's code.</param>
/// <param name="Level">The congress level.</param>
/// <param name="Terms">Its terms.</param>
/// <param name="Invented">Whether the item is not in the sources.</param>
/// <param name="Note">A note on the item.</param>
public sealed record CongressDto(
    [property: JsonRequired] string Division,
    [property: JsonRequired] CongressLevel Level,
    EquatableArray<TermDto> Terms = default,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Invented = false,
    string? Note = null);

/// <summary>A term (届) of a congress.</summary>
/// <param name="Number">The ordinal (第十四届 is 14).</param>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day, when known.</param>
public sealed record TermDto([property: JsonRequired] int Number, [property: JsonRequired] LocalDate Start, LocalDate? End = null);

/// <summary>A reference to a congress: its division and level.</summary>
/// <param name="Division">The division's code.</param>
/// <param name="Level">The congress level.</param>
public sealed record CongressRefDto([property: JsonRequired] string Division, [property: JsonRequired] CongressLevel Level);

/// <summary>A deputy (人大代表): a person with one or more mandates.</summary>
/// <param name="Id">The deputy's key.</param>
/// <param name="Name">The name, when known.</param>
/// <param name="Generated">Whether the person is generated: the sources give only counts (生成的人员).</param>
/// <param name="Mandates">The mandates held.</param>
/// <param name="Invented">Whether the item is not in the sources.</param>
/// <param name="Note">A note on the item.</param>
public sealed record DeputyDto(
    [property: JsonRequired] string Id,
    string? Name = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Generated = false,
    EquatableArray<MandateDto> Mandates = default,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Invented = false,
    string? Note = null);

/// <summary>A mandate (代表资格): membership of one congress for one term.</summary>
/// <param name="Congress">The congress.</param>
/// <param name="Term">The term number.</param>
/// <param name="ElectoralDistrict">The electoral district (选区) for directly elected deputies.</param>
/// <param name="ElectingCongress">The congress that elected the deputy (选举单位) for indirectly elected deputies.</param>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day when it ended or will end.</param>
/// <param name="EndReason">Why it ended early, if it did.</param>
/// <param name="StationedIn">The code of the division the deputy is stationed in (驻), if any.</param>
/// <param name="Invented">Whether the item is not in the sources.</param>
/// <param name="Note">A note on the item.</param>
public sealed record MandateDto(
    [property: JsonRequired] CongressRefDto Congress,
    [property: JsonRequired] int Term,
    string? ElectoralDistrict = null,
    CongressRefDto? ElectingCongress = null,
    LocalDate? Start = null,
    LocalDate? End = null,
    MandateEndReasonDto? EndReason = null,
    string? StationedIn = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Invented = false,
    string? Note = null);

/// <summary>Why a mandate ended (代表资格终止).</summary>
public enum MandateEndReasonDto
{
    /// <summary>The term ended (任期届满).</summary>
    TermEnded,

    /// <summary>Resigned (辞职).</summary>
    Resigned,

    /// <summary>Recalled (罢免).</summary>
    Recalled,

    /// <summary>Died (死亡).</summary>
    Died,

    /// <summary>Moved away (迁出).</summary>
    MovedAway,

    /// <summary>Another reason.</summary>
    Other,
}

/// <summary>A deputy home (代表之家) or liaison station (代表联络站).</summary>
/// <param name="Id">Its key.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Home or station.</param>
/// <param name="Sponsor">Who runs it.</param>
/// <param name="Division">The code of the division it stands in.</param>
/// <param name="Industry">The industry it serves, for an industry home or station (电力电气).</param>
/// <param name="Lifecycle">Its life-cycle events, in date order.</param>
/// <param name="Invested">Money invested in it, in 元 (a JSON number or a decimal string).</param>
/// <param name="Invented">Whether the item is not in the sources.</param>
/// <param name="Note">A note on the item.</param>
public sealed record StationDto(
    [property: JsonRequired] string Id,
    [property: JsonRequired] string Name,
    [property: JsonRequired] StationKindDto Kind,
    [property: JsonRequired] StationSponsorDto Sponsor,
    [property: JsonRequired] string Division,
    string? Industry = null,
    EquatableArray<LifecycleEventDto> Lifecycle = default,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Invested = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Invented = false,
    string? Note = null);

/// <summary>Home (代表之家) or liaison station (代表联络站).</summary>
public enum StationKindDto
{
    /// <summary>代表之家.</summary>
    Home,

    /// <summary>代表联络站.</summary>
    Station,
}

/// <summary>Who runs a home or station.</summary>
public enum StationSponsorDto
{
    /// <summary>区级人大直接管理: the district standing committee.</summary>
    District,

    /// <summary>乡镇直接管理: a township congress.</summary>
    Township,

    /// <summary>行业性: an industry.</summary>
    Industry,

    /// <summary>设在村: a village.</summary>
    Village,

    /// <summary>设在企业: an enterprise.</summary>
    Enterprise,

    /// <summary>设在社区: a community.</summary>
    Community,
}

/// <summary>A life-cycle event of a home or station.</summary>
/// <param name="State">The state entered.</param>
/// <param name="Date">When.</param>
public sealed record LifecycleEventDto([property: JsonRequired] StationStateDto State, [property: JsonRequired] LocalDate Date);

/// <summary>The life-cycle state of a home or station.</summary>
public enum StationStateDto
{
    /// <summary>Planned (规划).</summary>
    Planned,

    /// <summary>Under construction (正在建设中).</summary>
    UnderConstruction,

    /// <summary>Operational (建成).</summary>
    Operational,

    /// <summary>Upgraded to a newer standard (提质创优).</summary>
    Upgraded,

    /// <summary>Closed (撤销).</summary>
    Closed,
}

/// <summary>A standards profile (建设标准): a named, versioned checklist of criteria.</summary>
/// <param name="Name">The profile's name (满城五有).</param>
/// <param name="Version">Its version.</param>
/// <param name="Criteria">Its criteria.</param>
/// <param name="Invented">Whether the item is not in the sources.</param>
/// <param name="Note">A note on the item.</param>
public sealed record ProfileDto(
    [property: JsonRequired] string Name,
    [property: JsonRequired] string Version,
    EquatableArray<CriterionDto> Criteria = default,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Invented = false,
    string? Note = null);

/// <summary>One criterion of a profile (有场所).</summary>
/// <param name="Code">Its code, unique within the profile.</param>
/// <param name="Zh">The Chinese wording.</param>
/// <param name="En">An English wording.</param>
/// <param name="Evidence">What evidence shows it is met.</param>
/// <param name="ValidForDays">How long evidence stays valid, in days; none for ever.</param>
public sealed record CriterionDto(
    [property: JsonRequired] string Code,
    [property: JsonRequired] string Zh,
    string? En = null,
    string? Evidence = null,
    int? ValidForDays = null);

/// <summary>A district's adoption of a profile from a date.</summary>
/// <param name="District">The district's code.</param>
/// <param name="Profile">The profile's name.</param>
/// <param name="Version">The profile's version.</param>
/// <param name="From">The first day it applies.</param>
/// <param name="Invented">Whether the item is not in the sources.</param>
/// <param name="Note">A note on the item.</param>
public sealed record AdoptionDto(
    [property: JsonRequired] string District,
    [property: JsonRequired] string Profile,
    [property: JsonRequired] string Version,
    [property: JsonRequired] LocalDate From,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Invented = false,
    string? Note = null);

/// <summary>Evidence (佐证材料) that a station meets a criterion on a date.</summary>
/// <param name="Station">The station's key.</param>
/// <param name="Criterion">The criterion's code in the profile the station's district adopted.</param>
/// <param name="Date">When it was established.</param>
/// <param name="By">Who established it.</param>
/// <param name="Reference">Where it is recorded.</param>
/// <param name="Note">A note on the item.</param>
/// <param name="Invented">Whether the item is not in the sources.</param>
public sealed record EvidenceDto(
    [property: JsonRequired] string Station,
    [property: JsonRequired] string Criterion,
    [property: JsonRequired] LocalDate Date,
    string? By = null,
    string? Reference = null,
    string? Note = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Invented = false);

/// <summary>A deputy assigned to a home or station (进家入站).</summary>
/// <param name="Deputy">The deputy's key.</param>
/// <param name="Station">The station's key.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day, if it ended.</param>
/// <param name="Invented">Whether the item is not in the sources.</param>
/// <param name="Note">A note on the item.</param>
public sealed record AssignmentDto(
    [property: JsonRequired] string Deputy,
    [property: JsonRequired] string Station,
    [property: JsonRequired] LocalDate From,
    LocalDate? To = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Invented = false,
    string? Note = null);

/// <summary>A campaign (实践活动), possibly the localisation of a parent campaign.</summary>
/// <param name="Id">Its key.</param>
/// <param name="Name">Its Chinese name.</param>
/// <param name="Congress">The congress that runs it (its standing committee).</param>
/// <param name="Period">When it runs.</param>
/// <param name="Parent">The key of the campaign it localises.</param>
/// <param name="FocusAreas">Its focus areas (themes).</param>
/// <param name="Invented">Whether the item is not in the sources.</param>
/// <param name="Note">A note on the item.</param>
public sealed record CampaignDto(
    [property: JsonRequired] string Id,
    [property: JsonRequired] string Name,
    [property: JsonRequired] CongressRefDto Congress,
    PeriodDto? Period = null,
    string? Parent = null,
    EquatableArray<FocusAreaDto> FocusAreas = default,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Invented = false,
    string? Note = null);

/// <summary>A date interval; the end is open when absent.</summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day.</param>
public sealed record PeriodDto([property: JsonRequired] LocalDate Start, LocalDate? End = null);

/// <summary>A focus area (重点内容) of a campaign.</summary>
/// <param name="Code">Its code, unique within the campaign (investment).</param>
/// <param name="Zh">The campaign's Chinese wording.</param>
/// <param name="En">An English wording.</param>
/// <param name="ParentTheme">The code of the parent campaign's focus area it maps onto.</param>
public sealed record FocusAreaDto(
    [property: JsonRequired] string Code,
    [property: JsonRequired] string Zh,
    string? En = null,
    string? ParentTheme = null);

/// <summary>An activity (活动) and the figures it reports.</summary>
/// <param name="Id">Its key.</param>
/// <param name="Date">Its date, or for cumulative figures the date they run to (截至).</param>
/// <param name="Kind">What kind of activity.</param>
/// <param name="Division">The code of the division it belongs to.</param>
/// <param name="Title">A short Chinese description.</param>
/// <param name="Station">The key of the home or station, if any.</param>
/// <param name="Deputies">The keys of the deputies who took part.</param>
/// <param name="FocusArea">The code of the campaign's focus area, if any.</param>
/// <param name="Campaign">The key of the campaign, if any.</param>
/// <param name="Measures">The figures it reports.</param>
/// <param name="Invented">Whether the item is not in the sources.</param>
/// <param name="Note">A note on the item.</param>
public sealed record ActivityDto(
    [property: JsonRequired] string Id,
    [property: JsonRequired] LocalDate Date,
    [property: JsonRequired] ActivityKindDto Kind,
    [property: JsonRequired] string Division,
    string? Title = null,
    string? Station = null,
    EquatableArray<string> Deputies = default,
    string? FocusArea = null,
    string? Campaign = null,
    EquatableArray<MeasureValueDto> Measures = default,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Invented = false,
    string? Note = null);

/// <summary>The kind of an activity.</summary>
public enum ActivityKindDto
{
    /// <summary>主任会议 directors' meeting.</summary>
    DirectorsMeeting,

    /// <summary>部署会议, 动员会 deployment meeting.</summary>
    DeploymentMeeting,

    /// <summary>调度会 dispatch meeting.</summary>
    DispatchMeeting,

    /// <summary>接待选民 receiving voters.</summary>
    Reception,

    /// <summary>走访 visits.</summary>
    Visit,

    /// <summary>调研 research.</summary>
    Research,

    /// <summary>视察, 实地检查 inspection.</summary>
    Inspection,

    /// <summary>座谈会 forum.</summary>
    Forum,

    /// <summary>监督 supervision (forums, reports heard, inspections together).</summary>
    Supervision,

    /// <summary>招商引资 investment work.</summary>
    Investment,

    /// <summary>投入资金 funding.</summary>
    Funding,

    /// <summary>家站活动 home and station activities.</summary>
    StationActivity,

    /// <summary>意见建议 collecting suggestions.</summary>
    Suggestions,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>A figure an activity reports (810余人次).</summary>
/// <param name="Measure">The measure's code from the built-in catalogue (voters-received).</param>
/// <param name="Value">The value in the measure's unit (money in 元): a JSON number or a decimal string.</param>
/// <param name="Qualifier">How the value is qualified.</param>
/// <param name="Unit">The unit's measure word; the measure's own unit when absent.</param>
/// <param name="AsWritten">The figure as the source writes it (810余人次, 7.59亿元).</param>
public sealed record MeasureValueDto(
    [property: JsonRequired] string Measure,
    [property: JsonRequired, JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal Value,
    Qualifier Qualifier = Qualifier.Exact,
    string? Unit = null,
    string? AsWritten = null);

/// <summary>A suggestion (意见建议) raised by a deputy, and its history.</summary>
/// <param name="Id">Its key.</param>
/// <param name="RaisedBy">The deputy's key.</param>
/// <param name="Date">When it was raised.</param>
/// <param name="Text">Its text.</param>
/// <param name="History">The states it moved through, in order.</param>
/// <param name="Invented">Whether the item is not in the sources.</param>
/// <param name="Note">A note on the item.</param>
public sealed record SuggestionDto(
    [property: JsonRequired] string Id,
    [property: JsonRequired] string RaisedBy,
    [property: JsonRequired] LocalDate Date,
    [property: JsonRequired] string Text,
    EquatableArray<SuggestionStateDto> History = default,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Invented = false,
    string? Note = null);

/// <summary>One state in a suggestion's history.</summary>
/// <param name="State">The state entered.</param>
/// <param name="Date">When.</param>
/// <param name="Department">The department it was assigned to (交办).</param>
/// <param name="Deadline">The deadline for rectification (限时整改).</param>
/// <param name="Answer">The answer given to the deputy (反馈).</param>
public sealed record SuggestionStateDto(
    [property: JsonRequired] SuggestionStateKindDto State,
    [property: JsonRequired] LocalDate Date,
    string? Department = null,
    LocalDate? Deadline = null,
    string? Answer = null);

/// <summary>The states of a suggestion.</summary>
public enum SuggestionStateKindDto
{
    /// <summary>提出 raised.</summary>
    Raised,

    /// <summary>整理 compiled.</summary>
    Compiled,

    /// <summary>交办 assigned.</summary>
    Assigned,

    /// <summary>跟踪, 办理 being handled.</summary>
    Handled,

    /// <summary>反馈 answered.</summary>
    Answered,
}
