#!/usr/bin/env python3
"""Writes baoding.json, the Baoding dataset, from the facts of the seed reports.

Run from the repository root:  python3 src/Congress.Domain.Interchange/Datasets/generate-baoding.py
Everything the seed (../shared/seed/baoding-district-reports.zh.txt) states is written as stated; everything else is
marked "invented": true with a note, or "generated": true for persons the seed only counts.
"""
import json, os

SEED = "seed"
AS_OF = "2024-09-30"
REPORT_DATE_NOTE = "date inferred: the reports give figures 截至9月底/截至目前/今年以来 without a year; 2024 is inferred (see provenance)"

def div(code, name, kind, parent=None, managed=None, invented=False, note=None):
    d = {"code": code, "name": name, "kind": kind}
    if parent: d["parent"] = parent
    if managed: d["managedBy"] = managed
    if invented: d["invented"] = True
    if note: d["note"] = note
    return d

TOWN_NOTE = "name as known from public division lists, not in the seed; the 9-digit code suffix is recalled, not verified against 统计用区划代码"
MC_TOWNS = [("100", "满城镇", "town"), ("101", "大册营镇", "town"), ("102", "神星镇", "town"), ("103", "南韩村镇", "town"),
            ("104", "方顺桥镇", "town"), ("200", "于家庄乡", "township"), ("201", "要庄乡", "township"), ("202", "白龙乡", "township"),
            ("203", "石井乡", "township"), ("204", "坨南乡", "township"), ("205", "刘家台乡", "township"), ("206", "贤台乡", "township")]
QY_TOWNS = [("100", "清苑镇", "town"), ("101", "冉庄镇", "town"), ("102", "阳城镇", "town"), ("103", "魏村镇", "town"),
            ("104", "温仁镇", "town"), ("105", "张登镇", "town"), ("106", "大庄镇", "town"), ("107", "臧村镇", "town"),
            ("108", "望亭镇", "town"), ("109", "白团镇", "town"), ("110", "北店乡", "township"), ("200", "石桥乡", "township"),
            ("201", "李庄乡", "township"), ("202", "北王力乡", "township"), ("203", "东闾乡", "township"), ("204", "何桥乡", "township"),
            ("205", "孙村乡", "township"), ("206", "阎庄乡", "township")]
XS_TOWNS = [("100", "安肃镇", "town"), ("101", "崔庄镇", "town"), ("102", "大因镇", "town"), ("103", "遂城镇", "town"),
            ("104", "高林村镇", "town"), ("105", "大王店镇", "town"), ("106", "漕河镇", "town"), ("107", "东史端镇", "town"),
            ("108", "留村镇", "town"), ("109", "正村镇", "town"), ("200", "户木乡", "township"), ("201", "瀑河乡", "township"),
            ("202", "东釜山乡", "township"), ("203", "义联庄乡", "township")]

divisions = [
    div("130000", "河北省", "province"),
    div("130600", "保定市", "prefecture", "130000"),
    div("130607", "满城区", "district", "130600"),
    div("130608", "清苑区", "district", "130600"),
    div("130609", "徐水区", "district", "130600"),
    div("130671", "保定高新技术产业开发区", "functionalZone", "130600", invented=True,
        note="the seed names 高新区 as managing 贤台乡 (满城区辖12个乡镇(含高新区贤台乡)); its code 130671 is recalled, not in the seed"),
]
for suffix, name, kind in MC_TOWNS:
    managed = "130671" if name == "贤台乡" else None
    note = TOWN_NOTE + ("; managed by 高新区 per the seed (含高新区贤台乡)" if managed else "; the seed says 满城区辖12个乡镇")
    divisions.append(div("130607" + suffix, name, kind, "130607", managed, invented=True, note=note))
for suffix, name, kind in QY_TOWNS:
    divisions.append(div("130608" + suffix, name, kind, "130608", invented=True, note=TOWN_NOTE + "; the seed says 清苑区下辖18个乡镇"))
