/**
 * The bulletin's wording, Chinese and English side by side (placeholders in {braces}). The
 * Chinese follows how 通报 are written: "高于序时进度3.2个百分点", lists joined with "、", no
 * space between a number and its unit.
 */
import type { Lang } from "../core/errors";

const ZH = {
  title: "关于{year}年第{quarter}季度{work}进展情况的通报",
  titleHead: "关于{year}年第{quarter}季度{work}",
  quarter: ["一", "二", "三", "四"],
  eachRegion: "各县(市)区",
  addressees: "{list}:",
  addresseeGeneric: "各县(市)区:",
  issuerPlaceholder: "(发文机关)",
  opening:
    "为推动《{plan}》各项目标任务落实,根据对各县(市)区重要指标工作进展情况实行季度通报的要求,现将截至{asOf}各县(市)区{n}项指标完成情况通报如下。",
  h1: "一、总体情况",
  h2: "二、各县(市)区进展情况",
  h3: "三、下一步工作要求",
  subHeading: "({n})",
  intro: "截至{asOf},序时进度为{tp}。应报送数据的县(市)区{n}个,已报送{k}个。",
  introMissing: "{list}未报送。",
  introRejected: "{list}报送的表格未通过审核({why})。",
  rejectedWhy: "{region}:{why}",
  introNotRanked: "以上县(市)区均未参与排名。",
  overall: "{name}:全市累计完成{actual},",
  overallPartial: "{name}:已报送的县(市)区累计完成{actual},",
  overallCompletion: "完成年度目标{target}的{completion},{gap}。",
  overallNoTarget: "年度目标未设定。",
  overallNoData: "{name}:尚无报送数据。",
  overallRate:
    "{name}:目标为{target},按全年目标衡量;填报该指标的{n}个县(市)区中,{met}个达到目标,{notMet}个未达到。",
  noTarget: "未设定",
  gapAbove: "高于序时进度{p}个百分点",
  gapBelow: "低于序时进度{p}个百分点",
  gapEven: "与序时进度持平",
  rankOrder: "按完成率排名,依次为{list}。",
  rankOrderLower: "按完成率排名(该指标越低越好,完成率 = 目标 ÷ 实际),依次为{list}。",
  rankItem: "{region}({c})",
  sep: "、",
  tieSep: ";",
  ties: "其中{list}。",
  tieItem: "{list}并列第{rank}位",
  aheadTime: "{list}共{n}个县(市)区达到或超过序时进度;",
  behindTime: "{list}共{n}个县(市)区低于序时进度,其中{worst}差距最大,低于序时进度{p}个百分点。",
  noneBehindTime: "报送的县(市)区均达到序时进度。",
  aheadTarget: "{list}共{n}个县(市)区达到目标;",
  behindTarget: "{list}共{n}个县(市)区未达到目标。",
  noneBehindTarget: "报送的县(市)区均达到目标。",
  judgedByTarget: "该指标按全年目标衡量,不比较序时进度。",
  noneRanked: "{name}暂无可排名的数据。",
  notFilledList: "{list}未填报该指标,未参与排名。",
  missingList: "{list}未报送",
  rejectedList: "{list}报送的表格未通过审核",
  notRanked: "{who},未参与排名。",
  missing: "未报送",
  rejected: "未通过审核",
  notFilled: "未填报",
  totalRow: "全市",
  tableCaption: "表{n} 各县(市)区{name}完成情况(单位:{unit})",
  tableCaptionNoUnit: "表{n} 各县(市)区{name}完成情况",
  tableHeader: ["县(市)区", "目标", "累计完成", "完成率", "与序时进度差(个百分点)", "排名", "状态"],
  tableNoteTarget: "注:该指标按全年目标衡量,不比较序时进度。",
  chartCaption: "图{n} 各县(市)区{name}完成率与序时进度",
  chartCaptionTarget: "图{n} 各县(市)区{name}完成率(按全年目标)",
  timeProgress: "序时进度",
  wholeTarget: "全年目标 100%",
  completion: "完成率(%)",
  reqOpening:
    "各县(市)区要对照年度目标任务和序时进度,认真分析本地区指标进展情况,查找差距,采取有力措施,确保完成全年目标任务。",
  reqFarBehind: "{list}有指标严重滞后,要认真分析原因,制定整改措施,加快工作进度。",
  reqReport: "{list}要按要求及时、准确报送季度数据。",
  reqClosing: "下一季度通报将重点关注各县(市)区整改落实情况。",
};

type Wording = { [K in keyof typeof ZH]: (typeof ZH)[K] extends string ? string : readonly string[] };

