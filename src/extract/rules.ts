/**
 * The extraction rules, in the order the pipeline applies them, one table per stage:
 *
 *   lines → sections → table rows | sentences → candidates → name → classify → reject → merge
 *
 * Every rule has an id, what it says, and an example it decides. Every proposed item records
 * the ids of the rules that made it (`rules`), every number left records the rule that left it
 * (`rejected`); `extract FILE --explain` prints both. tests/unit/extract/ruleExamples.test.ts runs
 * each example and checks that its rule decided it, so a rule without a working example fails.
 * The words of the word rules (comparators, kinds) are in lexicon.ts, tagged with these ids.
 */
import type { ExtractedIndicator } from "./types";

export type Stage =
  "period" | "sections" | "table" | "time" | "candidates" | "name" | "classify" | "reject" | "merge";

export interface Rule {
  id: string;
  stage: Stage;
  /** What the rule decides, in one line. */
  says: string;
  /** A text the rule decides (lines separated by \n). */
  example: string;
  /**
   * The item it proposes (fields checked), the number it leaves (as written, e.g. "3日"), or the
   * plan's period it sets.
   */
  expect:
    | { take: Partial<ExtractedIndicator> }
    | { reject: string }
    | { period: { baseYear: number | null; targetYear: number | null } };
}

const TITLE = "某市2025年市场监管工作要点\n";