divisions.append(div("130608001", "城区办事处", "office", "130608", invented=True,
                     note="the seed says 1个城区办事处; its name is the seed's, the code 130608001 is invented"))
for suffix, name, kind in XS_TOWNS:
    divisions.append(div("130609" + suffix, name, kind, "130609", invented=True, note=TOWN_NOTE + "; the seed does not say how many 乡镇 徐水区 has"))

TERM_NOTE = "term number and dates invented: the seed names no term; five-year terms after the 2021-2023 elections"
def congress(division, level, number, start, end):
    return {"division": division, "level": level, "terms": [{"number": number, "start": start, "end": end}], "invented": True, "note": TERM_NOTE}

congresses = [
    congress("130000", "provincial", 14, "2023-01-13", "2028-01-12"),
    congress("130600", "municipal", 15, "2022-01-05", "2027-01-04"),
    congress("130607", "county", 2, "2021-12-20", "2026-12-19"),
    congress("130608", "county", 17, "2021-12-20", "2026-12-19"),
    congress("130609", "county", 2, "2021-12-20", "2026-12-19"),
]
for suffix, name, kind in MC_TOWNS:
    congresses.append(congress("130607" + suffix, "township", 21, "2021-12-01", "2026-11-30"))

deputies = []
def deputy(id, mandate):
    deputies.append({"id": id, "generated": True, "mandates": [mandate]})

# 现有驻满省人大代表1名，驻满市人大代表21名，区人大代表209名，乡人大代表802名.
deputy("130607-P-0001", {"congress": {"division": "130000", "level": "provincial"}, "term": 14,
                         "electingCongress": {"division": "130600", "level": "municipal"}, "start": "2023-01-13", "stationedIn": "130607"})
for i in range(1, 22):
    deputy(f"130607-M-{i:04}", {"congress": {"division": "130600", "level": "municipal"}, "term": 15,
                                "electingCongress": {"division": "130607", "level": "county"}, "start": "2022-01-05", "stationedIn": "130607"})
for i in range(1, 210):
    deputy(f"130607-C-{i:04}", {"congress": {"division": "130607", "level": "county"}, "term": 2,
                                "electoralDistrict": f"满城区第{(i + 1) // 2}选区", "start": "2021-12-20"})
n = 0
for t, (suffix, name, kind) in enumerate(MC_TOWNS):
    count = 67 if t < 10 else 66  # 802 = 10 x 67 + 2 x 66: the split over townships is invented
    for j in range(1, count + 1):
        n += 1
        deputy(f"130607-T-{n:04}", {"congress": {"division": "130607" + suffix, "level": "township"}, "term": 21,
                                    "electoralDistrict": f"{name}第{(j + 1) // 2}选区", "start": "2021-12-01"})
assert n == 802 and len(deputies) == 1033

stations = []
def station(id, name, kind, sponsor, division, industry=None, lifecycle=None, invented=False, note=None):
    s = {"id": id, "name": name, "kind": kind, "sponsor": sponsor, "division": division}
    if industry: s["industry"] = industry
    s["lifecycle"] = lifecycle or []
    if invented: s["invented"] = True
    if note: s["note"] = note
    stations.append(s)

# 满城: 建有"代表之家"16个，区级人大直接管理1个，乡镇直接管理12个，行业性代表之家3个；"代表联络站"共有16个.
station("mc-home-district", "满城区人大常委会代表之家", "home", "district", "130607", invented=True,
        note="the seed counts 1 home run by the district (区级人大直接管理1个); its name is invented")
for suffix, name, kind in MC_TOWNS:
    station(f"mc-home-{suffix}", f"{name}人大代表之家", "home", "township", "130607" + suffix, invented=True,
            note="the seed counts 12 homes run by townships (乡镇直接管理12个); one per 乡镇 and the name are invented")
station("mc-home-power", "满城电力电气行业代表之家", "home", "industry", "130607", "电力电气",
        note="built with 10万余元 together with 满城生活用纸行业代表之家 (see activity mc-funds); meets the 五有")