const EN: Wording = {
  title: "Bulletin on the progress of {work} in Q{quarter} {year}",
  titleHead: "Bulletin on the progress of {work}",
  quarter: ["1", "2", "3", "4"],
  eachRegion: "All regions",
  addressees: "To: {list}",
  addresseeGeneric: "To: all regions",
  issuerPlaceholder: "(issuing office)",
  opening:
    "To carry out '{plan}', and as it requires a quarterly bulletin on the regions' key indicators, this bulletin reports the regions' progress on {n} indicators as of {asOf}.",
  h1: "1. Overview",
  h2: "2. Progress by region",
  h3: "3. Requirements",
  subHeading: "({n}) ",
  intro: "As of {asOf}, the time progress is {tp}. {k} of {n} regions reported.",
  introMissing: " Not reported: {list}.",
  introRejected: " Forms rejected: {list} ({why}).",
  rejectedWhy: "{region}: {why}",
  introNotRanked: " These regions are not ranked.",
  overall: "{name}: the whole city achieved {actual}, ",
  overallPartial: "{name}: the reporting regions achieved {actual}, ",
  overallCompletion: "{completion} of the annual target of {target}, {gap}.",
  overallNoTarget: "no annual target set.",
  overallNoData: "{name}: no data reported yet.",
  overallRate:
    "{name}: target {target}, judged against the whole target; of the {n} regions reporting it, {met} meet the target and {notMet} do not.",
  noTarget: "not set",
  gapAbove: "{p} percentage points ahead of time progress",
  gapBelow: "{p} percentage points behind time progress",
  gapEven: "level with time progress",
  rankOrder: "Ranked by completion: {list}.",
  rankOrderLower:
    "Ranked by completion (lower is better for this indicator; completion = target ÷ actual): {list}.",
  rankItem: "{region} ({c})",
  sep: ", ",
  tieSep: "; ",
  ties: " Tied: {list}.",
  tieItem: "{list} share rank {rank}",
  aheadTime: " At or ahead of time progress ({n}): {list}.",
  behindTime: " Behind time progress ({n}): {list}; furthest behind is {worst}, {p} percentage points.",
  noneBehindTime: " Every reporting region is at or ahead of time progress.",
  aheadTarget: " Meeting the target ({n}): {list}.",
  behindTarget: " Not meeting the target ({n}): {list}.",
  noneBehindTarget: " Every reporting region meets the target.",
  judgedByTarget: " This indicator is judged against the whole target, not against time progress.",
  noneRanked: "{name}: nothing to rank yet.",
  notFilledList: " Not filled in, so not ranked: {list}.",
  missingList: "not reported: {list}",
  rejectedList: "forms rejected: {list}",
  notRanked: " Not ranked ({who}).",
  missing: "not reported",
  rejected: "rejected",
  notFilled: "not filled in",
  totalRow: "Whole city",
  tableCaption: "Table {n}. {name} by region (unit: {unit})",
  tableCaptionNoUnit: "Table {n}. {name} by region",
  tableHeader: ["Region", "Target", "Actual", "Completion", "vs time progress (points)", "Rank", "Status"],
  tableNoteTarget: "Note: judged against the whole target, not against time progress.",
  chartCaption: "Figure {n}. {name}: completion by region against time progress",
  chartCaptionTarget: "Figure {n}. {name}: completion by region (whole target)",
  timeProgress: "Time progress",
  wholeTarget: "Whole target 100%",
  completion: "Completion (%)",
  reqOpening:
    "Each region is to compare its progress with the annual targets and time progress, find the gaps and act to meet the year's targets.",
  reqFarBehind:
    " {list}, far behind on some indicators, are to analyse the causes and set out corrective measures.",
  reqReport: " {list} are to report their quarterly data on time and accurately.",
  reqClosing: " The next bulletin will follow up on these measures.",
};

export const W: Record<Lang, Wording> = { zh: ZH, en: EN };

/** Fills {placeholders}. */
export function phrase(s: string, vars: Readonly<Record<string, string | number>>): string {
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** Names joined as a document lists them: "甲、乙和丙" is not used in 通报; "甲、乙、丙". */
export function list(names: readonly string[], lang: Lang): string {
  if (lang === "zh") return names.join("、");
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * The work a plan's title names, for the bulletin's title: "2024年专利工作推进计划" → "专利工作".
 * The leading year and the kind of document (推进计划, 实施方案, 规划 …) are dropped.
 */
export function workName(planTitle: string, lang: Lang): string {
  let s = planTitle.trim().replace(/[((][^))]*[))]\s*$/, "");
  if (lang === "en") return s;
  s = s.replace(/^\d{4}(?:\s*[-—–至]\s*\d{4})?\s*年度?/, "");
  s = s.replace(/(?:工作)?(?:推进|实施|行动|发展)?(?:计划|方案|规划|要点|意见)$/, "");
  if (!s) return "重点工作";
  return s.endsWith("工作") ? s : `${s}工作`;
}

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 25 → 二十五 (headings (一)(二)…; up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones ? DIGITS[ones] : ""}`;
}
