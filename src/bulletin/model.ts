/**
 * The quarterly bulletin (季度通报) as data: every sentence, table cell and chart series the
 * document carries, built from a consolidation and nothing else. The numbers are the summary
 * sheet's numbers: per region the collected target and actual, completion and status from the
 * PLAN functions (src/core/indicatorProgress.ts, the rules of the summary's native formulas),
 * 序时进度 from PLAN.TIMEPROGRESS, ranks as the summary's RANK, the whole city as its total row
 * (the plan's target; the sum of the regions' actuals where they add up). Pure: the .docx
 * writer, the chart renderers, the CLI and the pane only lay it out.
 */
import type { Consolidation } from "../collect/consolidate";
import { effectiveTarget } from "../core/effectiveTarget";
import type { Lang } from "../core/errors";
import { serialFromIso } from "../core/excelDate";
import { indicatorProgress, judgedAgainstTarget } from "../core/indicatorProgress";
import { isAdditive } from "../core/indicatorNature";
import type { Indicator, Plan } from "../core/plan";
import { timeProgress } from "../core/progress";
import { STATUS_LABELS } from "../core/statusLabels";
import { dateText, percentText, quarterOf, tenthsOfPercent, tenthsText, valueText } from "./format";
import { submissionOf, type Submission } from "./submission";
import { W, chineseNumber, list, phrase, workName } from "./text";

export interface BulletinOptions {
  lang?: Lang;
  /** The as-of date (Excel serial); default the consolidation's latest as-of date. */
  asOf?: number;
  /** 发文机关; a marked placeholder when absent. */
  issuer?: string;
  /** 主送机关; default derived from the issuer's office and the plan's regions. */
  addressee?: string;
  /** 成文日期 (Excel serial); default today. */
  date?: number;
  /** Plan indicator indices that get a chart; default the first three (plans list key ones first). */
  charts?: readonly number[];
  /** Region states given by the input (a summary workbook's 报送情况); else derived from c. */
  submissions?: Readonly<Record<string, Submission>>;
}

export type RegionState = Submission["state"];

export interface RegionLine {
  region: string;
  state: RegionState;
  /** Why a rejected form was refused. */
  reason?: string;
  target: number | null;
  actual: number | null;
  completion: number | null;
  /** Completion in whole tenths of a percent, as written. */
  completionTenths: number | null;
  /** Completion minus 序时进度 as written, in tenths of a 个百分点 (only for indicators judged by time). */
  gapTenths: number | null;
  /** Rank among the reported regions with a completion (ties share a rank); null otherwise. */
  rank: number | null;
  /** The status label, or 未报送 / 未通过审核 / 未填报. */
  status: string;
}

export interface TableData {
  caption: string;
  header: string[];
  rows: string[][];
  note?: string;
}

export interface ChartData {
  caption: string;
  categories: string[];
  /** Completion in percent, as written (one decimal). */
  values: number[];
  /** Whether each bar is at or above its reference line. */
  ahead: boolean[];
  /** The reference line in percent: 序时进度, or 100 (the whole target). */
  reference: number;
  referenceLabel: string;
  axisLabel: string;
}

export interface IndicatorSection {
  index: number;
  indicator: Indicator;
  heading: string;
  judgedAgainst: "time" | "target";
  /** The whole city's picture, one sentence (section 一). */
  overall: string;
  /** Ranking, ahead and behind (section 二). */
  paragraph: string;
  lines: RegionLine[];
  table: TableData;
  chart?: ChartData;
  /** The whole city: total achieved, completion and gap as in the summary's total row. */
  total: {
    target: number | null;
    actual: number | null;
    completionTenths: number | null;
    gapTenths: number | null;
    status: string | null;
  };
}

export interface Bulletin {
  lang: Lang;
  plan: Plan;
  title: string;
  /** The title as set: one line, or two broken where the meaning allows (before 进展情况的通报). */
  titleLines: string[];
  addressee: string;
  opening: string;
  headings: { overall: string; regions: string; requirements: string };
  /** 序时进度 and who reported (section 一, first paragraph). */
  intro: string;
  sections: IndicatorSection[];
  /** The paragraph the official edits before signing. */
  requirements: string;
  issuer: string;
  issuerIsPlaceholder: boolean;
  dateText: string;
  asOf: number;
  timeProgress: number;
  year: number;
  quarter: number;
  counts: { regions: number; reported: number; missing: string[]; rejected: string[] };
}