station("mc-home-paper", "满城生活用纸行业代表之家", "home", "industry", "130607", "生活用纸",
        note="built with 10万余元 together with 满城电力电气行业代表之家 (see activity mc-funds); meets the 五有")
station("mc-home-food", "满城食品行业人大代表之家", "home", "industry", "130607", "食品",
        [{"state": "operational", "date": "2024-09-30"}],
        note="今年，又新建了食品行业人大代表之家; the date is the inferred report date, the day it opened is not stated")
for i in range(1, 17):
    suffix, name, kind = MC_TOWNS[(i - 1) % 12]
    station(f"mc-station-{i:02}", f"满城区代表联络站{i:02}（虚构）", "station", "village", "130607" + suffix, invented=True,
            note="the seed counts 16 代表联络站 设立在村或企业; name, place and village/enterprise are invented")

# 清苑: 2010年9月 19个乡镇(城区)建成20个代表之家(包括区人大常委会代表之家); 2022年 提升标准, 设立了5个代表联络站;
# 大福村代表联络站和华秀苗木行业代表联络站正在建设中.
QY_LIFE = [{"state": "operational", "date": "2010-09-01"}, {"state": "upgraded", "date": "2022-12-31"}]
QY_LIFE_NOTE = "built 2010年9月 (day not stated: 1st used), upgraded in 2022 (day not stated: 31 December used)"
station("qy-home-district", "清苑区人大常委会代表之家", "home", "district", "130608", lifecycle=QY_LIFE[:1],
        note="built 2010年9月 (day not stated: 1st used); the seed says the 19 township-level homes raised their standard in 2022, not this one")
for suffix, name, kind in QY_TOWNS + [("001", "城区办事处", "office")]:
    station(f"qy-home-{suffix}", f"{name}人大代表之家", "home", "township", "130608" + suffix, lifecycle=QY_LIFE, invented=True,
            note="the seed says 19个乡镇(城区) each have a home; the name is invented; " + QY_LIFE_NOTE)
for i in range(1, 6):
    suffix, name, kind = QY_TOWNS[i - 1]
    station(f"qy-station-{i}", f"清苑区代表联络站{i}（虚构）", "station", "village", "130608" + suffix,
            lifecycle=[{"state": "operational", "date": "2022-12-31"}], invented=True,
            note="the seed says 2022年 设立了5个代表联络站; names, places and day are invented")
station("qy-station-dafu", "大福村代表联络站", "station", "village", "130608",
        lifecycle=[{"state": "underConstruction", "date": "2024-09-30"}],
        note="正在建设中 this year; the village's township is not stated, so it is placed in 清苑区; date is the inferred report date")
station("qy-station-huaxiu", "华秀苗木行业代表联络站", "station", "industry", "130608", "苗木",
        [{"state": "underConstruction", "date": "2024-09-30"}],
        note="正在建设中 this year; date is the inferred report date")

# 徐水: 共建有人大代表家站21个，其中行业家站1个(徐水区高端装备制造业人大代表联络站).
station("xs-station-equipment", "徐水区高端装备制造业人大代表联络站", "station", "industry", "130609", "高端装备制造业")
station("xs-home-district", "徐水区人大常委会代表之家", "home", "district", "130609", invented=True,
        note="the seed gives 21 家站 of which 1 industry; the split of the other 20 into homes and stations is invented")
for suffix, name, kind in XS_TOWNS:
    station(f"xs-home-{suffix}", f"{name}人大代表之家", "home", "township", "130609" + suffix, invented=True,
            note="the seed gives 21 家站 of which 1 industry; one home per 乡镇 is invented")
for i in range(1, 6):
    suffix, name, kind = XS_TOWNS[i - 1]
    station(f"xs-station-{i}", f"徐水区代表联络站{i}（虚构）", "station", "village", "130609" + suffix, invented=True,
            note="the seed gives 21 家站 of which 1 industry; these 5 stations are invented to make up the count")
assert sum(1 for s in stations if s["id"].startswith("mc-")) == 32
assert sum(1 for s in stations if s["id"].startswith("qy-")) == 27
assert sum(1 for s in stations if s["id"].startswith("xs-")) == 21

