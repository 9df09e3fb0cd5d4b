/**
 * Years and periods: the plan's title and period (2018-2020年, 十三五, an annual 2012年 plan),
 * the document date, and the role of each year mentioned in a clause (target, base, past).
 */
import { parseChineseNumeral } from "./numerals";
import type { RuleId } from "./rules";
import type { Line } from "./sentences";

/** 十一五 … 十五五: the five-year plan periods. */
const FIVE_YEAR_PLANS: Record<string, [number, number]> = {
  十一五: [2006, 2010],
  十二五: [2011, 2015],
  十三五: [2016, 2020],
  十四五: [2021, 2025],
  十五五: [2026, 2030],
};

/** 十四五, also written out: 第十四个五年规划. */
const FIVE_YEAR = /十([一二三四五])五|第十([一二三四五])个五年/;

export function fiveYearPeriod(s: string): [number, number] | undefined {
  const m = FIVE_YEAR.exec(s);
  return m ? FIVE_YEAR_PLANS[`十${m[1] ?? m[2]}五`] : undefined;
}

const PERIOD = /(\d{4})\s*年?\s*[-—–~至到]{1,2}\s*(\d{4})\s*年?/;
const TITLE_END =
  /(?:方案|计划|规划|纲要|要点|意见|安排|任务书|责任书|目标|行动|工程|办法|实施细则|措施|分解表|任务表|责任清单|任务清单|通报|评估报告|情况报告|工作报告|工作总结|统计公报)(?:\s*[((]\s*\d{4}\s*[-—–~至到]{1,2}\s*\d{4}\s*年?\s*[))])?$/;

export interface PlanMeta {
  title: string;
  baseYear: number | null;
  targetYear: number | null;
  /** Year of the document's date line (二〇一二年三月六日, 2018年4月12日). */
  docYear: number | null;
  /** The rule that set the period when it is not the title's (`period.report-date`). */
  periodRule?: RuleId;
}