export class BulletinError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} ${en}`);
  }
}

function todaySerial(): number {
  const d = new Date();
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  return serialFromIso(iso)!;
}

/**
 * Ranks as RANK(x, column) gives them: 1 + how many are strictly better; ties share a rank.
 * Ranked on the completion as written (0.1%), so two counties shown with the same figure never
 * get different ranks in a published table.
 */
function ranks(values: (number | null)[]): (number | null)[] {
  return values.map((v) => (v === null ? null : 1 + values.filter((o) => o !== null && o > v).length));
}

export function buildBulletin(c: Consolidation, opts: BulletinOptions = {}): Bulletin {
  const lang = opts.lang ?? "zh";
  const w = W[lang];
  const plan = c.plan;
  const asOf = opts.asOf ?? c.asOf;
  if (asOf === undefined)
    throw new BulletinError(
      "没有截至日期:回收的表格都未填写截至日期,请指定截至日期",
      "no as-of date: no returned form gives one; give the as-of date",
    );
  const tpResult = timeProgress(asOf);
  if (typeof tpResult !== "number")
    throw new BulletinError(`截至日期无效:${String(asOf)}`, `the as-of date is not valid: ${String(asOf)}`);
  const tp = tpResult;
  const tpTenths = tenthsOfPercent(tp);
  const year = Number(dateText(asOf, "zh").slice(0, 4));
  const quarter = quarterOf(asOf);

  const states = c.regions.map((r) => opts.submissions?.[r.region] ?? submissionOf(r));
  const missing = c.regions.filter((_, j) => states[j].state === "missing").map((r) => r.region);
  const rejected = c.regions.filter((_, j) => states[j].state === "rejected").map((r) => r.region);
  const reported = c.regions.length - missing.length - rejected.length;
  const charted = new Set(opts.charts ?? [0, 1, 2]);

  const sections = plan.indicators.map((ind, i): IndicatorSection => {
    const byTime = !judgedAgainstTarget(ind);
    const lines: RegionLine[] = c.regions.map((reg, j) => {
      const st = states[j];
      const v = st.state === "reported" ? reg.row?.values[i] : undefined;
      const target = v?.target ?? null;
      const actual = v?.actual ?? null;
      const p = indicatorProgress(ind, target, actual, tp, lang);
      const completionTenths = p.completion === null ? null : tenthsOfPercent(p.completion);
      return {
        region: reg.region,
        state: st.state,
        ...(st.state === "rejected" ? { reason: st[lang] } : {}),
        target,
        actual,
        completion: st.state === "reported" ? p.completion : null,
        completionTenths: st.state === "reported" ? completionTenths : null,
        gapTenths:
          st.state === "reported" && byTime && completionTenths !== null ? completionTenths - tpTenths : null,
        rank: null,
        status:
          st.state === "missing"
            ? w.missing
            : st.state === "rejected"
              ? w.rejected
              : (p.status ?? w.notFilled),
      };
    });
    ranks(lines.map((l) => l.completionTenths)).forEach((r, j) => (lines[j].rank = r));
    const ranked = lines.filter((l) => l.rank !== null).sort((a, b) => a.rank! - b.rank! || 0);
    const unranked = lines.filter((l) => l.rank === null);

    // The whole city, as the summary's total row: the plan's target; the regions' sum when additive.
    const totalTarget = effectiveTarget(ind, plan) ?? null;
    const actuals = lines.filter((l) => l.state === "reported" && l.actual !== null).map((l) => l.actual!);
    const totalActual = isAdditive(ind) && actuals.length > 0 ? actuals.reduce((s, x) => s + x, 0) : null;
    const tot = indicatorProgress(ind, totalTarget, totalActual, tp, lang);
    const totalTenths = tot.completion === null ? null : tenthsOfPercent(tot.completion);
    const total = {
      target: totalTarget,
      actual: totalActual,
      completionTenths: totalTenths,
      gapTenths: byTime && totalTenths !== null ? totalTenths - tpTenths : null,
      status: tot.status,
    };

    const heading = `${phrase(w.subHeading, { n: lang === "zh" ? chineseNumber(i + 1) : i + 1 })}${ind.name}`;
    const overall = overallSentence(lang, ind, total, lines, byTime, missing.length + rejected.length > 0);
    const paragraph = rankingParagraph(lang, ind, ranked, unranked, byTime);
    const table = tableOf(lang, ind, i, ranked, unranked, total, byTime);
    const chart =
      charted.has(i) && ranked.length > 0
        ? chartOf(lang, ind, i, ranked, byTime ? tpTenths / 10 : 100)
        : undefined;
    return {
      index: i,
      indicator: ind,
      heading,
      judgedAgainst: byTime ? "time" : "target",
      overall,
      paragraph,
      lines,
      table,
      ...(chart ? { chart } : {}),
      total,
    };
  });

  const work = workName(plan.title, lang);
  const title = phrase(w.title, { year, quarter: w.quarter[quarter - 1], work });
  const titleLines = splitTitle(
    title,
    phrase(w.titleHead, { year, quarter: w.quarter[quarter - 1], work }),
    lang,
  );
  const issuer = opts.issuer?.trim() || w.issuerPlaceholder;
  const addressee = opts.addressee?.trim() || defaultAddressee(lang, opts.issuer, plan.regions ?? []);
  const asOfText = dateText(asOf, lang);
  const opening = phrase(w.opening, {
    plan: plan.title,
    work,
    asOf: asOfText,
    n: plan.indicators.length,
  });
  const intro = introParagraph(lang, asOf, tp, c.regions.length, reported, missing, rejected, c, states);
  const requirements = requirementsParagraph(lang, sections, missing, rejected);
  return {
    lang,
    plan,
    title,
    titleLines,
    addressee,
    opening,
    headings: { overall: w.h1, regions: w.h2, requirements: w.h3 },
    intro,
    sections,
    requirements,
    issuer,
    issuerIsPlaceholder: !opts.issuer?.trim(),
    dateText: dateText(opts.date ?? todaySerial(), lang),
    asOf,
    timeProgress: tp,
    year,
    quarter,
    counts: { regions: c.regions.length, reported, missing, rejected },
  };
}

function defaultAddressee(lang: Lang, issuer: string | undefined, regions: readonly string[]): string {
  const w = W[lang];
  // "某某市知识产权局" → "各县(市)区知识产权局": the same office one level down.
  const office = issuer?.trim().match(/[市州盟区县](.+?(?:局|委员会|委|办公室|办|中心|厅))$/)?.[1];
  if (office && lang === "zh") return `${w.eachRegion}${office}:`;
  if (regions.length > 0 && regions.length <= 12) return phrase(w.addressees, { list: list(regions, lang) });
  return w.addresseeGeneric;
}

function overallSentence(
  lang: Lang,
  ind: Indicator,
  total: IndicatorSection["total"],
  lines: RegionLine[],
  byTime: boolean,
  someoneAbsent: boolean,
): string {
  const w = W[lang];
  const v = (x: number) => valueWithUnitText(x, ind.unit, lang);
  if (byTime) {
    if (total.actual === null) return phrase(w.overallNoData, { name: ind.name });
    const base = phrase(someoneAbsent ? w.overallPartial : w.overall, {
      name: ind.name,
      actual: v(total.actual),
    });
    if (total.target === null || total.completionTenths === null)
      return `${base}${phrase(w.overallNoTarget, {})}`;
    return `${base}${phrase(w.overallCompletion, {
      target: v(total.target),
      completion: `${tenthsText(total.completionTenths)}%`,
      gap: gapPhrase(lang, total.gapTenths!),
    })}`;
  }
  // A rate or a lower-is-better level: regions do not add up; how many meet the whole target.
  const withValue = lines.filter((l) => l.completion !== null);
  const met = withValue.filter((l) => l.completion! >= 1);
  return phrase(w.overallRate, {
    name: ind.name,
    target: total.target === null ? w.noTarget : v(total.target),
    n: withValue.length,
    met: met.length,
    notMet: withValue.length - met.length,
  });
}

function valueWithUnitText(x: number, unit: string, lang: Lang): string {
  const u = unit.trim();
  if (u === "%") return percentText(x);
  return lang === "zh" ? `${valueText(x, u)}${u}` : `${valueText(x, u)}${u ? ` ${u}` : ""}`;
}

/** "高于序时进度3.2个百分点" / "低于…" / "与序时进度持平". */
export function gapPhrase(lang: Lang, tenths: number): string {
  const w = W[lang];
  if (tenths === 0) return w.gapEven;
  return phrase(tenths > 0 ? w.gapAbove : w.gapBelow, { p: tenthsText(Math.abs(tenths)) });
}

function rankingParagraph(
  lang: Lang,
  ind: Indicator,
  ranked: RegionLine[],
  unranked: RegionLine[],
  byTime: boolean,
): string {
  const w = W[lang];
  const parts: string[] = [];
  if (ranked.length === 0) parts.push(phrase(w.noneRanked, { name: ind.name }));
  else {
    const order = ranked.map((l) =>
      phrase(w.rankItem, { region: l.region, c: `${tenthsText(l.completionTenths!)}%` }),
    );
    parts.push(phrase(ind.lowerIsBetter ? w.rankOrderLower : w.rankOrder, { list: order.join(w.sep) }));
    const ties = groupTies(lang, ranked);
    if (ties.length > 0) parts.push(phrase(w.ties, { list: ties.join(w.tieSep) }));
    const ahead = byTime ? ranked.filter((l) => l.gapTenths! >= 0) : ranked.filter((l) => l.completion! >= 1);
    const behind = byTime ? ranked.filter((l) => l.gapTenths! < 0) : ranked.filter((l) => l.completion! < 1);
    const names = (ls: RegionLine[]) =>
      list(
        ls.map((l) => l.region),
        lang,
      );
    if (byTime) {
      if (ahead.length > 0) parts.push(phrase(w.aheadTime, { list: names(ahead), n: ahead.length }));
      if (behind.length > 0) {
        const worst = behind[behind.length - 1];
        parts.push(
          phrase(w.behindTime, {
            list: names(behind),
            n: behind.length,
            worst: worst.region,
            p: tenthsText(-worst.gapTenths!),
          }),
        );
      } else parts.push(w.noneBehindTime);
    } else {
      if (ahead.length > 0) parts.push(phrase(w.aheadTarget, { list: names(ahead), n: ahead.length }));
      if (behind.length > 0) parts.push(phrase(w.behindTarget, { list: names(behind), n: behind.length }));
      else parts.push(w.noneBehindTarget);
      parts.push(w.judgedByTarget);
    }
  }
  const notFilled = unranked.filter((l) => l.state === "reported");
  if (notFilled.length > 0)
    parts.push(
      phrase(w.notFilledList, {
        list: list(
          notFilled.map((l) => l.region),
          lang,
        ),
      }),
    );
  const absent = unranked.filter((l) => l.state !== "reported");
  if (absent.length > 0) {
    const m = absent.filter((l) => l.state === "missing").map((l) => l.region);
    const r = absent.filter((l) => l.state === "rejected").map((l) => l.region);
    const who = [
      ...(m.length ? [phrase(w.missingList, { list: list(m, lang) })] : []),
      ...(r.length ? [phrase(w.rejectedList, { list: list(r, lang) })] : []),
    ];
    parts.push(phrase(w.notRanked, { who: who.join(w.sep) }));
  }
  return parts.join("");
}

/** "南湖区、北山县并列第4位" for each group of equal completions. */
function groupTies(lang: Lang, ranked: RegionLine[]): string[] {
  const byRank = new Map<number, string[]>();
  for (const l of ranked) byRank.set(l.rank!, [...(byRank.get(l.rank!) ?? []), l.region]);
  return [...byRank.entries()]
    .filter(([, names]) => names.length > 1)
    .map(([rank, names]) => phrase(W[lang].tieItem, { list: list(names, lang), rank }));
}

function tableOf(
  lang: Lang,
  ind: Indicator,
  i: number,
  ranked: RegionLine[],
  unranked: RegionLine[],
  total: IndicatorSection["total"],
  byTime: boolean,
): TableData {
  const w = W[lang];
  const v = (x: number | null) => (x === null ? "—" : valueText(x, ind.unit));
  const row = (l: RegionLine): string[] => [
    l.region,
    v(l.target),
    v(l.actual),
    l.completionTenths === null ? "—" : `${tenthsText(l.completionTenths)}%`,
    l.gapTenths === null ? "—" : signed(l.gapTenths),
    l.rank === null ? "—" : String(l.rank),
    l.status,
  ];
  const rows = [...ranked, ...unranked].map(row);
  if (byTime && (total.actual !== null || total.target !== null)) {
    rows.push([
      w.totalRow,
      v(total.target),
      v(total.actual),
      total.completionTenths === null ? "—" : `${tenthsText(total.completionTenths)}%`,
      total.gapTenths === null ? "—" : signed(total.gapTenths),
      "—",
      total.status ?? "",
    ]);
  }
  const unit = ind.unit.trim() === "%" ? "" : ind.unit.trim();
  return {
    caption: phrase(unit ? w.tableCaption : w.tableCaptionNoUnit, { n: i + 1, name: ind.name, unit }),
    header: [...w.tableHeader],
    rows,
    ...(byTime ? {} : { note: w.tableNoteTarget }),
  };
}

function signed(tenths: number): string {
  return tenths > 0 ? `+${tenthsText(tenths)}` : tenths < 0 ? `−${tenthsText(-tenths)}` : "0.0";
}

function chartOf(lang: Lang, ind: Indicator, i: number, ranked: RegionLine[], reference: number): ChartData {
  const w = W[lang];
  const byTime = reference !== 100 || !judgedAgainstTarget(ind);
  return {
    caption: phrase(byTime ? w.chartCaption : w.chartCaptionTarget, { n: i + 1, name: ind.name }),
    categories: ranked.map((l) => l.region),
    values: ranked.map((l) => l.completionTenths! / 10),
    ahead: ranked.map((l) => (byTime ? l.gapTenths! >= 0 : l.completion! >= 1)),
    reference,
    referenceLabel: byTime ? `${w.timeProgress} ${reference.toFixed(1)}%` : w.wholeTarget,
    axisLabel: w.completion,
  };
}

function introParagraph(
  lang: Lang,
  asOf: number,
  tp: number,
  n: number,
  reported: number,
  missing: string[],
  rejected: string[],
  c: Consolidation,
  states: Submission[],
): string {
  const w = W[lang];
  const parts = [phrase(w.intro, { asOf: dateText(asOf, lang, false), tp: percentText(tp), n, k: reported })];
  if (missing.length) parts.push(phrase(w.introMissing, { list: list(missing, lang) }));
  if (rejected.length) {
    const reasons = c.regions
      .map((r, j) => ({ r, s: states[j] }))
      .filter((x) => x.s.state === "rejected")
      .map((x) => {
        const why = trimStop((x.s as { zh: string; en: string })[lang]);
        // One rejected region: its reason alone; several: each reason under its region's name.
        return rejected.length === 1 ? why : phrase(w.rejectedWhy, { region: x.r.region, why });
      });
    parts.push(phrase(w.introRejected, { list: list(rejected, lang), why: reasons.join(w.sep) }));
  }
  if (missing.length || rejected.length) parts.push(w.introNotRanked);
  return parts.join("");
}

function trimStop(s: string): string {
  return s.replace(/[,,;;]\s*(未读取|not read)\s*$/, "").replace(/[。.;;,,]\s*$/, "");
}

function requirementsParagraph(
  lang: Lang,
  sections: IndicatorSection[],
  missing: string[],
  rejected: string[],
): string {
  const w = W[lang];
  // Named by default: regions far behind (严重滞后 / far behind) on any indicator.
  const far = new Set<string>();
  for (const s of sections)
    for (const l of s.lines)
      if (l.state === "reported" && l.status === STATUS_LABELS[lang][3]) far.add(l.region);
  const parts = [w.reqOpening];
  if (far.size) parts.push(phrase(w.reqFarBehind, { list: list([...far], lang) }));
  if (missing.length || rejected.length)
    parts.push(phrase(w.reqReport, { list: list([...missing, ...rejected], lang) }));
  parts.push(w.reqClosing);
  return parts.join("");
}

/** Width in em of a text: CJK one, other characters half. */
function ems(s: string): number {
  return [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.5), 0);
}

/** A title about a line of 2号 long (20 em in 156 mm) or more breaks after its head. */
function splitTitle(title: string, head: string, lang: Lang): string[] {
  // 20 em of 2号 fill the line exactly; a title that close to it breaks where its meaning does.
  if (lang !== "zh" || ems(title) < 19 || !title.startsWith(head)) return [title];
  return [head, title.slice(head.length)];
}