profiles = [
    {"name": "满城五有", "version": "2024", "criteria": [
        {"code": "site", "zh": "有场所", "en": "a site"},
        {"code": "sign", "zh": "有牌子", "en": "a sign"},
        {"code": "facilities", "zh": "有设施", "en": "facilities"},
        {"code": "rules", "zh": "有制度", "en": "written work rules"},
        {"code": "archives", "zh": "有档案", "en": "archives of activities"}],
     "note": "the five items are the seed's (有场所、有牌子、有设施、有制度、有档案); the version label is invented"},
    {"name": "清苑家站规范", "version": "2022", "criteria": [
        {"code": "name", "zh": "名称规范", "en": "a standard name"},
        {"code": "site", "zh": "场地固定", "en": "a fixed site"},
        {"code": "equipment", "zh": "硬件设施完善", "en": "complete equipment"},
        {"code": "wall", "zh": "信息公开上墙", "en": "information posted on the wall"}],
     "invented": True, "note": "the four items are the seed's wording (大部分代表家站都能做到...); the profile name and version are invented"},
]
adoptions = [
    {"district": "130607", "profile": "满城五有", "version": "2024", "from": "2024-01-01", "invented": True, "note": "adoption date invented"},
    {"district": "130608", "profile": "清苑家站规范", "version": "2022", "from": "2022-01-01", "invented": True,
     "note": "adoption date invented; 2022 is when 清苑 raised its standards (提质创优扩面)"},
]
evidence = [
    {"station": s, "criterion": c, "date": AS_OF, "by": "满城区人大常委会", "reference": "seed: 满城 report, 人大代表家站建设情况 §2",
     "note": "目前3个行业性代表之家均达到了有场所、有牌子、有设施、有制度、有档案; " + REPORT_DATE_NOTE}
    for s in ("mc-home-power", "mc-home-paper", "mc-home-food") for c in ("site", "sign", "facilities", "rules", "archives")
]

CITY_THEMES = [("investment-enterprise", "招商引资", "investment and enterprise"), ("urban-renewal", "城市建设", "urban renewal"),
               ("rural-revitalisation", "乡村振兴", "rural revitalisation"), ("grassroots-governance", "服务基层微治理", "grassroots governance")]
PERIOD = {"start": "2024-03-01", "end": "2024-12-31"}
PERIOD_NOTE = "the period is invented (the seed dates meetings 4月10日 and 4月16日 and figures to the end of September)"
def localised(words):
    return [{"code": code, "zh": zh, "en": en, "parentTheme": code} for (code, _, en), zh in zip(CITY_THEMES, words)]
campaigns = [
    {"id": "bd-2024", "name": "建设现代化新保定、人大代表立新功", "congress": {"division": "130600", "level": "municipal"}, "period": PERIOD,
     "focusAreas": [{"code": c, "zh": zh, "en": en} for c, zh, en in CITY_THEMES],
     "note": PERIOD_NOTE + "; the city's own wording of its four themes is not in the seed: 徐水's list (招商引资、城市建设、乡村振兴、服务基层微治理, set by 市人大) is used"},
    {"id": "mc-2024", "name": "建设品质新满城、人大代表勇担当", "congress": {"division": "130607", "level": "county"}, "period": PERIOD, "parent": "bd-2024",
     "focusAreas": localised(["聚力招商引资、服务企业发展", "人民城市为人民、城市更新显担当", "助农增收促产业、乡村振兴当表率", "服务基层微治理、倾听民声解民忧"]),
     "note": "市人大方案的满城化、具体化; 1+4+4 mechanism; " + PERIOD_NOTE},
    {"id": "qy-2024", "name": "推动清苑高质量发展，人大代表做贡献", "congress": {"division": "130608", "level": "county"}, "period": PERIOD, "parent": "bd-2024",
     "focusAreas": localised(["聚焦发展新质生产力，在推动创新引领上下功夫", "聚焦深化城市有机更新，在提升城市品味上下功夫",
                              "聚焦推进和美乡村建设，在助力乡村振兴上下功夫", "聚焦维护社会和谐稳定，在化解矛盾纠纷上下功夫"]),
     "note": "四个聚焦; 1+1+4 plan; " + PERIOD_NOTE},
    {"id": "xs-2024", "name": "建设现代化新保定、人大代表立新功", "congress": {"division": "130609", "level": "county"}, "period": PERIOD, "parent": "bd-2024",
     "focusAreas": localised(["招商引资", "城市建设", "乡村振兴", "服务基层微治理"]),
     "note": "徐水's report gives no local name: it runs the city campaign under its own 《实施方案》; " + PERIOD_NOTE},
]