export const RULES = [
  // ── period: the plan's base and target years when the title gives none ──────────────────────
  {
    id: "period.report-date",
    stage: "period",
    says: "a work report without a year in its title sets the targets of the year of its speech's date line; the five-year periods it names frame the review",
    example:
      "政府工作报告\n——2026年1月8日在某镇第十八届人民代表大会第六次会议上\n一、2025年工作回顾\n2025年是“十四五”规划收官之年。全镇实现地区生产总值48.6亿元。\n二、2026年主要预期目标\n地区生产总值增长6%左右。",
    expect: { period: { baseYear: 2025, targetYear: 2026 } },
  },
  // ── sections: which parts of a document state the past ─────────────────────────────────────
  {
    id: "section.past",
    stage: "sections",
    says: "a section headed 发展基础/现状/成效/回顾/工作情况 states past figures (historic)",
    example: `${TITLE}一、发展基础\n全市专利申请量达到3000件。`,
    expect: { take: { name: "专利申请量", value: 3000, historic: true } },
  },
  {
    id: "section.report",
    stage: "sections",
    says: "a document titled as a report (…工作总结, …通报) is past until it looks ahead",
    example: "某县2024年市场监管工作总结\n全县抽检食品3000批次。",
    expect: { take: { value: 3000, unit: "批次", historic: true } },
  },
  {
    id: "sections.plan-ahead",
    stage: "sections",
    says: "in a plan of the year (…工作要点, …实施方案) every section not headed as past looks ahead",
    example: "蒲川市2025年商务工作要点\n一、稳定外贸规模\n外贸进出口总额增长8%;上半年完成全年目标的48%。",
    expect: { take: { name: "外贸进出口总额全年目标完成比例", value: 0.48, quarter: 2 } },
  },
  // ── table rows ──────────────────────────────────────────────────────────────────────────────
  {
    id: "sections.schedule-stage",
    stage: "sections",
    says: "under a section that looks ahead, a heading that is only a part of the year (第一季度) is a stage of the schedule, not a report",
    example: `某县2025年国土绿化工作实施方案\n四、进度安排\n(一)第一季度。落实造林地块,一季度末前完成人工造林1.5万亩。`,
    expect: { take: { value: 1.5, unit: "万亩", quarter: 1, historic: undefined } },
  },
  {
    id: "sections.target-topic",
    stage: "sections",
    says: "under a heading of targets, a sub-heading named by a past-section word (应对成效) is a topic of targets",
    example: `某市2025年海外知识产权纠纷应对指导工作方案\n二、工作目标\n(二)应对成效。指导企业应对海外知识产权纠纷案件40件以上。`,
    expect: { take: { value: 40, historic: undefined } },
  },
  {
    id: "table.target",
    stage: "table",
    says: "in an indicator table the 目标 column (or the latest year) is the target",
    example: "指标\t2020年\t2025年\n森林覆盖率(%)\t40\t42",
    expect: { take: { name: "森林覆盖率", value: 0.42, unit: "%" } },
  },
  {
    id: "table.base",
    stage: "table",
    says: "a 基期/现状 column, or a year up to the plan's base year, is a past figure, never a target",
    example: "某省“十四五”生态环境保护规划\n指标\t2020年\t2025年\n森林覆盖率(%)\t40\t42",
    expect: { take: { name: "森林覆盖率", value: 0.4, historic: true } },
  },
  {
    id: "table.about-cell",
    stage: "table",
    says: "a cell written N左右 is about N: comparator = and approximate, as 左右 in prose",
    example: "指标\t单位\t2025年\t2030年\n职工医保住院费用基金支付比例\t%\t85.3\t85左右",
    expect: { take: { value: 0.85, comparator: "=", approximate: true } },
  },
  {
    id: "table.milestone",
    stage: "table",
    says: "a year column between base and target is a milestone of the row, due that year",
    example:
      "某县知识产权发展规划(2021-2025年)\n指标 | 2020年 | 2023年 | 2025年\n专利申请量(件) | 800 | 1000 | 1200",
    expect: { take: { name: "专利申请量", value: 1000, targetYear: 2023 } },
  },
  {
    id: "table.reached-column",
    stage: "table",
    says: "under a heading of progress (主要指标完成情况), a year column between base and target holds values reached",
    example: `某省“十四五”规划中期评估报告\n一、主要指标完成情况\n指标\t2020年\t2023年\t2025年目标\nPCT国际专利申请量(件)\t1650\t2470\t3000`,
    expect: { take: { value: 2470, historic: true } },
  },
  {
    id: "table.row-deadline",
    stage: "table",
    says: "a task-table row's deadline cell (2024年底前) inside the plan's period dates the row's targets",
    example:
      "某县养老服务体系建设行动方案(2024—2026年)\n序号 | 重点任务 | 具体目标 | 牵头单位 | 完成时限\n1 | 社区养老 | 新建社区养老服务站10个 | 县民政局 | 2024年底前",
    expect: { take: { value: 10, targetYear: 2024 } },
  },
  {
    id: "table.cagr",
    stage: "table",
    says: "a 年均增长 column gives the row's annual growth (cagr)",
    example: "指标\t2020年\t2025年\t年均增长(%)\n地区生产总值(亿元)\t1000\t1400\t7",
    expect: { take: { name: "地区生产总值", kind: "cagr", value: 0.07 } },
  },
  {
    id: "table.restated",
    stage: "table",
    says: "an indicator table restating a target of the text states it a second time: the row's item is kept beside the sentence's",
    example:
      "到2030年,农资商品质量抽检合格率不低于98%。\n指标\t2025年\t2030年\n农资商品质量抽检合格率(%)\t97.6\t98",
    expect: {
      take: { name: "农资商品质量抽检合格率", value: 0.98, source: "农资商品质量抽检合格率(%) 97.6 98" },
    },
  },
  {
    id: "table.attribute",
    stage: "table",
    says: "a 属性 cell (约束性/预期性) says whether the target is binding",
    example: "指标\t2020年\t2025年\t属性\n单位GDP能耗降低(%)\t—\t13.5\t约束性",
    expect: { take: { binding: true } },
  },
  {
    id: "table.gap-row",
    stage: "table",
    says: "a row of “—” cells does not end the table; the rows after it are read",
    example: "指标\t2020年\t2025年\n新增指标\t—\t—\n城镇新增就业人数(万人)\t5\t6",
    expect: { take: { name: "城镇新增就业人数", value: 6, unit: "万人" } },
  },
  {
    id: "table.region",
    stage: "table",
    says: "a table of targets by region (县(区) | 指标(单位) …): every cell is that region's target",
    example: "县(区)\t地区生产总值增长(%)\t城镇新增就业(人)\n樾城区\t5.5\t12000",
    expect: { take: { name: "樾城区地区生产总值", kind: "growth", value: 0.055 } },
  },
  // ── time: past figures and milestones in prose ───────────────────────────────────────────────
  {
    id: "time.past-year",
    stage: "time",
    says: "a year at or before the plan's base year marks a past figure",
    example: `${TITLE}2023年,全市专利授权量达到2900件。`,
    expect: { take: { value: 2900, historic: true } },
  },
  {
    id: "time.report-sentence",
    stage: "time",
    says: "a sentence about a part of the year that has run (上半年, 1—9月) or a goal met reports the past",
    example: `某县2025年上半年工作情况\n1—6月,全县新增市场主体1500户。`,
    expect: { take: { value: 1500, historic: true } },
  },
  {
    id: "time.reference-level",
    stage: "time",
    says: "全国 before a level (全国和省级…, 全国重点…) names a class of the region's things, not the nation's figure",
    example: `${TITLE}二、主要目标\n全国和省级文物保护单位"四有"工作完成率达到100%。`,
    expect: { take: { name: "全国和省级文物保护单位四有工作完成率", value: 1 } },
  },
  {
    id: "time.reference",
    stage: "time",
    says: "national figures quoted for comparison are not the region's targets",
    example: "全国每万人口发明专利拥有量达到15.8件。",
    expect: { take: { value: 15.8, historic: true } },
  },
  {
    id: "time.from-base",
    stage: "time",
    says: "由2020年的N提高到M: N is the starting value",
    example: "每万人口发明专利拥有量由2020年的4.2件提高到8件。",
    expect: { take: { value: 4.2, historic: true } },
  },
  {
    id: "time.quarter",
    stage: "time",
    says: "a milestone due by a quarter keeps it (一季度末 1, 上半年 2, 前三季度 3, 年底 4)",
    example: `${TITLE}二、工作目标\n一季度末,全市新增市场主体完成1500户。`,
    expect: { take: { value: 1500, quarter: 1 } },
  },
  {
    id: "time.year-qualifier",
    stage: "time",
    says: "a year qualifying what is counted (2000年以前建成的小区) dates no figure",
    example: `${TITLE}二、主要目标\n开工改造城镇老旧小区150个,其中2000年以前建成的小区不少于120个。`,
    expect: { take: { value: 120, unit: "个", historic: undefined } },
  },
  {
    id: "time.work-year",
    stage: "time",
    says: "完成2025年度…: the year of the work's subject (a tax year) done in the plan year dates no figure",
    example: `${TITLE}二、主要目标\n一季度末前,完成2024年度企业所得税汇算清缴户数的60%。`,
    expect: { take: { value: 0.6, quarter: 1, historic: undefined } },
  },
  {
    id: "time.item-year",
    stage: "time",
    says: "a year right before a figure's verb is that figure's year (2025年达到4个、2026年达到4.5个)",
    example: `某区托育服务发展行动方案(2025—2027年)\n二、主要目标\n每千人口托位数达到5个,其中2025年达到4个、2026年达到4.5个。`,
    expect: { take: { value: 4, targetYear: 2025 } },
  },
  {
    id: "time.paragraph-year",
    stage: "time",
    says: "a framing year after figures of its paragraph (…。到2023年,…) frames the rest of that paragraph only",
    example: `某市“十四五”节能减排综合工作方案\n三、重点工程\n(三)公共机构节能。人均综合能耗下降6%。到2023年,市级机关全部建成节约型机关。节约型机关达到50家。\n(四)交通节能。新建公共充电桩5000个。`,
    expect: { take: { value: 50, targetYear: 2023 } },
  },
  {
    id: "time.phase-year",
    stage: "time",
    says: "a phase of a multi-year plan (2024年为启动实施阶段) frames the targets after it",
    example: `某市职业教育提质行动方案(2024—2026年)\n四、实施步骤\n(一)2024年为启动实施阶段。中等职业学校办学条件达标率达到85%。`,
    expect: { take: { value: 0.85, targetYear: 2024 } },
  },
  {
    id: "time.stage-heading",
    stage: "time",
    says: "a stage heading naming one year of the plan ((一)2024年。, 启动实施阶段(2024年)) frames its paragraph",
    example: `某市养老服务提升行动方案(2024—2026年)\n四、实施步骤\n(一)启动实施阶段(2024年)。新建社区养老服务站12个。\n(二)全面推进阶段(2025年)。新建社区养老服务站20个。`,
    expect: { take: { value: 12, targetYear: 2024 } },
  },
  {
    id: "time.stage-year",
    stage: "time",
    says: "a quarter without a year after a dated milestone (2025年一季度末前…;上半年…) keeps that year",
    example: `某市科技创新行动计划(2025—2027年)\n四、进度安排\n2025年一季度末前,入库企业达到500家;上半年,完成创新平台申报40项。`,
    expect: { take: { value: 40, targetYear: 2025, quarter: 2 } },
  },
  {
    id: "time.stage",
    stage: "time",
    says: "stages inside a sentence (一季度…,上半年…,前三季度…) each keep their own quarter",
    example: `${TITLE}二、主要目标\n一季度完成城镇新增就业1400人,上半年完成全年任务的55%以上,前三季度完成80%以上。`,
    expect: { take: { value: 0.8, quarter: 3 } },
  },
  // ── candidates: which numbers may be targets ─────────────────────────────────────────────────
  {
    id: "cand.subject",
    stage: "candidates",
    says: "a number with a unit after its subject and verbs (专利申请量达到500件)",
    example: "专利申请量达到500件。",
    expect: { take: { name: "专利申请量", value: 500, unit: "件" } },
  },
  {
    id: "cand.counted-object",
    stage: "candidates",
    says: "a counting verb takes its object after the number (培育10家优势企业)",
    example: "培育10家知识产权优势企业。",
    expect: { take: { name: "知识产权优势企业", value: 10, unit: "家" } },
  },
  {
    id: "cand.share",
    stage: "candidates",
    says: "N% of entities doing something is the share of them (30%的规上企业…)",
    example: "50%以上的规上工业企业建立知识产权管理制度。",
    expect: { take: { kind: "level", value: 0.5, unit: "%" } },
  },
  {
    id: "cand.counted-work",
    stage: "candidates",
    says: "完成全市N家X + work (排查, 培训 …), 为N名X提供服务: the number of things the work is done on",
    example: "一季度末前完成全市1.2万家生产经营单位风险隐患排查。",
    expect: { take: { name: "生产经营单位风险隐患排查", value: 1.2, unit: "万家" } },
  },
  {
    id: "cand.count-before-noun",
    stage: "candidates",
    says: "N个县…通过…: a count before its noun, named by the noun and the verb",
    example: "全市8个县(市、区)通过国家义务教育优质均衡发展督导评估。",
    expect: { take: { value: 8, unit: "个" } },
  },
  {
    id: "cand.count-where",
    stage: "candidates",
    says: "X在N个Y(试点)建成: the number of places where the subject is done",
    example: `${TITLE}二、主要目标\n智慧社区服务平台在8个街道试点建成。`,
    expect: { take: { value: 8, unit: "个" } },
  },
  {
    id: "cand.part-count",
    stage: "candidates",
    says: "after 其中, a Chinese numeral counting a part of the things just counted is a count (…项目8个,其中…的项目两个)",
    example: `${TITLE}二、主要目标\n培育农业品牌项目8个,其中产值超过1亿元的项目两个。`,
    expect: { take: { name: "产值超过1亿元的项目", value: 2, unit: "个" } },
  },
  {
    id: "cand.verb-in-subject",
    stage: "candidates",
    says: "a doing verb inside the subject (城区新建…, 组织…, 建设…) with a Chinese numeral after its object commits to the count",
    example: `${TITLE}二、主要目标\n城区新建应急避难场所两个,改造老旧场所8处。`,
    expect: { take: { value: 2, unit: "个" } },
  },
  {
    id: "cand.unit-prefix",
    stage: "candidates",
    says: "千/百 that starts a unit (1.05千克, 5千米) is no magnitude; the figure keeps its unit",
    example: "人均日生活垃圾清运量控制在1.05千克以内。",
    expect: { take: { value: 1.05, unit: "千克", comparator: "<=" } },
  },
  {
    id: "cand.rate-per",
    stage: "candidates",
    says: "a rate per 十万人口/亿元 written without a unit (火灾死亡率控制在0.25以下) is read bare",
    example: "十万人口火灾死亡率控制在0.25以下。",
    expect: { take: { name: "十万人口火灾死亡率", value: 0.25, unit: "", comparator: "<=" } },
  },
  {
    id: "cand.zero",
    stage: "candidates",
    says: "零的突破 is a level of at least 1",
    example: "PCT国际专利申请实现零的突破。",
    expect: { take: { kind: "level", value: 1 } },
  },
  {
    id: "cand.doubling",
    stage: "candidates",
    says: "翻番/倍增 without a number is a multiple of 2",
    example: "知识产权质押融资额实现翻番。",
    expect: { take: { kind: "multiple", value: 2 } },
  },
  // ── name: whose figure it is ─────────────────────────────────────────────────────────────────
  {
    id: "name.carried",
    stage: "name",
    says: "a clause without a subject takes the last one of the sentence",
    example: "发明专利申请量增长30%,数量不低于60件。",
    expect: { take: { name: "发明专利申请量", value: 60 } },
  },
  {
    id: "name.previous-sentence",
    stage: "name",
    says: "a sentence without a subject takes the one the previous sentence ended on",
    example: "加快建设县域医疗卫生次中心。到2025年,数量达到5个。",
    expect: { take: { name: "县域医疗卫生次中心", value: 5, unit: "个" } },
  },
  {
    id: "name.distributive",
    stage: "name",
    says: "A和B分别/均…: one target per subject, values paired in order",
    example: "专利申请量和授权量分别达到2万件和1.2万件。",
    expect: { take: { name: "专利授权量", value: 1.2, unit: "万件" } },
  },
  {
    id: "name.shared-multiple",
    stage: "name",
    says: "A和B…翻一番: two subjects share one change, two indicators",
    example: "农产品加工业产值和休闲农业营业收入翻一番。",
    expect: { take: { name: "休闲农业营业收入", kind: "multiple", value: 2 } },
  },
  {
    id: "name.goal-share",
    stage: "name",
    says: "完成/达到…目标(任务)的N%: the share of the goal, named <indicator><goal>完成比例",
    example: `${TITLE}二、主要目标\n上半年新增贷款达到全年目标的60%。`,
    expect: { take: { name: "新增贷款全年目标完成比例", value: 0.6, quarter: 2 } },
  },
  {
    id: "name.milestone",
    stage: "name",
    says: "a milestone's time alone (前三季度完成75%) names the indicator just stated",
    example: `${TITLE}二、主要目标\n上半年完成水利投资的50%,前三季度完成80%。`,
    expect: { take: { name: "水利投资完成比例", value: 0.8, quarter: 3 } },
  },
  {
    id: "name.carried-rate",
    stage: "name",
    says: "a carried subject that is a rate of growth (…增速 | ≥7%) gives a growth of the thing",
    example: "序号 | 考核指标 | 全县目标值 | 分值\n4 | 农村居民人均可支配收入增速 | ≥7% | 10",
    expect: { take: { name: "农村居民人均可支配收入", kind: "growth", value: 0.07 } },
  },
  {
    id: "name.period-measure",
    stage: "name",
    says: "a period and a bare measure (年均投资) take the indicator just stated with that measure",
    example: `${TITLE}二、主要目标\n三年完成交通固定资产投资600亿元以上,年均投资不低于200亿元。`,
    expect: { take: { name: "年均交通固定资产投资", value: 200 } },
  },
  {
    id: "name.rate-subject",
    stage: "name",
    says: "a subject that is a rate of change (居民消费价格涨幅3%左右, …增速) gives a growth of the thing",
    example: `${TITLE}二、主要目标\n居民消费价格涨幅3%左右。`,
    expect: { take: { name: "居民消费价格", kind: "growth", value: 0.03 } },
  },
  {
    id: "name.qualified-subject",
    stage: "name",
    says: "a name whose only number qualifies it (收入10万元以上村占比) names the next clause",
    example: "序号 | 考核指标 | 全县目标值 | 分值\n7 | 集体经济经营性收入10万元以上村占比 | ≥65% | 8",
    expect: { take: { name: "集体经济经营性收入10万元以上村占比", value: 0.65 } },
  },
  {
    id: "name.scope-total",
    stage: "name",
    says: "a scope alone (全市累计) names the total of the things just counted",
    example: "新培育示范企业15家,全市累计达到40家。",
    expect: { take: { name: "示范企业", value: 40 } },
  },
  {
    id: "name.level-ellipsis",
    stage: "name",
    says: "another level of government with the last word of the name just stated (市级…标准化梳理;区级梳理) takes its middle",
    example: `${TITLE}二、主要目标\n一季度末前,完成市级政务服务事项标准化梳理1800项;上半年,完成区级梳理4500项。`,
    expect: { take: { name: "区级政务服务事项标准化梳理", value: 4500 } },
  },
  {
    id: "name.parts",
    stage: "name",
    says: "after 其中, an object takes the parent's measure (其中发明专利 → 发明专利申请量)",
    example: "专利申请量达到5000件,其中发明专利1500件。",
    expect: { take: { name: "发明专利申请量", value: 1500 } },
  },
  {
    id: "name.parts-modifier",
    stage: "name",
    says: "after 其中, bare modifiers listed with 分别 and the total's verb each qualify the total (其中工业、服务业分别新增…)",
    example: `${TITLE}二、主要目标\n名录库单位新增入库不少于600家,其中工业、服务业分别新增180家和260家。`,
    expect: { take: { name: "工业名录库单位新增入库", value: 180 } },
  },
  {
    id: "name.measure-in-name",
    stage: "name",
    says: "a time or size right before a rate's name is part of the name (快递服务72小时准时率), not a count",
    example: `${TITLE}二、主要目标\n快递服务72小时准时率达到85%以上。`,
    expect: { reject: "72小时" },
  },
  // ── classify: kind and direction ─────────────────────────────────────────────────────────────
  {
    id: "cmp.at-least",
    stage: "classify",
    says: "不低于/不少于/达到/至少/实现 → ≥",
    example: "专利申请量不低于500件。",
    expect: { take: { comparator: ">=" } },
  },
  {
    id: "cmp.more-than",
    stage: "classify",
    says: "超过/高于/大于 → >",
    example: "专利申请量超过500件。",
    expect: { take: { comparator: ">" } },
  },
  {
    id: "cmp.breakthrough",
    stage: "classify",
    says: "突破 → ≥, marked ambiguous (≥ or >, the user chooses)",
    example: "专利申请量突破500件。",
    expect: { take: { comparator: ">=", ambiguous: true } },
  },
  {
    id: "cmp.ceiling",
    stage: "classify",
    says: "不超过/控制在/不高于 → ≤, lower is better",
    example: "PM2.5平均浓度控制在35微克/立方米。",
    expect: { take: { comparator: "<=", lowerIsBetter: true, unit: "微克/立方米" } },
  },
  {
    id: "cmp.finer",
    stage: "classify",
    says: "优于/达到 a length for a resolution or precision (分辨率优于0.5米): a finer one is smaller, ≤",
    example: "卫星遥感影像分辨率优于0.5米。",
    expect: { take: { comparator: "<=", lowerIsBetter: true, unit: "米" } },
  },
  {
    id: "cmp.below",
    stage: "classify",
    says: "低于/少于 → <, lower is better",
    example: "婴儿死亡率低于5‰。",
    expect: { take: { comparator: "<", value: 0.005, unit: "‰" } },
  },
  {
    id: "cmp.symbol",
    stage: "classify",
    says: "≥ ≤ > < before the number (a cell “≥95%”) are comparators",
    example: "序号 | 考核指标 | 全县目标值 | 分值\n1 | 农村卫生厕所普及率 | ≥95% | 6",
    expect: { take: { name: "农村卫生厕所普及率", comparator: ">=", value: 0.95 } },
  },
  {
    id: "cmp.shortfall",
    stage: "classify",
    says: "不足/不到 states a shortfall: <",
    example: "专利转化率不足10%。",
    expect: { take: { comparator: "<" } },
  },
  {
    id: "cmp.to-level",
    stage: "classify",
    says: "提高到/增加至/保持在 + a figure is a level, not a growth",
    example: "森林覆盖率提高到42%。",
    expect: { take: { kind: "level", value: 0.42 } },
  },
  {
    id: "cmp.down-to-level",
    stage: "classify",
    says: "降至/缩短至/压缩至 + a figure is a level to stay under",
    example: "企业开办时间压缩至1个工作日。",
    expect: { take: { kind: "level", comparator: "<=" } },
  },
  {
    id: "cmp.keep",
    stage: "classify",
    says: "保持/稳定在/维持在 → ≥ (保持100%)",
    example: "食品抽检合格率保持在98%。",
    expect: { take: { comparator: ">=", value: 0.98 } },
  },
  {
    id: "cmp.suffix-above",
    stage: "classify",
    says: "以上/及以上 after the number → ≥",
    example: "专利申请量500件以上。",
    expect: { take: { comparator: ">=" } },
  },
  {
    id: "cmp.suffix-within",
    stage: "classify",
    says: "以内/以下 after the number → ≤, lower is better; a shared 分别控制在…以下 too",
    example: "PM2.5和PM10平均浓度分别控制在35微克/立方米和60微克/立方米以下。",
    expect: { take: { name: "PM10平均浓度", comparator: "<=", value: 60 } },
  },
  {
    id: "cmp.about",
    stage: "classify",
    says: "左右 → =, approximate",
    example: "城镇调查失业率5.5%左右。",
    expect: { take: { comparator: "=", approximate: true } },
  },
  {
    id: "cmp.about-before",
    stage: "classify",
    says: "约/大约 before the figure → =, approximate, as 左右 after it",
    example: "上云企业数量达到1.5万家,其中深度用云企业约2000家。",
    expect: { take: { value: 2000, comparator: "=", approximate: true } },
  },
  {
    id: "cmp.approximate",
    stage: "classify",
    says: "近/接近 mark the figure approximate",
    example: "专利申请量达到近500件。",
    expect: { take: { approximate: true } },
  },
  {
    id: "cmp.aspiration",
    stage: "classify",
    says: "力争/争取/努力 mark an aspiration",
    example: "力争专利申请量达到500件。",
    expect: { take: { aspirational: true } },
  },
  {
    id: "kind.growth",
    stage: "classify",
    says: "增长/提高 + % → growth over the period",
    example: "专利申请量增长30%。",
    expect: { take: { kind: "growth", value: 0.3 } },
  },
  {
    id: "kind.fall",
    stage: "classify",
    says: "下降/降低/减少 + % → a fall: positive value, decrease, lower is better",
    example: "单位地区生产总值能耗下降13.5%。",
    expect: { take: { kind: "growth", value: 0.135, decrease: true, comparator: ">=" } },
  },
  {
    id: "kind.cagr",
    stage: "classify",
    says: "年均增长 + % → annual average growth (geometric)",
    example: "数字经济核心产业增加值年均增长12%。",
    expect: { take: { kind: "cagr", value: 0.12 } },
  },
  {
    id: "kind.cagr-fall",
    stage: "classify",
    says: "年均下降 + % → an annual fall",
    example: "万元工业增加值用水量年均下降3%。",
    expect: { take: { kind: "cagr", value: 0.03, decrease: true } },
  },
  {
    id: "kind.multiple",
    stage: "classify",
    says: "增长N倍 → N+1 times the base; 是…的N倍 → N",
    example: "技术合同成交额增长两倍。",
    expect: { take: { kind: "multiple", value: 3 } },
  },
  {
    id: "kind.double",
    stage: "classify",
    says: "翻一番 → ×2, 翻两番 → ×4",
    example: "知识产权质押融资额翻两番。",
    expect: { take: { kind: "multiple", value: 4 } },
  },
  {
    id: "kind.increment",
    stage: "classify",
    says: "提高/降低N个百分点 → the change of the rate (N/100 个百分点), falls keep decrease",
    example: "农村自来水普及率提高5个百分点。",
    expect: { take: { kind: "increment", value: 0.05, unit: "个百分点" } },
  },
  {
    id: "kind.fall-about",
    stage: "classify",
    says: "a fall of about a figure (能耗下降2.5%左右) is that fall, = and approximate, not a floor",
    example: `${TITLE}二、主要目标\n单位地区生产总值能耗下降2.5%左右。`,
    expect: { take: { kind: "growth", comparator: "=", value: 0.025, decrease: true, approximate: true } },
  },
  {
    id: "kind.level-points",
    stage: "classify",
    says: "the rise in points since the base year (提高到40%,比2025年提高10个百分点) is kept beside the level it leads to",
    example: `${TITLE}二、主要目标\n大数据审计项目占比提高到40%,比2025年提高10个百分点。`,
    expect: { take: { name: "大数据审计项目占比", kind: "increment", value: 0.1, unit: "个百分点" } },
  },
  {
    id: "kind.yearly-points",
    stage: "classify",
    says: "a yearly pace in points (达到2.8%,年均提高0.14个百分点) is kept beside the level it leads to",
    example: `${TITLE}二、主要目标\n全社会研发经费投入强度达到2.8%,年均提高0.14个百分点。`,
    expect: { take: { kind: "increment", value: 0.0014 } },
  },
  {
    id: "kind.count-increment",
    stage: "classify",
    says: "增加500件 without a level → an increment of the count (<name>增量)",
    example: "专利申请量增加500件。",
    expect: { take: { name: "专利申请量增量", value: 500 } },
  },
  {
    id: "kind.binding",
    stage: "classify",
    says: "约束性/预期性 in the sentence say whether the target is binding",
    example: "耕地保有量不低于50万亩(约束性)。",
    expect: { take: { binding: true } },
  },
  // ── reject: numbers that are not targets ─────────────────────────────────────────────────────
  {
    id: "reject.no-subject",
    stage: "reject",
    says: "a figure whose subject cannot be found in the clause, the sentence or the one before",
    example: "达到500件。",
    expect: { reject: "500件" },
  },
  {
    id: "reject.restated",
    stage: "reject",
    says: "a number in brackets after another restates or qualifies it (5家以上(含5家))",
    example: "培育示范企业5家以上(含5家)。",
    expect: { reject: "5家" },
  },
  {
    id: "reject.deadline",
    stage: "reject",
    says: "a procedure's deadline (3日内移送) or period (公示期10个工作日) is a rule, not a target",
    example: "收到举报后3日内移送。",
    expect: { reject: "3日" },
  },
  {
    id: "reject.policy",
    stage: "reject",
    says: "payments, caps, ratios of a cost, budgets, definitions and conditions are policy figures",
    example: "对新授权发明专利每件资助3000元。",
    expect: { reject: "3000元" },
  },
  {
    id: "reject.in-principle",
    stage: "reject",
    says: "原则上 before the comparator states a norm for each case (发布时间原则上不超过10分钟)",
    example: "气象灾害预警信息发布时间原则上不超过10分钟。",
    expect: { reject: "10分钟" },
  },
  {
    id: "reject.rate-of-base",
    stage: "reject",
    says: "a bound or deduction as a share of a base (不高于…平均收费水平的80%, 扣减…经费的5%) is a rule",
    example: "普惠托育服务收费不高于当地同类托育机构平均收费水平的80%。",
    expect: { reject: "80%" },
  },
  {
    id: "reject.budget-sentence",
    stage: "reject",
    says: "money in a sentence about the treasury setting funds aside (市财政设立…基金,规模50亿元) is a budget",
    example: "市财政设立新能源产业发展基金,规模50亿元。",
    expect: { reject: "50亿元" },
  },
  {
    id: "reject.qualifier",
    stage: "reject",
    says: "a threshold inside a noun phrase (注册资本500万元以上企业) qualifies the name",
    example: "注册资本500万元以上企业专利申请覆盖率达到50%。",
    expect: { reject: "500万元" },
  },
  {
    id: "reject.threshold-object",
    stage: "reject",
    says: "a rate before the entities it selects (市场占有率30%以上的企业) is a threshold",
    example: "市场占有率30%以上的企业达到20家。",
    expect: { reject: "30%" },
  },
  {
    id: "reject.not-counted",
    stage: "reject",
    says: "a number followed by a noun without a counting verb names a thing (3个市场), no target",
    example: "统筹两个市场3个平台建设。",
    expect: { reject: "3个" },
  },
  {
    id: "reject.wording",
    stage: "reject",
    says: "a Chinese numeral without a comparator or counting verb is wording (三大产业)",
    example: "形成产业集群两个。",
    expect: { reject: "两个" },
  },
  {
    id: "reject.frequency-norm",
    stage: "reject",
    says: "how often or how long each one acts (每季度巡河不少于1次, 每天…不低于2小时) is a norm of conduct",
    example: `${TITLE}二、主要目标\n县级河湖长每月巡河不少于1次,河湖水质优良比例达到90%。`,
    expect: { reject: "1次" },
  },
  {
    id: "reject.yearly-routine",
    stage: "reject",
    says: "once a year (装置每年检测1次, 每年至少开展1次测评) is the routine of each one, not a count the region reaches",
    example: `${TITLE}二、主要目标\n全市防雷装置每年检测1次,防雷装置检测覆盖率达到95%。`,
    expect: { reject: "1次" },
  },
  {
    id: "reject.provision-standard",
    stage: "reject",
    says: "a standard things are built to (按人均建筑面积不低于0.1平方米的标准配建) is a norm",
    example: `${TITLE}二、主要目标\n新建小区按室内人均建筑面积不低于0.1平方米的标准配建健身设施。`,
    expect: { reject: "0.1平方米" },
  },
  {
    id: "reject.obligation",
    stage: "reject",
    says: "what each thing must measure (苗木胸径须在8厘米以上) is a requirement, not a target",
    example: `${TITLE}二、主要目标\n道路绿化苗木冠幅须在2米以上,造林成活率达到85%以上。`,
    expect: { reject: "2米" },
  },
  {
    id: "reject.fund-allocation",
    stage: "reject",
    says: "how a fund is allocated (公益金55%以上用于…, 其中用于产业发展的比例不低于60%) is a policy",
    example: `${TITLE}二、主要目标\n福利彩票公益金55%以上用于支持养老服务。`,
    expect: { reject: "55%" },
  },
  {
    id: "reject.project-phase",
    stage: "reject",
    says: "a phase of a project written in Chinese numerals (建成…高速公路一期, 二期工程) counts nothing",
    example: `${TITLE}二、主要目标\n建成澄溪高速公路一期,新改建农村公路500公里。`,
    expect: { reject: "一期" },
  },
  {
    id: "reject.standard-limit",
    stage: "reject",
    says: "the limit of a standard (二级标准…年均浓度限值为35微克/立方米) is a reference, not a target",
    example: `${TITLE}二、主要目标\n对照国家二级标准,PM2.5年均浓度限值为35微克/立方米。`,
    expect: { reject: "35微克/立方米" },
  },
  {
    id: "reject.forecast",
    stage: "reject",
    says: "a forecast (预计…将达到, 按当前增速测算…仅能达到) says what will happen, not what the plan commits to",
    example: `${TITLE}二、主要目标\n预计到2025年,全县60周岁以上老年人口将达到13.5万人。`,
    expect: { reject: "13.5万人" },
  },
  {
    id: "reject.scope-note",
    stage: "reject",
    says: "the size of a scope noted in parentheses (…项目(共12项)全部划转) is no target",
    example: `${TITLE}二、主要目标\n行政事业性收费项目(共12项)全部纳入电子缴费。`,
    expect: { reject: "12项" },
  },
  {
    id: "reject.scope-all",
    stage: "reject",
    says: "N个Y全部…,其中M个…: all of a scope, whose part is counted next, is the scope of that count, no target",
    example: `${TITLE}二、主要目标\n全市9个县(区)全部建成区域性养老服务中心,其中5个县(区)通过省级评估。`,
    expect: { reject: "9个" },
  },
  {
    id: "reject.article-one",
    stage: "reject",
    says: "一 in front of its noun without a comparator (建设一支…队伍, 开展一次评估) is an article, not a count",
    example: `${TITLE}二、主要目标\n建设一支规模适度、结构合理的知识产权人才队伍。`,
    expect: { reject: "一支" },
  },
  {
    id: "reject.per-unit",
    stage: "reject",
    says: "per-unit standards (生均, 每千人, 每亩, 每个网点配备) are norms, not the region's targets",
    example: "每个村卫生室配备2名乡村医生。",
    expect: { reject: "2名" },
  },
  {
    id: "reject.name-numeral",
    stage: "reject",
    says: "numerals inside names of programmes (“15分钟健身圈”, “1+N”) are names",
    example: "全面建成“15分钟健身圈”。",
    expect: { reject: "15分钟" },
  },
  {
    id: "reject.assessment",
    stage: "reject",
    says: "weights and grades of an assessment (分值, 权重) are not targets",
    example: "考核分值占5%。",
    expect: { reject: "5%" },
  },
  {
    id: "reject.points-comparison",
    stage: "reject",
    says: "points without a word of change (低于序时进度3个百分点) are a comparison",
    example: "进度低于序时进度3个百分点。",
    expect: { reject: "3个百分点" },
  },
  {
    id: "reject.document-count",
    stage: "reject",
    says: "counts of documents (出台政策文件6个) are not targets",
    example: "出台政策文件6个。",
    expect: { reject: "6个" },
  },
  {
    id: "reject.share-rule",
    stage: "reject",
    says: "how a sum is shared (科研人员所得比例不低于70%) is a rule",
    example: "科研人员所得比例不低于70%。",
    expect: { reject: "70%" },
  },
  {
    id: "reject.generic",
    stage: "reject",
    says: "a summary that names no indicator (主要指标实现倍增)",
    example: "主要指标实现倍增。",
    expect: { reject: "倍增" },
  },
  {
    id: "reject.level-given",
    stage: "reject",
    says: "an increase of a count next to the level it leads to (达到7.5件,提高2.3件) is not a second target",
    example: "每万人口发明专利拥有量达到7.5件,较2020年提高2.3件。",
    expect: { reject: "2.3件" },
  },
  // ── merge: one item per constraint ───────────────────────────────────────────────────────────
  {
    id: "merge.repeated-sentence",
    stage: "merge",
    says: "a sentence repeated later (a target restated under 主要措施) is read once",
    example: "专利申请量达到500件。\n专利申请量达到500件。",
    expect: { reject: "500件" },
  },
  {
    id: "merge.same-constraint",
    stage: "merge",
    says: "the same constraint with a very similar name is reported once",
    example: "全市专利申请量达到500件。\n专利申请量达到500件以上。",
    expect: { reject: "500件" },
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]["id"];

const BY_ID = new Map<string, Rule>(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