function dateLineYear(t: string): number | null {
  let m = /^(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.exec(t);
  if (m) return Number(m[1]);
  m =
    /^([〇零一二三四五六七八九]{4})年[〇零一二三四五六七八九十]{1,3}月[〇零一二三四五六七八九十]{1,3}日$/.exec(
      t,
    );
  if (m) return parseChineseNumeral(m[1]) ?? null;
  // A speech's date line, "——2026年1月8日在槐荫镇第十八届人民代表大会第六次会议上" (the reader may
  // have joined the speaker's line and the salutation to it).
  m = /^[—-]{0,2}\s*(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^,;。:]{2,60}?(?:会议|大会)上/.exec(t);
  if (m) return Number(m[1]);
  return null;
}

/** Text outside 《…》 (titles of other documents carry their own periods). */
export function outsideBookTitles(s: string): string {
  return s.replace(/《[^《》]{0,200}》/g, "");
}

function isTitleLine(t: string): boolean {
  if (t.length < 4 || t.length > 60) return false;
  if (/[。,:;]/.test(t) || t.startsWith("《") || /通知|印发|〔/.test(t)) return false;
  // "表1 …主要指标", "附件2 …分解表": captions of parts, not the document's title.
  if (/^(?:附?表\s*\d|附件)/.test(t)) return false;
  return TITLE_END.test(t);
}

/** "(节选)", "(摘要)" after a title: the copy is a part, the title is the document's. */
const EDITOR_NOTE = /\s*[((](?:节选|摘要|摘编|全文)[))]\s*$/;

export function detectPlanMeta(lines: Line[]): PlanMeta {
  let title = "";
  let docYear: number | null = null;
  for (let i = 0; i < lines.length && i < 80; i++) {
    // "…发展规划(节选)": an editor's note on the copy, not part of the title.
    const t = lines[i].text.replace(EDITOR_NOTE, "");
    if (docYear === null) docYear = dateLineYear(t);
    if (title === "" && lines[i].headingLevel === 0 && isTitleLine(t)) {
      title = t;
      const next = lines[i + 1]?.text ?? "";
      if (/^[((]\s*\d{4}\s*[-—–~至到]{1,2}\s*\d{4}\s*年?\s*[))]$/.test(next)) title += next;
    }
  }
  // "关于印发《2026年全市…工作要点》的通知" with no title line after it: the notice names the plan.
  if (title === "") {
    for (let i = 0; i < lines.length && i < 12 && title === ""; i++) {
      const m = /关于(?:印发|下达|转发|发布)《([^《》]{4,60})》的通知/.exec(lines[i].text);
      if (m && TITLE_END.test(m[1])) title = m[1];
    }
  }
  let baseYear: number | null = null;
  let targetYear: number | null = null;
  const setPeriod = (a: number, b: number) => {
    baseYear = a - 1;
    targetYear = b;
  };
  const titlePeriod = PERIOD.exec(title);
  const titleFive = fiveYearPeriod(title);
  // "2020年工作总结和2021年工作计划": the plan is for the last year named.
  const titleYears = [...title.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  const titleYear = titleYears.length ? Math.max(...titleYears) : undefined;
  // A statistical bulletin reports a past year: it has no plan period.
  if (/统计公报$/.test(title)) return { title, baseYear: null, targetYear: null, docYear };
  if (titlePeriod && Number(titlePeriod[2]) > Number(titlePeriod[1])) {
    setPeriod(Number(titlePeriod[1]), Number(titlePeriod[2]));
  } else if (titleFive) {
    setPeriod(titleFive[0], titleFive[1]);
  } else if (titleYear !== undefined) {
    setPeriod(titleYear, titleYear);
  } else if (/工作报告$/.test(title) && docYear !== null) {
    // A work report without a year in its title (政府工作报告, dated "——2026年1月8日在…会议上")
    // reviews the year before its date and sets the targets of its own year; the five-year
    // periods it names (十四五收官之年, 十五五开局之年) frame the review, not the plan.
    setPeriod(docYear, docYear);
    return { title, baseYear, targetYear, docYear, periodRule: "period.report-date" };
  } else {
    const body = lines
      .filter((l) => !/^-?\s*\d{4}-\d{2}-\d{2}/.test(l.text))
      .map((l) => outsideBookTitles(l.text))
      .join("\n");
    const by = /(?:到|至|力争到|预计到)\s*(\d{4})\s*年/.exec(body);
    const five = fiveYearPeriod(body);
    if (by) {
      const y = Number(by[1]);
      if (five && five[0] <= y && y <= five[1]) setPeriod(five[0], y);
      else if (docYear !== null && docYear < y) setPeriod(docYear + 1, y);
      // Without a date, a year ending in 0 or 5 closes a five-year plan period.
      else if (y % 5 === 0) setPeriod(y - 4, y);
      else setPeriod(y, y);
    } else if (five) setPeriod(five[0], five[1]);
    else if (docYear !== null) setPeriod(docYear, docYear);
  }
  return { title, baseYear, targetYear, docYear };
}

/** Past and future time marks that decide whether a clause states a target or a statistic. */
export interface TimeMark {
  past: boolean;
  /** The year a past figure refers to (2017年,… / 截至2017年底). */
  pastYear?: number;
  future: boolean;
  targetYear?: number;
  baseYear?: number;
  /** A year qualifying what is counted (2000年以前建成的小区), no time of the figure. */
  qualifier?: boolean;
  /** 完成2025年度…: the year names the work's subject (time.work-year). */
  workYear?: boolean;
}

/** What comes between "2000年以前" and the noun it qualifies: a verb of origin (建成, 出生 …). */
const ORIGIN =
  "^(?:以后|之前|之后|后)?[^,;。\\d]{0,6}?(?:建成|建设|修建|竣工|出生|投用|投运|投产|成立|注册|登记|购置|建造)";
/** After "2000年以前": a verb of origin and 的 + noun, qualifying what is counted. */
export const YEAR_QUALIFIER = new RegExp(`${ORIGIN}的[\\u4e00-\\u9fff]`);
/** "2000年底前建成小区": a year long before the plan qualifies a noun even without 的. */
const OLD_YEAR_QUALIFIER = new RegExp(`${ORIGIN}的?[\\u4e00-\\u9fff]`);
/** How many years before the plan's base year a year must lie to read as a qualifier without 的. */
const OLD_YEAR_GAP = 5;

/**
 * The time marks of one clause. `planBase` is the plan's base year: a year at or before it
 * (not after 比/较, not after 到) marks a past figure.
 */
export function clauseTime(clause: string, planBase: number | null, planTarget: number | null): TimeMark {
  const mark: TimeMark = { past: false, future: false };
  const text = outsideBookTitles(clause);
  const re = /(\d{4})\s*年(底|末|前|以前|以来|度)?(的?基础上)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const y = Number(m[1]);
    if (y < 1950 || y > 2200) continue;
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    const after = m[2] ?? "";
    if (/[-—–~至到]$/.test(before) && /\d{4}\s*[-—–~至到]{1,2}$/.test(text.slice(0, m.index))) continue;
    if (/[-—–~]\s*$/.test(before) || /^\s*[-—–~至到]\s*\d{4}/.test(text.slice(re.lastIndex))) continue;
    // "达到2025年的2倍": the year of the base a multiple is taken of.
    const ofMultiple = /^的\s*[\d一二两三四五六七八九十.]+\s*倍/.test(text.slice(re.lastIndex));
    if (/(?:比|较|与|同|相比|对比|由|从|是)$/.test(before) || m[3] || ofMultiple) {
      mark.baseYear = y;
      continue;
    }
    // "2000年以前建成的小区": the year qualifies the things counted, it dates no figure.
    // "2000年底前建成的需改造老旧小区": 底/末 + 前 as well.
    const yearEnd = (after === "底" || after === "末") && /^前/.test(text.slice(re.lastIndex));
    const rest = text.slice(re.lastIndex + (yearEnd ? 1 : 0));
    const longAgo = planBase !== null && y < planBase - OLD_YEAR_GAP;
    if (
      (after === "前" || after === "以前" || after === "" || yearEnd) &&
      (YEAR_QUALIFIER.test(rest) || (longAgo && OLD_YEAR_QUALIFIER.test(rest)))
    ) {
      mark.qualifier = true;
      continue;
    }
    // "完成2025年度个人所得税汇算…": the year of the work's subject (a tax year), done in the plan
    // year (time.work-year).
    if (
      after === "度" &&
      /(?:完成|开展|做好|组织|办理)$/.test(before) &&
      /^[\u4e00-\u9fff]/.test(text.slice(re.lastIndex))
    ) {
      mark.qualifier = true;
      mark.workYear = true;
      continue;
    }
    if (after === "以来") {
      mark.past = true;
      continue;
    }
    if (/(?:截至|截止)$/.test(before)) {
      // 截至2019年底 states a figure; 截至2022年底 in a plan to 2022 states a target.
      if (planBase === null || y <= planBase) {
        mark.past = true;
        mark.pastYear ??= y;
      } else {
        mark.future = true;
        mark.targetYear = y;
      }
      continue;
    }
    if (/(?:到|至|于)$/.test(before) || after === "前" || after === "以前") {
      // "由2020年的3.2件提高到2025年的9.6件" in a plan from 2025 on: reached, not planned.
      if (planBase !== null && planTarget !== null && y <= planBase && planBase < planTarget) {
        mark.past = true;
        mark.pastYear ??= y;
        continue;
      }
      mark.future = true;
      mark.targetYear = y;
      continue;
    }
    if (planBase !== null && y <= planBase) {
      mark.past = true;
      mark.pastYear ??= y;
    } else if (planTarget !== null || planBase !== null) {
      mark.future = true;
      mark.targetYear = y;
    }
  }
  const five = /十[一二三四五]五/.exec(text);
  if (five) {
    const [a, b] = FIVE_YEAR_PLANS[five[0]];
    const base = /(?:比|较|与)$/.test(text.slice(Math.max(0, five.index - 2), five.index));
    if (base) mark.baseYear = a - 1;
    else if (planBase !== null && b <= planBase) mark.past = true;
    else if (planBase === null && /^(?:期间|时期|以来)/.test(text.slice(five.index + 3, five.index + 6)))
      mark.past = true;
    else if (/末|期间|时期/.test(text.slice(five.index + 3, five.index + 6))) {
      mark.future = true;
      mark.targetYear = b;
    }
  }
  // "近五年,…年均增长18%", "连续三年保持…": a record, not a plan.
  if (/(?:近|连续)(?:[一二三四五六七八九十两]|\d{1,2})年/.test(text)) mark.past = true;
  // "仅0.9件": a shortfall stated as a fact.
  if (/仅(?:为|有)?\s*\d|只有\s*\d/.test(text)) mark.past = true;
  // "已建设施正常运行率提高到90%": the existing stock's rate is raised, a target, not a record
  // (time.existing-stock).
  if (
    /近年来|去年(?!同期)|过去|以来|(?:截至|截止)(?!\s*\d{4})|(?<![由从])(?:目前|现有)(?![^,;。]{0,16}(?:控制在|降至|降到|下降到|减少到|减少至|压减到|压减至|不超过))|已有|已经|已达|(?<![对为将把在])已建(?![^,;。]{0,14}率(?:提高到|提升到|达到|保持在|稳定在))|共有|先后/.test(
      text,
    )
  )
    mark.past = true;
  // "共计1286个" totals a record; "力争命名…共计60个" totals a commitment.
  if (/共计/.test(text) && !/力争|争取|确保|计划|目标|共计(?:不少于|不低于|达到|至少)/.test(text))
    mark.past = true;
  if (/(?<![为除])了(?![解如])/.test(text)) mark.past = true;
  if (/共(?:申请|授权|查处|举办|培训|完成|实现|办理|受理|培育|建成|认定|获得|拥有)/.test(text))
    mark.past = true;
  // "线上年销售额", "规模以上年营业收入": 上 ends another word there, 年 starts the measure.
  // "上年度实际缴纳失业保险费的60%": last year's sum is the base of a share, it dates nothing.
  const lastYear = text.replace(/上年度?[^,;。\d]{1,16}的\s*[\d.]+\s*%/g, "");
  if (/(?<![比较线网以之])上年/.test(lastYear) && !/比上年|较上年/.test(lastYear)) mark.past = true;
  if (/(?:比|较)(?:上年|去年)/.test(text) && planTarget !== null) mark.baseYear = planTarget - 1;
  if (/今年|本年|年内|力争|争取|确保|预计|计划|目标|每年/.test(text)) mark.future = true;
  return mark;
}