def m(measure, value, qualifier, as_written, unit=None):
    x = {"measure": measure, "value": value, "qualifier": qualifier}
    if unit: x["unit"] = unit
    x["asWritten"] = as_written
    return x
def act(id, date, kind, division, title, measures=(), campaign=None, focus=None, note=None, invented=False):
    a = {"id": id, "date": date, "kind": kind, "division": division, "title": title}
    if focus: a["focusArea"] = focus
    if campaign: a["campaign"] = campaign
    a["measures"] = list(measures)
    if invented: a["invented"] = True
    if note: a["note"] = note
    return a

activities = [
    act("qy-2024-04-10", "2024-04-10", "directorsMeeting", "130608", "召开主任会议专题研究我区实践活动安排，提出“四个聚焦”", campaign="qy-2024",
        note="4月10日 (year inferred)"),
    act("qy-2024-04-16", "2024-04-16", "deploymentMeeting", "130608", "召开驻区全国、省、市人大代表和乡镇人大主席参加的部署会议", campaign="qy-2024",
        note="4月16日 (year inferred)"),
    act("qy-visits", AS_OF, "visit", "130608", "截至9月底，共走访代表260余人次，协调解决送政策上门、道路修缮等问题21个",
        [m("deputies-visited", 260, "moreThan", "260余人次"), m("problems-solved", 21, "exact", "21个")], "qy-2024", note="截至9月底; " + REPORT_DATE_NOTE),
    act("qy-dispatch", AS_OF, "dispatchMeeting", "130608", "截至9月底，已召开调度会5次",
        [m("dispatch-meetings", 5, "exact", "5次")], "qy-2024", note="截至9月底; " + REPORT_DATE_NOTE),
    act("qy-research", AS_OF, "research", "130608", "各乡镇开展专题调研、代表视察24次",
        [m("research-inspections", 24, "exact", "24次")], "qy-2024",
        note="the sentence follows 截至9月底 in the same paragraph, so the same date is used; " + REPORT_DATE_NOTE),
    act("qy-stations", AS_OF, "stationActivity", "130608", "代表们依托“家”“站”，累计接待选民810余人次，开展集体活动130余次，提出意见建议90余条",
        [m("voters-received", 810, "moreThan", "810余人次"), m("collective-activities", 130, "moreThan", "130余次"),
         m("suggestions", 90, "moreThan", "90余条")],
        note="今年以来 in the homes and stations section, not tied to the campaign; suggestions include 农村道路改善、路灯安装、暑期汛期防溺水; " + REPORT_DATE_NOTE),
    act("xs-investment", AS_OF, "investment", "130609", "人大代表洽谈引进项目4个，总投资达7.59亿元；收集招商引资信息19条，提出相关意见建议22条",
        [m("investment-projects", 4, "exact", "4个"), m("investment-amount", 759000000, "exact", "7.59亿元"),
         m("investment-leads", 19, "exact", "19条"), m("suggestions", 22, "exact", "22条")], "xs-2024", "investment-enterprise",
        note="截至目前; 招商引资立新功、争做“招商大使”; " + REPORT_DATE_NOTE),
    act("xs-urban", AS_OF, "visit", "130609", "各级代表走访群众900余人次，提出意见建议26条",
        [m("residents-visited", 900, "moreThan", "900余人次"), m("suggestions", 26, "exact", "26条")], "xs-2024", "urban-renewal",
        note="城市建设; " + REPORT_DATE_NOTE),
    act("xs-rural", AS_OF, "stationActivity", "130609", "乡级人大代表家站组织开展活动60余次，代表提出意见建议70多条",
        [m("station-activities", 60, "moreThan", "60余次"), m("suggestions", 70, "moreThan", "70多条")], "xs-2024", "rural-revitalisation",
        note="截至目前; " + REPORT_DATE_NOTE),
    act("xs-grassroots", AS_OF, "suggestions", "130609", "服务基层微治理方面提出意见建议50余条",
        [m("suggestions", 50, "moreThan", "50余条")], "xs-2024", "grassroots-governance", note="截至目前; " + REPORT_DATE_NOTE),
    act("xs-supervision", AS_OF, "supervision", "130609",
        "结合实践活动召开座谈会4次，听取相关重点部门工作落实情况汇报4次，实地检查政府重点点位9个，发现问题19条，提出意见建议19条",
        [m("forums", 4, "exact", "4次"), m("reports-heard", 4, "exact", "4次"), m("sites-inspected", 9, "exact", "9个"),
         m("problems-found", 19, "exact", "19条"), m("suggestions", 19, "exact", "19条")], "xs-2024",
        note="“3+1”联动监督、专项监督 combined with the campaign, no single theme; " + REPORT_DATE_NOTE),
    act("mc-funds", "2023-12-31", "funding", "130607", "围绕生活用纸和电力电气两大传统产业，投入资金10万余元，建成满城电力电气行业代表之家和满城生活用纸行业代表之家",
        [m("funds-invested", 100000, "moreThan", "10万余元")], invented=False,
        note="the money built two homes together (mc-home-power, mc-home-paper), so it is not split between them; the date is invented: "
             "the seed implies only that both existed before this year's 食品 home"),
]

provenance = {
    "title": "保定市满城区、清苑区、徐水区 实践活动暨代表家站建设情况（据三区人大常委会汇报）",
    "asOf": AS_OF,
    "sources": [{"id": SEED, "title": "满城区、清苑区、徐水区人大常委会关于实践活动暨人大代表家站建设工作开展情况的汇报",
                 "location": "shared/seed/baoding-district-reports.zh.txt"}],
    "notes": [
        "Year: the reports state no year. 2024 is inferred: 清苑 tells 2022 as past and 'this year' after it, and 清苑's theme "
        "'发展新质生产力' is the 2024 wording; so 4月10日 is 2024-04-10, 4月16日 is 2024-04-16 and 截至9月底 is 2024-09-30. "
        "Figures written 截至目前 or 今年以来 are dated 2024-09-30 too (the report date is not stated).",
        "Deputies: the seed gives only counts for 满城 (provincial 1 stationed, municipal 21 stationed, district 209, township 802). "
        "They are 1033 generated persons (generated: true), one mandate each; the seed does not say how many hold two mandates. "
        "Their ids, electoral districts, terms and the split of the 802 over the 12 乡镇 are invented. 清苑 and 徐水 give no deputy counts.",
        "Divisions: 河北省 130000, 保定市 130600, 满城区 130607, 清苑区 130608, 徐水区 130609 are real GB/T 2260 codes. "
        "Township names come from public division lists and their 9-digit codes are recalled, not verified: each is marked invented.",
        "Homes and stations: the counts are the seed's; names and places the seed does not give are invented and marked.",
        "Assignments (进家入站) and individual suggestions are not in the seed and are left empty.",
        "Campaign periods and the city's wording of its four themes are not in the seed; see each campaign's note.",
    ],
}

dataset = {"formatVersion": "1.0", "provenance": provenance, "divisions": divisions, "congresses": congresses,
           "deputies": deputies, "stations": stations, "profiles": profiles, "adoptions": adoptions, "evidence": evidence,
           "assignments": [], "campaigns": campaigns, "activities": activities, "suggestions": []}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "baoding.json")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    json.dump(dataset, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(out, len(deputies), "deputies", len(stations), "stations", len(activities), "activities")
