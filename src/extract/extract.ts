/**
 * Plan text → proposed indicators. Lines are split into sentences and clauses; every
 * number-with-unit is read with the words just before it (subject, comparator, kind) and just
 * after it (以上, 以内, a counted object). Past figures are marked historic; repeated passages
 * and repeated targets are reported once. Everything is a bounded left-to-right pass, so the
 * time is linear in the length of the text.
 */
import { scanQuantities, tidy, type Quantity } from "./numerals";
import {
  innerPartsAfter,
  normalizeText,
  splitClauses,
  splitLines,
  splitSentences,
  type Line,
} from "./sentences";
import { clauseTime, detectPlanMeta, type PlanMeta } from "./years";
import type { Effect } from "./lexicon";
import { readTail, suffixAt, type Tail } from "./tail";
import {
  guessUnit,
  isCjkLetter,
  LIST_SEP,
  listMembers,
  objectAfter,
  PREDICATE_WORDS,
  sharedMeasure,
  splitDistributive,
} from "./objects";
import {
  cleanSubject,
  completeName,
  dropWorkVerb,
  finishName,
  GENERIC_ATTRIBUTES,
  GENERIC_SUBJECTS,
  nameSimilarity,
} from "./names";
import type { ExtractComparator, ExtractedIndicator, ExtractResult, Kind, RejectedNumber } from "./types";
import type { RuleId } from "./rules";
import {
  cells,
  mayBeRoleHeader,
  isGapRow,
  mayBeRow,
  readMatrixHeader,
  readMatrixRow,
  type MatrixHeader,
  readHeader,
  readRow,
  type TableHeader,
  type TableRow,
} from "./tables";
import {
  deadlineAfter,
  isGenericHeading,
  isPolicyAmount,
  isQualifier,
  isPerUnitStandard,
  isShareRule,
  type NumberContext,
} from "./policy";
import {
  isAchievedClause,
  isLookAhead,
  isNationalLevel,
  isNationalReference,
  isReportHeading,
  isReportSentence,
  isReportTitle,
} from "./reports";

/** A stage label that opens a sentence: 第一阶段(2026—2027年):, 近期(2026—2027年):. */
const STAGE_LEAD = /^\s*(?:第[一二三四五六七八九十]+阶段|近期|中期|远期)\s*[((]?\s*\d{4}/;

/** Longest clause examined; a longer run without punctuation is not plan prose. */
const MAX_CLAUSE = 400;
/** Whether the text so far in a line speaks of the past, and of which year. */
interface PastState {
  past: boolean;
  year?: number;
}

interface SentenceState {
  pastYear?: number;
  /** Names given a level in this sentence. */
  levels: Set<string>;
  /** The last indicator name in the sentence (shared subjects, 其中 …). */
  last?: string;
  /** The base unit of its figure. */
  lastUnit?: string;
  /** A quantity-free clause that may name the subject of the next one. */
  pending?: string;
  /** The rule that made `pending` (name.qualified-subject). */
  pendingRule?: RuleId;
  /** The last quantity-free clause, cleaned (组织审查员、管理人员培训 names the 培训 that follows). */
  lastWords?: string;
  /** The subjects of the last 分别 list, for a next clause that shares them. */
  lastList?: string[];
  /** The text of the clause before, in this sentence (聚焦A、B、C三大产业,分别引进…). */
  previousClause?: string;
  aspirational: boolean;
  /** Why the sentence is past (time.past-year, time.report-sentence …). */
  pastRule?: RuleId;
  /** 约束性/预期性 stated in the sentence. */
  binding?: boolean;
  /** The quarter a milestone of this sentence is due by. */
  quarter?: number;
  /** The clause's year qualifies what is counted (time.year-qualifier). */
  yearQualifier?: boolean;
  /** A part in parentheses inside the subject was read after the total (cand.inner-part). */
  innerPart?: boolean;
  /** The clause's year names the work's subject (time.work-year). */
  workYear?: boolean;
  /** The quarter was opened by a later clause of the sentence (time.stage). */
  stage?: boolean;
  /** The year came from the dated milestone before (time.stage-year). */
  stageYear?: boolean;
  /** 其中 has been read: later objects are parts of the last total (其中发明专利…, 企业专利…). */
  parts?: boolean;
  past: boolean;
  baseYear?: number;
  targetYear?: number;
}

interface Context {
  meta: PlanMeta;
  sectionPast: boolean;
  /** Why the section is past: section.past or section.report. */
  sectionPastRule?: RuleId;
  /** Record rule ids and rejected numbers (extract --explain). */
  explain: boolean;
  /** The last indicator named in the previous sentence (name.milestone, name.goal-share). */
  previousLast?: string;
  /** The unit of that indicator's figure. */
  previousLastUnit?: string;
  /** The subject the previous sentence ended on, when it gave no figure (name.previous-sentence). */
  previousSubject?: string;
  /** Under a heading of targets or tasks (主要目标, 重点任务): 实现…同比增长 there states a target. */
  sectionAhead?: boolean;
  /** …and only because the document is a plan (sections.plan-ahead). */
  aheadByPlan?: boolean;
  /** Under a sub-heading that would read as past but does not (SectionedLine.aheadRule). */
  aheadRule?: RuleId;
  sectionTargetYear?: number;
  /** No sentence of the paragraph has stated a figure yet (a framing year frames the section). */
  paragraphStart?: boolean;
  /** The rule that framed the section's year (time.phase-year), if any. */
  sectionYearRule?: RuleId;
  /** The year of a task-table row's deadline cell, when it falls inside the plan's period. */
  rowYear?: number;
  /** A year framed inside a paragraph, for the rest of it only. */
  paragraphYear?: number;
  /** The rule that framed the paragraph's year (time.stage-heading), if not time.paragraph-year. */
  paragraphYearRule?: RuleId;
  /** The sentence opens a numbered heading line (…(一)2024年。…). */
  atHeading?: boolean;
  /** More sentences follow in the paragraph. */
  moreInParagraph?: boolean;
  /** The year of the dated milestone just stated (2025年一季度末前,…), for the next quarters. */
  milestoneYear?: number;
}

interface Draft {
  quantity: Quantity;
  /** The number and unit as written (for --explain). */
  text: string;
  /** The candidate rule that proposed it. */
  rule: RuleId;
  tail: Tail;
  suffix?: Effect;
  /** "qty" = counted object after the number, "percent" = a share of entities (30%的企业…). */
  form: "subject" | "qty" | "percent";
  object?: string;
  /** 完成全年目标的48%: the share of this goal or task to reach (name.goal-share). */
  goal?: string;
  /** The number (with its 以上…) ends its clause or list item (…农贸市场十二个、). */
  closes?: boolean;
}

function effectRules(d: Draft): RuleId[] {
  const out: RuleId[] = [];
  for (const x of d.tail.effects) for (const r of x.rules ?? []) if (!out.includes(r)) out.push(r);
  for (const r of d.suffix?.rules ?? []) if (!out.includes(r)) out.push(r);
  return out;
}

function collectEffects(d: Draft): Effect {
  const e: Effect = {};
  // Nearest word first: the comparator closest to the number wins (力争突破 → 突破).
  for (const x of [...d.tail.effects].reverse()) Object.assign(e, x);
  if (d.suffix) {
    if (d.suffix.cmp && (!e.cmp || e.cmp === ">=" || d.suffix.cmp !== ">=")) {
      if (!(e.cmp === ">" && d.suffix.cmp === ">=")) e.cmp = d.suffix.cmp;
    }
    if (d.suffix.lowerIsBetter) e.lowerIsBetter = true;
    if (d.suffix.approximate) e.approximate = true;
  }
  return e;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * The scope of an indicator table's items: a table restating a target of the text is another
 * statement of it (annotated in both places), so it is merged only with the table's own items.
 */
const TABLE_SCOPE = "\u0000table";

/**
 * "工业、服务业分别新增" after a total named 名录库单位新增入库: short modifiers (no word of the total's
 * in them) listed before 分别 and, at most, the total's own verb — each is a part of the total.
 */
function partModifiers(subject: string, total: string | undefined, verb = ""): string[] | undefined {
  if (!total || !total.includes(verb)) return undefined;
  const items = subject
    .replace(/分别$/, "")
    .split(/[、和与及]/)
    .filter((x) => x !== "");
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < total.length; i++) bigrams.add(total.slice(i, i + 2));
  const own = (x: string) => [...x].some((_, i) => i + 1 < x.length && bigrams.has(x.slice(i, i + 2)));
  if (items.length < 2 || items.some((x) => !/^[\u4e00-\u9fa5]{1,4}$/.test(x) || own(x))) return undefined;
  return items;
}

/** Times, ages and sizes that may stand inside a rate's name (72小时准时率, 5分钟到场率). */
const MEASURE_IN_NAME = new Set([
  "小时",
  "分钟",
  "秒",
  "天",
  "日",
  "个工作日",
  "工作日",
  "岁",
  "米",
  "公里",
  "千米",
  "级",
]);

/** Two items of the same kind, value and unit that name one indicator. */
function sameConstraint(other: ExtractedIndicator, item: ExtractedIndicator): boolean {
  // "出口" inside "进出口总额" is another indicator: a contained name must be most of the other.
  const [a, b] = [other.name.length, item.name.length];
  const contained = other.name.includes(item.name) || item.name.includes(other.name);
  if (contained && Math.min(a, b) / Math.max(a, b) < 0.5) return false;
  return nameSimilarity(other.name, item.name) >= 0.7;
}

class Extractor {
  readonly items: ExtractedIndicator[] = [];
  readonly rejected: RejectedNumber[] = [];
  private readonly buckets = new Map<string, ExtractedIndicator[]>();
  private readonly seenSentences = new Set<string>();

  constructor(readonly ctx: Context) {}

  /** Records a number left, with the rule that left it (only with --explain). */
  reject(text: string, source: string, rule: RuleId): void {
    if (this.ctx.explain && this.rejected.length < 100000) this.rejected.push({ text, source, rule });
  }

  /** `key`: what makes two items the same constraint beyond kind, value and unit (a region). */
  add(item: ExtractedIndicator, text = `${item.value}${item.unit}`, scope = ""): void {
    // A milestone of another year (2024年底前…300个) is not the same as the plan's yearly 300个.
    const year =
      item.targetYear === undefined || item.targetYear === this.ctx.meta.targetYear ? "" : item.targetYear;
    const keyOf = (sc: string): string =>
      `${item.kind}|${item.value}|${item.unit}|${item.historic ? 1 : 0}|${sc}|${year}|${item.quarter ?? ""}`;
    const key = keyOf(scope);
    const bucket = this.buckets.get(key) ?? [];
    if (bucket.some((other) => sameConstraint(other, item))) {
      this.reject(text, item.source, "merge.same-constraint");
      return;
    }
    // The indicator table restating a target of the text: a second statement, kept (table.restated).
    if (
      scope === TABLE_SCOPE &&
      item.rules &&
      (this.buckets.get(keyOf("")) ?? []).some((o) => sameConstraint(o, item))
    )
      item.rules.push("table.restated");
    bucket.push(item);
    this.buckets.set(key, bucket);
    this.items.push(item);
  }

  /** `source`: what items cite, when the sentence was rebuilt from a row of cells. */
  sentence(sentence: string, inherited: PastState, source = sentence): PastState {
    const key = sentence.replace(/\s/g, "");
    if (this.seenSentences.has(key)) {
      if (this.ctx.explain)
        for (const q of scanQuantities(sentence))
          this.reject(sentence.slice(q.start, q.end), source, "merge.repeated-sentence");
      return inherited;
    }
    this.seenSentences.add(key);
    const st: SentenceState = {
      aspirational: false,
      past: inherited.past,
      pastYear: inherited.past ? inherited.year : undefined,
      levels: new Set(),
    };
    // "…均提前完成年度目标", "上半年,…": the whole sentence reports figures already reached.
    const report = isReportSentence(sentence, this.ctx.sectionAhead === true);
    if (report) {
      st.past = true;
      st.pastRule = "time.report-sentence";
    }
    if (inherited.past) st.pastRule = "time.past-year";
    st.binding = bindingIn(sentence);
    const before = this.items.length;
    let framingYear: number | undefined;
    let framingRule: RuleId | undefined;
    const ownYear = /\d{4}\s*年/.test(sentence);
    // "2025年一季度末前,…;上半年,完成…": a later quarter without its own year keeps the year of
    // the dated milestone before it (time.stage-year).
    const read = innerPartsAfter(sentence);
    st.innerPart = read !== sentence;
    const first = splitClauses(read)[0]?.text ?? "";
    if (!ownYear && this.ctx.milestoneYear !== undefined && (clauseQuarter(first) ?? 0) > 0) {
      st.targetYear = this.ctx.milestoneYear;
      st.stageYear = true;
    }
    for (const clause of splitClauses(read)) {
      if (clause.text.length > MAX_CLAUSE) continue;
      // "一季度完成1400人,上半年完成全年任务的55%,前三季度完成80%": each stage its own quarter.
      const stage = clauseQuarter(clause.text);
      if (stage !== undefined) {
        st.quarter = stage === 0 ? undefined : stage;
        st.stage = clause.start > 0 && st.quarter !== undefined;
      }
      const mark = clauseTime(clause.text, this.ctx.meta.baseYear, this.ctx.meta.targetYear);
      const achieved = isAchievedClause(clause.text);
      if (achieved) mark.past = true;
      if (mark.past) {
        st.past = true;
        st.pastRule = achieved ? "time.report-sentence" : "time.past-year";
        if (mark.pastYear !== undefined) st.pastYear = mark.pastYear;
      } else if (mark.future && !report) {
        st.past = false;
        st.pastYear = undefined;
        st.pastRule = undefined;
      }
      if (mark.baseYear !== undefined) st.baseYear = mark.baseYear;
      st.yearQualifier = mark.qualifier === true;
      st.workYear = mark.workYear === true;
      if (mark.targetYear !== undefined && !mark.past) {
        st.targetYear = mark.targetYear;
        const lead = clause.text.trim();
        // "到2025年,…", "2025年为全面推进阶段": the year frames what follows.
        if (/^(?:到|至)/.test(lead)) framingYear = mark.targetYear;
        else if (/^\d{4}\s*年(?:底|末)?前?(?:为|是|起|$)/.test(lead)) {
          framingYear = mark.targetYear;
          framingRule = "time.phase-year";
        }
      }
      this.clause(clause.text, source, st);
    }
    // "到2020年,基本形成…" frames the targets that follow, and so does the plan's own target year;
    // a side horizon stated with its own targets (到2022年,…达到9件) does not.
    // A framing sentence inside a paragraph ("…。到2023年,市级机关全部建成节约型机关。") frames
    // the rest of its paragraph only (time.paragraph-year).
    // "(一)2024年。", "(一)启动实施阶段(2024年)。", "(五)明确2024年推进节点。": a stage heading
    // frames its paragraph, or the section when the heading stands alone (time.stage-heading).
    const stage =
      this.ctx.atHeading && framingYear === undefined && this.items.length === before
        ? stageHeadingYear(sentence, this.ctx.meta)
        : undefined;
    if (stage !== undefined) {
      if (this.ctx.moreInParagraph) {
        this.ctx.paragraphYear = stage;
        this.ctx.paragraphYearRule = "time.stage-heading";
      } else {
        this.ctx.sectionTargetYear = stage;
        this.ctx.sectionYearRule = "time.stage-heading";
      }
    }
    if (ownYear) {
      const dated = /(\d{4})\s*年\s*(?:第?[一二三四1-4]季度|上半年|前三季度)/.exec(sentence);
      this.ctx.milestoneYear = dated ? Number(dated[1]) : undefined;
    }
    // "第一阶段(2026—2027年):到2027年,…600个;累计加装电梯2000部": a stage's own targets do not
    // make its year a side horizon; it frames the rest of its paragraph (time.stage-lead).
    if (framingYear !== undefined && this.items.length > before && STAGE_LEAD.test(sentence)) {
      this.ctx.paragraphYear = framingYear;
      this.ctx.paragraphYearRule = "time.stage-lead";
    } else if (
      framingYear !== undefined &&
      (this.items.length === before || framingYear === this.ctx.meta.targetYear)
    ) {
      if (this.ctx.paragraphStart !== false) {
        this.ctx.sectionTargetYear = framingYear;
        this.ctx.sectionYearRule = framingRule;
      } else {
        this.ctx.paragraphYear = framingYear;
        this.ctx.paragraphYearRule = undefined;
      }
    }
    this.ctx.previousLast = st.last;
    this.ctx.previousLastUnit = st.last !== undefined ? st.lastUnit : undefined;
    // A sentence that only names something (加快建设县域医疗次中心。) may be the subject of the next.
    this.ctx.previousSubject =
      this.items.length === before && st.pending && st.pending.length <= 16
        ? dropWorkVerb(st.pending)
        : undefined;
    return { past: st.past, year: st.pastYear };
  }

  private clause(text: string, sentence: string, st: SentenceState): void {
    const clauseText = text.replace(/[。;!?]+$/, "");
    this.clauseBody(clauseText, sentence, st);
    st.previousClause = clauseText;
  }

  private clauseBody(clauseText: string, sentence: string, st: SentenceState): void {
    const quantities = scanQuantities(clauseText);
    const lead = cleanSubject(clauseText.slice(0, quantities[0]?.start ?? clauseText.length));
    if (lead.aspirational) st.aspirational = true;
    if (/^\s*其中/.test(clauseText)) st.parts = true;
    if (quantities.length === 0) {
      this.numberless(clauseText, sentence, st);
      return;
    }
    const drafts: Draft[] = [];
    let boundary = 0;
    let policyEnd = -1;
    let qualifiers = 0;
    for (const q of quantities) {
      const zone = clauseText.slice(boundary, q.start);
      // "5家以上(含5家)": a number inside brackets restates or qualifies the one before.
      const written = clauseText.slice(q.start, q.end);
      if (/[((]\s*(?:含|包括|包含|其中|即|约)?\s*$/.test(zone)) {
        this.reject(written, sentence, "reject.restated");
        boundary = q.end;
        continue;
      }
      // "上半年完成全年目标的48%", "完成投放点改造任务的60%": a share of a goal or task.
      const goal = q.unit === "%" ? GOAL_SHARE.exec(zone) : null;
      const tail = readTail(
        goal ? zone.slice(0, goal.index + (goal[1] === "占" ? 0 : goal[1].length)) : zone,
        q.unit,
        this.ctx.meta.targetYear,
      );
      let sfx = suffixAt(clauseText, q.end);
      const around: NumberContext = {
        before: clauseText.slice(0, q.start),
        lead: sentence.slice(0, Math.max(0, sentence.indexOf(clauseText))),
        after: clauseText.slice(q.end + (sfx?.length ?? 0), q.end + (sfx?.length ?? 0) + 24),
        unit: q.baseUnit,
        value: q.value,
        hasComparator: tail.effects.some((e) => e.cmp !== undefined),
        countsObject: tail.effects.some((e) => e.qtyFirst === true),
        suffix: sfx ? clauseText.slice(q.end, q.end + sfx.length) : undefined,
      };
      const deadline = sfx ? undefined : deadlineAfter(around);
      if (deadline === "deadline") {
        this.reject(written, sentence, "reject.deadline");
        boundary = q.end + 1;
        continue;
      }
      if (deadline === "bound") sfx = { effect: { cmp: "<=", lowerIsBetter: true }, length: 1 };
      // "每件最高资助5000元、8000元": a value listed after a policy figure is one too.
      const listedAfterPolicy = policyEnd === boundary && /^\s*(?:、|和|或)?\s*$/.test(zone);
      const policy = listedAfterPolicy || isPolicyAmount(around);
      if (policy) {
        this.reject(
          written,
          sentence,
          policy === "rate-of-base"
            ? "reject.rate-of-base"
            : policy === "allocation"
              ? "reject.fund-allocation"
              : "reject.policy",
        );
        boundary = q.end + (sfx?.length ?? 0);
        policyEnd = boundary;
        continue;
      }
      // "非税收入项目(共14项)全部划转", "覆盖全县中小学(共36所)": the size of the scope, noted in
      // parentheses, is no target (reject.scope-note).
      if (
        /[((](?:共|共计|合计|总计)$/.test(around.before) &&
        /^\s*[))]/.test(clauseText.slice(q.end + (sfx?.length ?? 0)))
      ) {
        this.reject(written, sentence, "reject.scope-note");
        boundary = q.end + (sfx?.length ?? 0);
        continue;
      }
      // "按当前增速测算,2025年仅能达到50亿元", "预计…老年人口将达到13.5万人": a forecast of what will
      // happen, not what the plan commits to (reject.forecast).
      const forecastLead = FORECAST_LEAD.test(sentence);
      if (forecastLead || (FORECAST.test(sentence) && FORECAST_VERB.test(around.before.trimEnd()))) {
        this.reject(written, sentence, forecastLead ? "reject.forecast-lead" : "reject.forecast");
        boundary = q.end + (sfx?.length ?? 0);
        continue;
      }
      // "建成澄溪高速公路一期", "二期工程": the phase of a project, not a count of anything.
      if (
        q.chinese &&
        q.baseUnit === "期" &&
        (/(?:公路|铁路|高速|工程|项目|园区|港区?|机场|大道|隧道|大桥|线|厂|馆|中心)$/.test(around.before) ||
          /^(?:工程|项目)/.test(around.after) ||
          /^\s*\d/.test(clauseText.slice(q.end)))
      ) {
        this.reject(written, sentence, "reject.project-phase");
        // The phase stays in the words before the next figure (完成一期12万平方米…建设).
        continue;
      }
      // A norm of conduct or provision (每天…2小时, 按…0.1平方米的标准) before it reads as a threshold.
      const norm = isPerUnitStandard(around);
      if (norm && norm !== "per-unit") {
        this.reject(written, sentence, NORM_RULES[norm]);
        boundary = q.end + (sfx?.length ?? 0);
        continue;
      }
      // The threshold stays in the text before the next number, so it names that one's subject.
      if (isQualifier(around)) {
        this.reject(written, sentence, "reject.qualifier");
        qualifiers++;
        continue;
      }
      // "快递服务72小时准时率达到85%", "24小时晴雨预报准确率": a time or size right before a rate's
      // name is part of the name; it stays in the words of the rate's figure (name.measure-in-name).
      if (
        !q.chinese &&
        MEASURE_IN_NAME.has(q.unit) &&
        /^[\u4e00-\u9fa5A-Za-z]{0,10}率/.test(clauseText.slice(q.end)) &&
        quantities.some((x) => x.start > q.end)
      ) {
        this.reject(written, sentence, "name.measure-in-name");
        continue;
      }
      // "打造“15分钟健身圈”": a numeral inside the name of a programme; "实施十件民生实事": the
      // programme's own name.
      if (
        inQuotedName(clauseText, q.start, q.end) ||
        (q.chinese && /^(?:民生实事|惠民实事|实事)/.test(clauseText.slice(q.end)))
      ) {
        this.reject(written, sentence, "reject.name-numeral");
        // The name goes on past it: "新增“一件事一次办”集成服务事项15项" keeps it in the subject.
        continue;
      }
      if (norm) {
        this.reject(written, sentence, NORM_RULES[norm]);
        boundary = q.end + (sfx?.length ?? 0);
        continue;
      }
      let end = q.end + (sfx?.length ?? 0);
      const prev = drafts[drafts.length - 1];
      const continuation =
        prev !== undefined && /^\s*(?:、|和|与|及|以及|或)?\s*$/.test(zone) && tail.effects.length === 0;
      const draft: Draft = {
        quantity: q,
        text: written,
        rule: "cand.subject",
        tail,
        suffix: sfx?.effect,
        form: "subject",
        closes: /^\s*(?:[、,，;；。]|$)/.test(clauseText.slice(end)) && !NOT_A_COUNT_BEFORE.test(zone),
      };
      if (goal) draft.goal = goal[2];
      if (continuation) {
        draft.tail = { ...prev.tail, subjectZone: prev.tail.subjectZone };
        draft.form = prev.form;
      }
      const next = clauseText[end];
      const qtyVerb = draft.tail.effects.some((e) => e.qtyFirst) || (continuation && prev.form === "qty");
      // "50家以上企业": 以上 between the number and its counted object.
      // "50%以上的规上工业企业建立…": a share of entities after 以上(的).
      // "保持20%以上的增长": the rate of the subject, not a share of entities.
      const rateNoun = /^的?(?:增长|增速|增幅)/.exec(clauseText.slice(end));
      if (sfx !== undefined && q.unit === "%" && rateNoun) {
        draft.tail = { ...draft.tail, effects: [...draft.tail.effects, { growth: "up" }] };
        end += rateNoun[0].length;
      }
      // "50%以上的规上企业…", "100%的规上企业建立…": a share of entities.
      const shareAfterSuffix =
        !rateNoun &&
        q.unit === "%" &&
        next === "的" &&
        isCjkLetter(clauseText[end + 1]) &&
        !tail.effects.some((x) => x.growth || x.cagr) &&
        !/^的(?:速度|水平|幅度|比例|比重|目标|增长)/.test(clauseText.slice(end));
      if (shareAfterSuffix) end++;
      const objectAfterSuffix =
        shareAfterSuffix ||
        (sfx !== undefined && qtyVerb && isCjkLetter(clauseText[end]) && !LIST_SEP.has(next));
      // "由1.12件提高到3件": a verb after the unit starts the next predicate, not an object.
      const verbNext = PREDICATE_WORDS.some((w) => clauseText.startsWith(w, end));
      const followedByObject =
        objectAfterSuffix || (!sfx && !verbNext && isCjkLetter(next) && !LIST_SEP.has(next) && next !== "的");
      // "…业务分别覆盖12个和36个重点区域": the noun after the last of a shared list is what each
      // figure counts; the list stays with its subjects (cand.list-object).
      if (
        followedByObject &&
        continuation &&
        prev.form === "subject" &&
        !qtyVerb &&
        q.unit !== "%" &&
        /分别|各自/.test(prev.tail.subjectZone)
      ) {
        const obj = objectAfter(clauseText, end);
        draft.rule = "cand.list-object";
        drafts.push(draft);
        boundary = obj.end;
        continue;
      }
      if (followedByObject) {
        if (q.unit === "%" && (shareAfterSuffix || !/^(以上|以下)/.test(clauseText.slice(q.end)))) {
          // "市场占有率30%以上的企业达到20家": a threshold on the entities counted later, when a
          // rate names it or the clause goes on to its own figure.
          const owner = cleanSubject(draft.tail.subjectZone).name;
          if (/(?:率|占比|比重|比例|份额)$/.test(owner) || quantities.some((x) => x.start >= end)) {
            this.reject(written, sentence, "reject.threshold-object");
            continue;
          }
          draft.form = "percent";
          draft.rule = "cand.share";
          const obj = objectAfter(clauseText, end);
          draft.object = obj.text;
          end = obj.end;
        } else if (qtyVerb) {
          draft.form = "qty";
          draft.rule = "cand.counted-object";
          const obj = objectAfter(clauseText, end, true);
          draft.object = obj.text;
          end = obj.end;
        } else {
          // "完成全市1.2万家生产经营单位风险隐患排查": the count of the work done, named by it.
          const work = countedWork(clauseText, zone, end);
          if (work) {
            draft.form = "qty";
            draft.rule = "cand.counted-work";
            draft.object = work.name;
            draft.tail = { ...draft.tail, effects: [...draft.tail.effects, { cmp: ">=", level: true }] };
            drafts.push(draft);
            boundary = work.end;
            continue;
          }
          const counted = countBeforeNoun(
            clauseText,
            end,
            draft.tail.subjectZone,
            q.unit,
            clauseText.slice(0, q.start),
          );
          // "全省14个市(州)全部建成实景三维城市,其中10个市(州)…通过省级验收": all of a scope, whose
          // part is counted next, is the scope of that count (reject.scope-all).
          if (counted?.all && /其中/.test(sentence.slice(Math.max(0, sentence.indexOf(clauseText)) + end))) {
            this.reject(written, sentence, "reject.scope-all");
            boundary = counted.end;
            continue;
          }
          if (!counted) {
            this.reject(written, sentence, "reject.not-counted");
            boundary = end;
            continue;
          }
          draft.form = "qty";
          draft.rule = counted.where ? "cand.count-where" : "cand.count-before-noun";
          draft.object = counted.name;
          end = counted.end;
        }
      }
      drafts.push(draft);
      boundary = end;
    }
    // "集体经济经营性收入10万元以上村占比 | ≥65%": a name whose only number qualifies it names
    // the next clause (name.qualified-subject).
    if (drafts.length === 0 && qualifiers === quantities.length) {
      this.numberless(clauseText, sentence, st);
      if (st.pending !== undefined) st.pendingRule = "name.qualified-subject";
      return;
    }
    // Group continuation values (分别达到1000件和500件).
    const groups: Draft[][] = [];
    for (const d of drafts) {
      const g = groups[groups.length - 1];
      if (g && d.tail === g[0].tail) g.push(d);
      else if (
        g &&
        d.form === g[0].form &&
        d.tail.subjectZone === g[0].tail.subjectZone &&
        d.tail.effects === g[0].tail.effects
      )
        g.push(d);
      else groups.push([d]);
    }
    for (const g of groups) this.group(g, sentence, st);
    st.lastWords = undefined;
  }

  private group(group: Draft[], sentence: string, st: SentenceState): void {
    const first = group[0];
    const effects = collectEffects(first);
    const cleaned = cleanSubject(first.tail.subjectZone);
    if (cleaned.aspirational) st.aspirational = true;
    const aspirational = effects.aspirational || cleaned.aspirational || st.aspirational;
    if (first.form === "subject" && first.goal !== undefined) {
      for (const d of group) {
        // "…,完成规划目标的88.9%" in a report: how far a goal was met, no figure of its own.
        if (st.past || this.ctx.sectionPast) {
          this.reject(d.text, sentence, st.pastRule ?? this.ctx.sectionPastRule ?? "time.report-sentence");
          continue;
        }
        const named = this.goalShare(cleaned.name, first.goal, st);
        this.emit(named, d, effects, aspirational, sentence, st, 0.05, ["name.goal-share"]);
      }
      return;
    }
    if (first.form === "subject") {
      let subjects = [cleaned.name];
      const unit = first.quantity.unit;
      const absolute = !effects.growth && !effects.cagr && !effects.double && !/^(?:%|倍|番)$/.test(unit);
      const total =
        cleaned.name !== "" &&
        !effects.distributive &&
        sharedMeasure(cleaned.name) &&
        !sharedMeasure(cleaned.name, absolute);
      if (cleaned.name !== "" && (effects.distributive || sharedMeasure(cleaned.name, absolute)))
        subjects = splitDistributive(cleaned.name);
      // "名录库单位新增入库不少于600家,其中工业、服务业分别新增180家和260家": after 其中, bare
      // modifiers sharing the total's verb each qualify the total (name.parts-modifier).
      const modifiers =
        st.parts && effects.distributive ? partModifiers(cleaned.name, st.last, effects.verb) : undefined;
      if (modifiers && modifiers.length === group.length) subjects = modifiers.map((m) => `${m}${st.last}`);
      // "A和B分别达到…,年均分别增长20%和15%": the second clause shares the list of subjects.
      if (cleaned.name === "" && st.lastList && st.lastList.length > 1 && st.lastList.length === group.length)
        subjects = st.lastList;
      // "聚焦A、B、C三大主导产业,分别引进链上项目12个、10个和8个": the subjects of 分别 are listed in
      // the clause before; each names what is counted (name.distributive-before).
      let listedBefore = false;
      if (
        (effects.distributive || /^(?:分别|各自)/.test(cleaned.name)) &&
        subjects.length === 1 &&
        group.length > 1
      ) {
        const listed = listInClause(st.previousClause, group.length);
        if (listed) {
          const object = cleaned.name.replace(
            /^(?:分别|各自)?(?:引进|签约|招引|落地|开工|实施|建设|打造|培育|组建|举办|开展)?/,
            "",
          );
          subjects = listed.map((x) => `${x}${object}`);
          listedBefore = true;
        }
      }
      const pairs: Array<[string, Draft]> = [];
      if (subjects.length === group.length) subjects.forEach((s, k) => pairs.push([s, group[k]]));
      else if (group.length === 1) subjects.forEach((s) => pairs.push([s, first]));
      else group.forEach((d) => pairs.push([subjects[0], d]));
      const names: string[] = [];
      const shared: RuleId[] =
        subjects.length > 1
          ? [
              modifiers
                ? "name.parts-modifier"
                : listedBefore
                  ? "name.distributive-before"
                  : effects.distributive
                    ? "name.distributive"
                    : "name.shared-multiple",
            ]
          : total
            ? ["name.count-total"]
            : [];
      // "全镇23个村(社区)中,建成“五星级”服务站的达到16个": the places of the scope before that
      // have done it are counted (name.scope-done).
      const scope =
        pairs.length === 1 && /的\s*(?:达到|有|为)?\s*$/.test(first.tail.subjectZone)
          ? scopeNoun(st.previousClause)
          : undefined;
      for (const [subject, d] of pairs) {
        const named = this.nameFor(subject, st, effects, d.quantity.baseUnit);
        if (named && scope && !named.name.endsWith(scope)) {
          // The verb stays: 建成…的村 are the villages that built it.
          const done = first.tail.subjectZone
            .replace(/[“”"]/g, "")
            .replace(/的\s*(?:达到|有|为)?\s*$/, "")
            .replace(/^[\s,;:、]+/, "")
            .trim();
          named.name = `${done.length >= 2 && done.length <= 20 ? done : named.name}的${scope}`;
          named.rule = "name.scope-done";
        }
        if (!named) {
          this.reject(d.text, sentence, "reject.no-subject");
          continue;
        }
        const nameRules = named.rule ? [...shared, named.rule] : shared;
        const rate: Effect | undefined = named.growth
          ? named.cagr
            ? { ...effects, cagr: named.growth }
            : { ...effects, growth: named.growth }
          : undefined;
        this.emit(named.name, d, rate ?? effects, aspirational, sentence, st, named.penalty, nameRules);
        names.push(named.carry ?? named.name);
        // "…数量新增20家,累计达到100家": the next clause carries the subject, not "新增…".
        if (named.carry && named.carry !== named.name && st.last === named.name) st.last = named.carry;
      }
      if (names.length > 1) st.lastList = names;
      return;
    }
    for (const d of group) {
      const obj = cleanSubject(d.object ?? "").name;
      let name: string;
      let penalty = 0.2;
      if (d.form === "percent") {
        const m = /(实现|达到|完成|开展|建立|拥有|取得|通过)/.exec(obj);
        const owner = m ? obj.slice(0, m.index) : obj;
        const what = m ? obj.slice(m.index + m[1].length) : "";
        name = `${owner}${m ? m[1] : ""}${what}比例`;
        penalty = 0.3;
      } else {
        const verb = effects.verb ?? "";
        name = `${verb}${obj}`;
      }
      if (name.replace(/比例$/, "").length < 2) {
        this.reject(d.text, sentence, "reject.not-counted");
        continue;
      }
      const e = { ...effects };
      // The object, not a growth word, follows the number: 培育10家 is a level.
      delete e.growth;
      delete e.cagr;
      this.emit(name, d, e, aspirational, sentence, st, penalty);
    }
  }

  /**
   * "上半年新增贷款达到全年目标的60%" → 新增贷款全年目标完成比例; a goal that only says whose plan it
   * is (全年目标, 年度任务, 建设任务) takes the subject, or the indicator just stated; a goal that names
   * the work (完成投放点改造任务的60%) is named by itself.
   */
  private goalShare(subject: string, goal: string, st: SentenceState): string {
    const g = goal.replace(/[“”"]/g, "");
    if (!GENERIC_GOAL.test(g)) return `${g}完成比例`;
    const own = subject !== "" && !MILESTONE_ONLY.test(subject) ? subject : undefined;
    // An indicator of its own (重点项目开工率) is not the owner of the next goal.
    const last = st.last ?? this.ctx.previousLast;
    const carried = last && !/(?:率|比例|比重|占比|进度|指数)$/.test(last) ? last : undefined;
    const owner = (own ?? carried ?? "").replace(/(?:增量|减少量)$/, "");
    if (owner.endsWith(g)) return `${owner}完成比例`;
    return `${owner}${g}完成比例`;
  }

  private nameFor(subject: string, st: SentenceState, effects: Effect, unit = ""): Named | undefined {
    let name = subject;
    let penalty = 0;
    let rule: RuleId | undefined;
    // "每年不少于300万元": a bare period names nothing; the subject is carried.
    if (/^(?:每年|每季度|每月|全年|年度|当年|每年度|其中)$/.test(name)) name = "";
    // "上半年完成全年目标的48%;前三季度完成75%": a milestone's time alone names the indicator just
    // stated, in this sentence or the one before (name.milestone).
    if (MILESTONE_ONLY.test(name)) {
      const carried = st.last ?? this.ctx.previousLast;
      if (!carried) return undefined;
      // "淘汰燃煤锅炉20台,一季度末前完成50%": a share of the count just stated.
      const share = unit === "%" && !/(?:率|比例|比重|占比|进度|指数)$/.test(carried);
      return { name: share ? `${carried}完成比例` : carried, penalty: 0.1, rule: "name.milestone" };
    }
    if (name === "" && effects.verb && effects.qtyFirst) {
      // "组织审查员、管理人员培训,每年培训不少于500人次": the clause before names who is trained.
      const before = st.lastWords ?? "";
      if (before.endsWith(effects.verb) && before.length > effects.verb.length + 1) {
        const object = before.slice(0, before.length - effects.verb.length).replace(LEAD_VERB, "");
        const parts = object.split(/、|和|及|与/);
        const first = parts[0];
        if (first.length >= 2)
          return { name: `${first}${parts.length > 1 ? "等" : ""}${effects.verb}`, penalty: 0.15 };
      }
      // "培育知识产权优势企业 | 新增5家": a short clause before names what is counted.
      // "开展知识产权培训20场次、培训1500人次": the same activity, now counted in people.
      if (st.last?.endsWith(effects.verb) && /人|名/.test(unit))
        return { name: `${st.last}${unit === "人次" ? "人次" : "人数"}`, penalty: 0.1 };
      // (新增 only names the newness; 举办, 培训 name an activity of their own.) "总数达到8个,新增2个":
      // the new ones of the thing just named.
      const named = st.last ?? st.pending;
      if (named && NEW_VERB.test(effects.verb)) {
        const thing = dropWorkVerb(
          named.replace(/^(?:每年|年度|当年|累计)?(?:新增|新建|新培育|新认定)?/, ""),
        );
        return { name: `${effects.verb}${thing.replace(/(?:总数|总量|数量)$/, "") || thing}`, penalty: 0.15 };
      }
      // "培训1500人次": the verb names what is counted.
      return { name: `${effects.verb}${/人/.test(unit) || unit === "名" ? "人数" : "数量"}`, penalty: 0.1 };
    }
    // "三年完成交通固定资产投资600亿元以上,年均投资不低于200亿元": a period and a bare measure take
    // the indicator the clause before stated with that measure (name.period-measure).
    const period = /^(年均|每年|年度)(投资|产值|收入|支出|销售额|营业收入|营收)$/.exec(name);
    if (period && st.last?.endsWith(period[2]) && st.last.length > period[2].length) {
      const whole = st.last.replace(
        /^(?:(?:[一二三四五六七八九十两]|\d{1,2})年)?(?:累计|共)?(?:完成|实现)?/,
        "",
      );
      return { name: `${period[1]}${whole}`, penalty: 0.05, rule: "name.period-measure" };
    }
    // "新培育示范企业15家,全市累计达到40家": a scope alone names the total of the same things.
    const scopeOnly = SCOPE_ONLY.test(name);
    if (scopeOnly) name = "";
    if (name === "" || GENERIC_SUBJECTS.has(name)) {
      let carried = st.last ?? st.pending;
      rule = scopeOnly ? "name.scope-total" : "name.carried";
      // "建设县域医疗次中心。到2025年,数量达到5个": the subject is in the sentence before.
      if (!carried && !scopeOnly && this.ctx.previousSubject) {
        carried = this.ctx.previousSubject;
        rule = "name.previous-sentence";
        penalty += 0.1;
      }
      // "到2024年底,新建社区养老服务站10个;到2025年底,累计达到25个": the total of the things the
      // sentence before counted, in the same unit.
      if (!carried && this.ctx.previousLast && unit !== "" && unit === this.ctx.previousLastUnit) {
        carried = this.ctx.previousLast.replace(NEW_VERB, "") || this.ctx.previousLast;
        rule = "name.previous-sentence";
        penalty += 0.1;
      }
      if (!carried) return undefined;
      if (!st.last && st.pendingRule && carried === st.pending) rule = st.pendingRule;
      penalty += st.last ? 0.05 : 0.15;
      // "农村居民人均可支配收入增速 | ≥7%": a carried rate of growth gives a growth of the thing.
      const rate = unit === "%" && !effects.growth && !effects.cagr ? GROWTH_RATE.exec(carried) : null;
      if (rate && rate.index >= 2) {
        const growth = /下降|降/.test(rate[0]) ? "down" : "up";
        const cagr = rate[0].startsWith("年均");
        return {
          name: finishName(carried.slice(0, rate.index)),
          penalty,
          rule: "name.carried-rate",
          growth,
          cagr,
        };
      }
      if (scopeOnly) carried = carried.replace(NEW_VERB, "") || carried;
      name = carried;
    } else if (GENERIC_ATTRIBUTES.has(name) && (st.last ?? st.pending ?? this.ctx.previousSubject)) {
      rule = (st.last ?? st.pending) ? "name.carried" : "name.previous-sentence";
      name = `${st.last ?? st.pending ?? this.ctx.previousSubject}${name}`;
      penalty = 0.05;
    } else if (st.parts) {
      const completed = completeName(name, st.last);
      if (completed !== name) rule = "name.parts";
      name = completed;
    }
    // "居民消费价格涨幅3%左右": a subject that is a rate of change gives a growth of the thing
    // (name.rate-subject), as a carried one does.
    const own =
      unit === "%" && rule === undefined && !effects.growth && !effects.cagr ? GROWTH_RATE.exec(name) : null;
    if (own && own.index >= 2)
      return {
        name: finishName(name.slice(0, own.index)),
        penalty,
        rule: "name.rate-subject",
        growth: /下降|降/.test(own[0]) ? "down" : "up",
        cagr: own[0].startsWith("年均"),
      };
    // "完成市级政务服务事项标准化梳理1800项;…完成区(县)级梳理4500项": the level of government changes,
    // the words between it and the shared last word are elided (name.level-ellipsis).
    if (rule === undefined) {
      const own = LEVEL_HEAD.exec(name);
      const prev = st.last ?? this.ctx.previousLast;
      const theirs = prev ? LEVEL_HEAD.exec(prev) : null;
      if (
        own &&
        theirs &&
        own[1] !== theirs[1] &&
        theirs[2].length > own[2].length &&
        theirs[2].endsWith(own[2])
      ) {
        name = `${own[1]}${theirs[2]}`;
        rule = "name.level-ellipsis";
      }
    }
    const carry = finishName(name);
    if (effects.verb && effects.qtyFirst && subject !== "" && !name.includes(effects.verb)) {
      name = effects.verb === "新增" ? `${effects.verb}${name}` : `${name}${effects.verb}`;
    }
    name = finishName(name);
    if (name.length < 2) return undefined;
    return { name, penalty, carry, rule };
  }

  private emit(
    name: string,
    d: Draft,
    e: Effect,
    aspirational: boolean,
    sentence: string,
    st: SentenceState,
    penalty: number,
    nameRules: readonly RuleId[] = [],
  ): void {
    const no = (rule: RuleId) => this.reject(d.text, sentence, rule);
    // Chinese plans name their indicators in Chinese; anything else is not plan prose.
    if (!/[\u4e00-\u9fff]/.test(name)) return no("reject.no-subject");
    const rules: RuleId[] = [d.rule, ...nameRules, ...effectRules(d)];
    if (st.innerPart) rules.push("cand.inner-part");
    if (d.quantity.unitPrefix) rules.push("cand.unit-prefix");
    if (d.quantity.unit === "" && /(?:死亡率|发生率|发病率|事故率|伤亡率)$/.test(name))
      rules.push("cand.rate-per");
    // "培育…"一地一品"项目8个,其中年业务量超过1000万件的项目两个": after 其中, a part of the things
    // just counted is counted as they were (cand.part-count).
    const part =
      st.parts &&
      d.quantity.chinese &&
      st.last !== undefined &&
      st.last !== name &&
      name.length >= 3 &&
      st.last.endsWith(name.slice(-2));
    if (part) rules.push("cand.part-count");
    // "城区新建人防疏散基地两个", "组织区级职工技能竞赛十五项": a doing verb inside the subject, with the
    // numeral after its object, commits to the count as well (cand.verb-in-subject).
    const inner = !COUNT_VERB.test(name) && d.form === "subject" && INNER_COUNT_VERB.test(name);
    if (inner && d.quantity.chinese) rules.push("cand.verb-in-subject");
    // "新开工大型水库两座、中型水库十五座", "全年刊播稿件一百篇": a numeral with its measure word
    // closing the clause after the thing counted is a count, whatever the verb
    // (cand.numeral-closes); wording puts its numeral before the noun (两个市场, 三大产业).
    const closing =
      !COUNT_VERB.test(name) &&
      !part &&
      !inner &&
      d.quantity.chinese &&
      d.form === "subject" &&
      d.closes === true &&
      d.quantity.value >= 2 &&
      MEASURE_WORD.test(d.quantity.unit);
    if (closing) rules.push("cand.numeral-closes");
    const counted = COUNT_VERB.test(name) || part || inner || closing;
    // 建成…的村 are the villages that built it: the verb is what tells them apart.
    if (!nameRules.includes("name.scope-done")) name = dropWorkVerb(name);
    const q = d.quantity;
    let kind: Kind = "level";
    let value = q.value;
    let unit = q.unit;
    let cmp: ExtractComparator = e.cmp ?? ">=";
    let lowerIsBetter = e.lowerIsBetter === true || cmp === "<=" || cmp === "<";
    // "分辨率优于0.2米", "定位精度达到2厘米": a finer resolution or precision is a smaller length
    // (cmp.finer).
    if (/(?:分辨率|精度|误差)$/.test(name) && /^(?:毫米|厘米|米|千米|公里)$/.test(q.unit)) {
      lowerIsBetter = true;
      if (!d.tail.effects.some((x) => x.rules?.includes("cmp.finer")) && !rules.includes("cmp.finer"))
        rules.push("cmp.finer");
    }
    let confidence = 0.9;
    let decrease = false;
    /** A fall of a rate (下降10%, 降低2个百分点): positive value, `decrease`. */
    let fall = false;
    const notes: string[] = [];
    const hasWord = d.tail.effects.length > 0 || d.suffix !== undefined;
    if (q.unit === "番") {
      if (!e.double) return no("reject.wording");
      kind = "multiple";
      value = Math.pow(2, q.value);
      unit = "倍";
    } else if (q.unit === "倍" && RATIO_NAME.test(name) && !e.growth) {
      // "放大倍数提高到3.5倍": a ratio measured in 倍 is a level (kind.ratio-level).
      rules.push("kind.ratio-level");
    } else if (q.unit === "倍") {
      kind = "multiple";
      rules.push("kind.multiple");
      // 增长两倍 = 3× the base (statistical usage); 是…的2倍 = 2×.
      value = e.growth === "up" && !d.tail.multipleOf ? q.value + 1 : q.value;
    } else if (e.cagr && q.unit === "%") {
      kind = "cagr";
      if (e.cagr === "down") fall = true;
    } else if (e.growth && q.unit === "%" && !e.toLevel) {
      kind = "growth";
      if (e.growth === "down") fall = true;
    } else if ((e.growth || e.cagr) && !e.toLevel && d.form === "subject" && unit === "个百分点") {
      // "提高5个百分点": the change of a rate, in points (0.05 "个百分点"), unless the sentence
      // already gives the level it leads to.
      // "达到2.8%,年均提高0.14个百分点": a yearly pace is a constraint of its own beside the level
      // (kind.yearly-points).
      kind = "increment";
      rules.push("kind.increment");
      if (st.levels.has(name)) rules.push(e.cagr ? "kind.yearly-points" : "kind.level-points");
      value = q.value / 100;
      if (e.growth === "down" || e.cagr === "down") fall = true;
    } else if (e.yearly && e.cagr === "up" && !e.growth && d.form === "subject") {
      // "三年新建…不少于54万平方米,年均18万平方米左右": a bare 年均 before a count is the quantity
      // per year, a level of its own (kind.yearly-level).
      const cagrRule = rules.indexOf("kind.cagr");
      if (cagrRule >= 0) rules.splice(cagrRule, 1);
      rules.push("kind.yearly-level");
      // "年均三年新建…" would name the period twice.
      if (!name.includes("年均"))
        name = `年均${name.replace(/^(?:[一二三四五六七八九十两]|\d{1,2})年(?=[\u4e00-\u9fff]{2})/, "")}`;
    } else if ((e.growth || e.cagr) && !e.toLevel && d.form === "subject") {
      // 增加500件: an increment, read as a level of the increase — unless the same sentence
      // already gives the level it leads to (达到7.5件,较2020年提高2.3件).
      if (st.levels.has(name)) return no("reject.level-given");
      rules.push("kind.count-increment");
      const down = e.growth === "down" || e.cagr === "down";
      name = `${name}${down ? "减少量" : "增量"}`;
      confidence -= 0.2;
      notes.push("增量目标");
      // "减少200件": the reduction itself is to be at least that large.
      if (down && e.cmp === undefined) decrease = true;
    } else if (unit === "个百分点") {
      // "低于序时进度3.9个百分点": a comparison, not a target; a change of a rate is read above.
      return no("reject.points-comparison");
    }
    // "下降10%", "年均下降3%", "降低2个百分点": the size of the fall, kept positive; at least that
    // much (下降10%以上, bare 下降10%) unless a ceiling word bounds it (降幅控制在5%以内).
    if (fall) {
      // "能耗下降2.5%左右": about that fall (=), as 左右 elsewhere (kind.fall-about).
      cmp = e.cmp === "<=" || e.cmp === "<" || e.cmp === "=" ? e.cmp : e.cmp === ">" ? ">" : ">=";
      if (cmp === "=") rules.push("kind.fall-about");
      lowerIsBetter = true;
    }
    if (kind === "level" && e.growth === "down" && !e.toLevel) lowerIsBetter = true;
    if (decrease) lowerIsBetter = false;
    if (lowerIsBetter && (cmp === ">=" || cmp === ">") && kind === "level") cmp = "<=";
    if (kind === "increment" && !fall) lowerIsBetter = e.cmp === "<=" || e.cmp === "<";
    if (!hasWord) confidence -= 0.15;
    // "新增地理标志证明商标两件": a counting verb in front of the object commits to the count, so a
    // Chinese numeral counts there; elsewhere a bare 三项 or 两个 is wording (三大产业, 两个市场).
    if (q.chinese && !hasWord && !counted) return no("reject.wording");
    // "建设一支…人才队伍", "每年开展一次评估": 一 in front of its noun, without a comparator, is an
    // article, not a count (reject.article-one).
    if (q.chinese && q.value === 1 && d.form === "qty" && e.cmp === undefined)
      return no("reject.article-one");
    // Weights of an assessment (考核分值占5%) are not targets.
    if (/分值|权重|优秀比例|等次|满分|考核总分/.test(name)) return no("reject.assessment");
    // Points without a comparator are an assessment's scale (创造指标40分), not a score to reach.
    if (unit === "分" && !hasWord) return no("reject.assessment");
    // Counts of documents (出台政策文件6个) are not targets.
    if (/文件$/.test(name) || (!hasWord && /(?:通知|办法|意见|方案|规划)$/.test(name)))
      return no("reject.document-count");
    if (q.baseUnit === "元" && (e.incentive || /每[件家项个人次]|一次性|给予/.test(d.tail.subjectZone)))
      return no("reject.policy");
    // "市财政设立…基金,规模50亿元", "市财政设立…专项资金,每年安排5000万元": the treasury's money in
    // the sentence, without a comparator, is a budget, an input of the plan (reject.budget-sentence).
    // "预警信息发布时间原则上不超过10分钟": 原则上 states a norm for each case, not a result to reach.
    if (/原则上$/.test(d.tail.subjectZone.trim())) return no("reject.in-principle");
    // A floor the treasury commits to (每年不低于800万元) is kept as the plan's own target.
    if (q.baseUnit === "元" && e.cmp === undefined && FISCAL_INPUT.test(sentence))
      return no("reject.budget-sentence");
    // 科研人员所得比例不低于70%: how a sum is shared, a rule rather than a result.
    if (isShareRule(name)) return no("reject.share-rule");
    // "主要指标实现倍增": a summary, no indicator named.
    if (isGenericHeading(name)) return no("reject.generic");
    // "二级标准,PM2.5年均浓度限值为35微克/立方米": the limit a standard sets, quoted as a reference.
    if (/(?:限值|标准值|阈值)$/.test(name)) return no("reject.standard-limit");
    // "生均公用经费", "每千人口床位数": a per-unit standard, a norm rather than a result.
    if (PER_UNIT_NAME.test(name)) return no("reject.per-unit");
    if (q.approximate || e.approximate) {
      confidence -= 0.15;
      notes.push("约数");
    }
    if (q.range) {
      confidence -= 0.1;
      notes.push(`区间 ${q.range[0]}–${q.range[1]},取下限`);
    }
    if (e.ambiguous) {
      confidence -= 0.05;
      notes.push("“突破”可理解为 ≥ 或 >");
    }
    confidence -= penalty;
    if (name.length > 30) confidence -= 0.1;
    const reference = isNationalReference(d.tail.subjectZone, name);
    const historic = st.past || this.ctx.sectionPast || d.tail.fromBase === true || reference;
    if (d.tail.fromBase) rules.push("time.from-base");
    else if (reference) rules.push("time.reference");
    else if (st.past) rules.push(st.pastRule ?? "time.past-year");
    else if (this.ctx.sectionPast) rules.push(this.ctx.sectionPastRule ?? "section.past");
    if (!reference && isNationalLevel(d.tail.subjectZone)) rules.push("time.reference-level");
    if (d.tail.fromBase) notes.push("起始值");
    else if (reference) notes.push("对比数据");
    else if (historic) notes.push("历史数据");
    const item: ExtractedIndicator = {
      name,
      kind,
      comparator: cmp,
      value: tidy(value),
      unit: kind === "growth" || kind === "cagr" ? "%" : kind === "increment" ? "个百分点" : unit,
      source: sentence,
      confidence: round2(Math.max(0.05, Math.min(0.99, confidence))),
    };
    const baseYear = d.tail.baseYear ?? st.baseYear;
    const targetYear =
      d.tail.targetYear ??
      st.targetYear ??
      this.ctx.rowYear ??
      this.ctx.paragraphYear ??
      this.ctx.sectionTargetYear;
    if (baseYear !== undefined && kind !== "level") item.baseYear = baseYear;
    if (targetYear !== undefined && !historic) item.targetYear = targetYear;
    if (historic) {
      item.historic = true;
      const year = d.tail.fromBase ? d.tail.baseYear : st.pastYear;
      if (year !== undefined) item.year = year;
    }
    if (aspirational && !historic) item.aspirational = true;
    if (e.ambiguous) {
      item.ambiguous = true;
      item.alternatives = [">=", ">"];
    }
    if (lowerIsBetter) item.lowerIsBetter = true;
    if (fall) item.decrease = true;
    if (q.approximate || e.approximate) item.approximate = true;
    if (q.range) item.range = q.range;
    if (aspirational && !historic && !rules.includes("cmp.aspiration")) rules.push("cmp.aspiration");
    if (!historic && st.binding !== undefined) {
      item.binding = st.binding;
      rules.push("kind.binding");
    }
    if (!historic && st.yearQualifier) rules.push(st.workYear ? "time.work-year" : "time.year-qualifier");
    if (!historic && d.tail.ownYear) rules.push("time.item-year");
    else if (!historic && d.tail.targetYear === undefined && st.stageYear) rules.push("time.stage-year");
    else if (!historic && d.tail.targetYear === undefined && st.targetYear === undefined && this.ctx.rowYear)
      rules.push("table.row-deadline");
    else if (!historic && d.tail.targetYear === undefined && st.targetYear === undefined) {
      if (this.ctx.paragraphYear !== undefined)
        rules.push(this.ctx.paragraphYearRule ?? "time.paragraph-year");
      else if (this.ctx.sectionTargetYear !== undefined && this.ctx.sectionYearRule)
        rules.push(this.ctx.sectionYearRule);
    }
    if (!historic && st.quarter !== undefined && this.ctx.aheadByPlan) rules.push("sections.plan-ahead");
    if (!historic && this.ctx.aheadRule) rules.push(this.ctx.aheadRule);
    if (!historic && st.quarter !== undefined) {
      item.quarter = st.quarter;
      rules.push(st.stage ? "time.stage" : "time.quarter");
    }
    if (notes.length) item.note = notes.join(";");
    if (this.ctx.explain) item.rules = rules;
    this.add(item, d.text);
    if (kind === "level") st.levels.add(name);
    if (d.form === "subject") {
      st.last = name.replace(/(?:增量|减少量)$/, "");
      st.lastUnit = q.baseUnit;
    }
  }

  /**
   * A row of an indicator table: the target column (目标, or the latest year) is the target;
   * base columns and years up to the plan's base year are past figures; years in between are
   * milestones, left out.
   */
  tableRow(row: TableRow, line: string, afterGap = false): void {
    const base = this.ctx.meta.baseYear;
    const source = line.replace(/\s+/g, " ").trim();
    let kind: Kind = "level";
    const name = row.name;
    // "单位GDP能耗降低(%)": the row states a fall over the period.
    const fall =
      /(?:降低|下降|减少|削减)(?:率|幅度)?$/.test(name) && (row.unit === "%" || row.unit === "个百分点");
    // "近视率下降 | 个百分点 | — | 5": the fall of a rate, in points (table.points-row).
    const points = row.unit === "个百分点";
    if (points) kind = "increment";
    else if (/年均(?:增长|增速|增幅)/.test(name) && row.unit === "%") kind = "cagr";
    else if ((/增长率|增速|增幅/.test(name) || fall) && row.unit === "%") kind = "growth";
    // "融资担保放大倍数 | 倍 | 2.6 | 3.5": a ratio measured in 倍 is a level (table.ratio-level).
    else if (row.unit === "倍" && !RATIO_NAME.test(name)) kind = "multiple";
    const lowerName =
      !fall &&
      /周期|时限|时间|(?<!优良|达标)天数(?!比例|占比|率)|发案率|纠错率|失业率|浓度|能耗|排放|死亡率|用水量|发生率/.test(
        name,
      );
    for (const v of row.values) {
      // Under a heading of progress (主要指标完成情况), a year between base and target is the
      // value reached that year (table.reached-column), not a milestone.
      const reached = !v.target && !v.base && this.ctx.sectionPast && base !== null && v.year > base;
      const historic = !v.target && (v.base || reached || (base !== null ? v.year <= base : true));
      // A year between base and target (指标 | 2020年 | 2023年 | 2025年) is a milestone of the row,
      // due that year (table.milestone).
      const milestone = !historic && !v.target;
      if (milestone && !(v.year > 1)) continue;
      const lowerIsBetter = v.comparator ? v.comparator === "<=" || v.comparator === "<" : lowerName;
      const item: ExtractedIndicator = {
        name,
        kind,
        comparator: v.comparator ?? (lowerIsBetter ? "<=" : ">="),
        value: points ? tidy(v.value / 100) : v.value,
        unit: points ? "个百分点" : kind === "level" || kind === "multiple" ? row.unit : "%",
        source,
        confidence: 0.85,
      };
      // "年均土壤流失量 | 亿吨 | 1.85 | 下降10%": the measure falls by that share over the period
      // (table.fall-cell).
      if (v.fall) {
        item.kind = "growth";
        item.unit = "%";
        item.comparator = ">=";
      }
      // Years stand in for 现状/目标 columns when the header gives none (0 and 1 when unknown).
      const year = v.year > 1 ? v.year : undefined;
      if (historic) {
        item.historic = true;
        if (year !== undefined) item.year = year;
        item.note = "历史数据";
      } else if (year !== undefined) item.targetYear = year;
      if (lowerIsBetter || fall || v.fall) item.lowerIsBetter = true;
      if (v.fall) item.decrease = true;
      if (fall) {
        item.decrease = true;
        item.comparator = v.comparator === "<=" || v.comparator === "<" ? v.comparator : ">=";
      }
      if (v.cumulative) item.note = item.note ? `${item.note};累计值` : "累计值";
      // "85左右": about that figure, as 左右 in prose (table.about-cell).
      const about = v.approximate === true && !fall;
      if (about) {
        item.comparator = "=";
        item.approximate = true;
      }
      const rules: RuleId[] = [
        reached
          ? "table.reached-column"
          : historic
            ? "table.base"
            : milestone
              ? "table.milestone"
              : "table.target",
      ];
      if (milestone) item.note = item.note ? `${item.note};阶段目标` : "阶段目标";
      if (about) rules.push("table.about-cell");
      if (points) rules.push("table.points-row");
      if (v.fall) rules.push("table.fall-cell");
      if (afterGap) rules.push("table.gap-row");
      if (!historic && row.binding !== undefined) {
        item.binding = row.binding;
        rules.push("table.attribute");
      }
      if (this.ctx.explain) item.rules = rules;
      this.add(item, v.value + row.unit, TABLE_SCOPE);
    }
    if (row.cagr) {
      // "单位地区生产总值能源消耗降低 | % | — | — | [14.5]": the fall over the period, of the thing.
      const cagrName = fall ? name.replace(/(?:降低|下降|减少|削减)(?:率|幅度)?$/, "") : name;
      const item: ExtractedIndicator = {
        name: cagrName,
        kind: row.cagr.cumulative ? "growth" : "cagr",
        comparator: row.cagr.comparator ?? ">=",
        value: row.cagr.value,
        unit: "%",
        source,
        confidence: 0.85,
      };
      if (fall || row.cagr.fall) {
        item.decrease = true;
        item.lowerIsBetter = true;
      }
      const target = row.values.find((v) => v.target);
      if (target && target.year > 1) item.targetYear = target.year;
      if (row.cagr.comparator === "<=" || row.cagr.comparator === "<") item.lowerIsBetter = true;
      if (row.binding !== undefined) item.binding = row.binding;
      if (this.ctx.explain) {
        item.rules = row.binding !== undefined ? ["table.cagr", "table.attribute"] : ["table.cagr"];
        if (row.cagr.fall) item.rules.push("table.fall-cell");
      }
      this.add(item, `${row.cagr.value * 100}%`, TABLE_SCOPE);
    }
  }

  /** A row of a table of targets by region: every cell is the region's target. */
  regionRow(row: NonNullable<ReturnType<typeof readMatrixRow>>, line: string, past = false): void {
    const source = line.replace(/\s+/g, " ").trim();
    for (const v of row.values) {
      const lower = v.comparator === "<=" || v.comparator === "<";
      const item: ExtractedIndicator = {
        name: `${row.region}${v.name}`,
        kind: v.growth ? "growth" : "level",
        comparator: v.comparator ?? ">=",
        value: v.value,
        unit: v.unit,
        source,
        confidence: 0.8,
      };
      if (this.ctx.meta.targetYear !== null) item.targetYear = this.ctx.meta.targetYear;
      if (lower) item.lowerIsBetter = true;
      if (v.approximate) item.approximate = true;
      if (this.ctx.sectionPast || past) {
        item.historic = true;
        delete item.targetYear;
      }
      if (this.ctx.explain) item.rules = ["table.region"];
      this.add(item, `${v.value}${v.unit}`, row.region);
    }
  }

  /** Targets without a number: 零的突破 (≥ 1) and 翻番 (× 2). */
  private numberless(text: string, sentence: string, st: SentenceState): void {
    const zero = /(?:实现|取得)?(?:零的突破|零突破)/.exec(text);
    // 翻番 / 倍增 (×2); "倍增计划" names a programme, not a target.
    const dbl = /(?:实现)?(?:翻番|倍增)(?!["”]?(?:计划|行动|工程|项目))/.exec(text);
    const m = zero ?? dbl;
    if (!m) {
      const c = cleanSubject(text).name;
      if (c.length >= 2 && c.length <= 20) st.pending = c.replace(/^(?:提高|提升|增加|扩大|加快)/, "");
      st.lastWords = c;
      return;
    }
    let zone = text.slice(0, m.index);
    const tail = readTail(zone, "", this.ctx.meta.targetYear);
    zone = tail.subjectZone;
    const cleaned = cleanSubject(zone);
    const subjects =
      cleaned.name !== "" && sharedMeasure(cleaned.name) ? splitDistributive(cleaned.name) : [cleaned.name];
    const aspirational =
      cleaned.aspirational || st.aspirational || tail.effects.some((e) => e.aspirational === true);
    for (const subject of subjects) {
      const named = this.nameFor(subject, st, {});
      if (!named) continue;
      const q: Quantity = {
        start: m.index,
        end: m.index + m[0].length,
        value: 1,
        unit: zero ? guessUnit(named.name) : "番",
        baseUnit: zero ? guessUnit(named.name) : "番",
        approximate: false,
        chinese: false,
      };
      const d: Draft = {
        quantity: q,
        text: m[0],
        rule: zero ? "cand.zero" : "cand.doubling",
        tail: { ...tail, effects: [{ cmp: ">=", level: true }] },
        form: "subject",
      };
      const e: Effect = zero ? { cmp: ">=", level: true } : { double: true, cmp: ">=" };
      this.emit(named.name, d, e, aspirational, sentence, st, named.penalty + 0.2);
    }
  }
}

/**
 * "全市8个县(市、区)通过国家…督导评估": a count before its noun, with no subject before it and a
 * verb of result after the noun. The figure is the number of those that do it.
 */
function countBeforeNoun(
  text: string,
  at: number,
  subjectZone: string,
  unit: string,
  before = "",
): { name: string; end: number; where?: boolean; all?: boolean } | undefined {
  if (unit === "%" || unit === "" || !/^(?:个|所|家|座|名|户|项|条|处)$/.test(unit)) return undefined;
  // "新型基础测绘体系在6个市(州)试点建成": where the subject is done, counted (cand.count-where).
  const where = /([\u4e00-\u9fff“”"]{2,16})在$/.exec(before.trim());
  if (where) {
    const w =
      /^([\u4e00-\u9fff]{1,8}?(?:[((][^()()]{0,10}[))])?)(试点)?(建成|完成|实现|推广|应用)(?=[,;。]|$)/.exec(
        text.slice(at),
      );
    return w
      ? { name: `${where[1]}${w[2] ?? ""}${w[3]}的${w[1]}`, end: at + w[0].length, where: true }
      : undefined;
  }
  if (
    !/^(?:其中)?(?:全|我|本)?(?:市|省|县|区|州|镇)?(?:域|范围内)?(?:共有|共|累计|有)?$/.test(
      subjectZone.trim(),
    )
  )
    return undefined;
  const m =
    /^([\u4e00-\u9fff]{1,8}?)(?:[((][^()()]{0,10}[))])?(?:的([\u4e00-\u9fff]{2,8}?))?(全部|均|都)?(通过|达到|实现|建成|创成|获评|成功创建|创建|纳入|完成|入选|达标)([^,;。]{2,30})/.exec(
      text.slice(at),
    );
  if (!m) return undefined;
  // "4个县(市、区)的县级医院达到三级医院服务能力": what of each place reaches it.
  return { name: `${m[2] ?? ""}${m[4]}${m[5]}的${m[1]}数`, end: at + m[0].length, all: m[3] === "全部" };
}

/**
 * "完成全市1.2万家生产经营单位风险隐患排查", "完成全部48处水毁工程修复": a verb of completion, then
 * the count, then what is done to the things counted, closing the clause. The figure is the number
 * of things the work is done on, named by the work.
 */
function countedWork(text: string, zone: string, at: number): { name: string; end: number } | undefined {
  // "为不少于500名…残疾人提供托养服务": the people a service is given to.
  if (/^\s*(?:每年|全年|年内)?为(?:不少于|不低于|至少|超过)?\s*$/.test(zone)) {
    const s = /^([^,;。]{2,30}?)提供([\u4e00-\u9fff]{2,12})(?=[,;。]|$)/.exec(text.slice(at));
    return s ? { name: `提供${s[2]}的${s[1]}`, end: at + s[0].length } : undefined;
  }
  if (
    !/(?:完成|实施|推进)(?:全市|全县|全区|全镇|全乡|全部|所有|全年|年度)?(?:[一二三四]期|首期)?\s*$/.test(
      zone,
    )
  )
    return undefined;
  const m =
    /^((?:[\u4e00-\u9fff“”"]|[((][\u4e00-\u9fff、]{1,6}[))]){2,24}?(?:排查|培训|修复|改造|整治|验收|评估|检查|治理|整改|清理|拆除|修缮|加固|备案|建设|改造项目|建设项目|联网|接入|对接|升级))(?=[,;。]|$)/.exec(
      text.slice(at),
    );
  if (!m) return undefined;
  return { name: m[1], end: at + m[0].length };
}

/** "生均公用经费", "每个村卫生室医生数": a per-unit standard, a norm rather than a result. */
const PER_UNIT_NAME =
  /^(?:生均|每(?:个|所|村|亩)[^,;。]{0,10}(?:配备|配置|标准))|(?:起付标准|起付线|支付限额|报销比例|缴费标准|补助标准|补贴标准|最低工资标准|保障标准|低保标准)(?:调整)?$/;

/** 约束性 / 预期性 said in a sentence: whether its targets are binding. */
function bindingIn(sentence: string): boolean | undefined {
  if (/约束性/.test(sentence) && !/预期性/.test(sentence)) return true;
  if (/预期性/.test(sentence) && !/约束性/.test(sentence)) return false;
  return undefined;
}

/** The quarter a milestone is due by: 一季度末 → 1, 上半年 → 2, 前三季度 → 3, 四季度 → 4. */
export function quarterIn(sentence: string): number | undefined {
  const head = sentence.slice(0, 40);
  if (/(?:第?一|1)季度|3月底前|3月末/.test(head)) return 1;
  if (/上半年|(?:第?二|2)季度|6月底前|6月末|年中/.test(head)) return 2;
  if (/前三季度|(?:第?三|3)季度|9月底前|9月末/.test(head)) return 3;
  if (/(?:第?四|4)季度|下半年/.test(head)) return 4;
  return undefined;
}

/**
 * The milestone time a clause opens with: its quarter (一季度末前 1, 上半年 2, 前三季度 3, 四季度 4),
 * 0 for the whole year (全年, 年底前, 年内), undefined when it opens with no time. It holds for the
 * clauses after it in the sentence, until another time opens one.
 */
export function clauseQuarter(clause: string): number | undefined {
  const m =
    /^[\s,]*(?:其中|并|同时|力争|确保|争取)?[\s,]*(?:到|至|于)?(第?[一1]季度|3月底前|3月末|上半年|第?[二2]季度|6月底前|6月末|年中|前三季度|第?[三3]季度|9月底前|9月末|第?[四4]季度|下半年|全年|年底前?|年末|年内|12月底前)/.exec(
      clause,
    );
  if (!m) return undefined;
  return quarterIn(m[1]) ?? 0;
}

/**
 * The year of a stage heading: a short sentence without figures that names one year of the plan's
 * period, alone or as a stage (2024年; 启动实施阶段(2024年); 明确2024年推进节点; 2025年工作安排).
 */
export function stageHeadingYear(sentence: string, meta: PlanMeta): number | undefined {
  const t = sentence.replace(/[。.;:,\s]+$/, "");
  if (t.length > 20) return undefined;
  const years = [...t.matchAll(/(\d{4})\s*年/g)];
  if (years.length !== 1 || /\d/.test(t.replace(years[0][0], ""))) return undefined;
  if (!/^\d{4}\s*年(?:度)?$/.test(t) && !/阶段|节点|安排|任务|目标|重点|步骤|进度/.test(t)) return undefined;
  const y = Number(years[0][1]);
  const { baseYear, targetYear } = meta;
  if (baseYear === null || targetYear === null || y <= baseYear || y > targetYear) return undefined;
  return y;
}

/** A sentence that forecasts (预计, 预测, 按…测算). */
const FORECAST = /预计|预测|测算|预估|估算/;
/** A sentence opened by its forecaster (据市住建局测算,…约为680亿元): every figure in it is forecast. */
const FORECAST_LEAD = /^\s*(?:据|经|根据|按)[^,，;；。]{0,16}(?:测算|预测|预计|预估|估算)[,，:：]/;
/** The verb of a forecast right before the figure: 将达到, 仅能达到, 有望超过. */
const FORECAST_VERB =
  /(?:将|仅能|只能|可能|有望|能够?)(?:达到|超过|突破|增至|增加到|增长到|提高到|下降到|降至|降到|减少至|减少到|减至)?$/;

const NORM_RULES = {
  "per-unit": "reject.per-unit",
  frequency: "reject.frequency-norm",
  "yearly-routine": "reject.yearly-routine",
  provision: "reject.provision-standard",
  obligation: "reject.obligation",
} as const satisfies Record<string, RuleId>;

/** A number inside quotes (“15分钟健身圈”) or naming a ring of services (15分钟生活圈). */
function inQuotedName(text: string, start: number, end: number): boolean {
  if (/^[\u4e00-\u9fff]{0,4}圈/.test(text.slice(end, end + 5))) return true;
  // Straight quotes ("一件事一次办", "7×24小时"): inside when an odd number of them come before.
  const straight = text.slice(0, start).split('"').length - 1;
  if (straight % 2 === 1) {
    const close = text.indexOf('"', end);
    if (close >= 0 && close - text.lastIndexOf('"', start) <= 16) return true;
  }
  const open = text.lastIndexOf("“", start);
  if (open < 0 || text.lastIndexOf("”", start) > open) return false;
  const close = text.indexOf("”", end);
  return close >= 0 && close - open <= 16;
}

/** "完成全年目标的", "达到年度投资计划的", "完成投放点改造任务的": the goal a share is of. */
const GOAL_SHARE =
  /(完成|达到|不低于|不少于|占)\s*([^,;。、的]{0,24}?(?:目标|任务|计划|投资|工程量|工程|工作量))的\s*$/;
/** A goal that only says whose plan it is: the indicator it belongs to names it. */
const GENERIC_GOAL =
  /^(?:全年|年度|本年度|全部|建设|年度建设|年度投资|全年投资|年度工作|规划)?(?:目标|任务|计划|投资计划|投资)(?:任务)?$/;
/** A milestone's time and nothing else: 上半年, 前三季度, 一季度末前. */
const MILESTONE_ONLY =
  /^(?:第?[一二三四1-4]季度(?:末)?(?:前)?|上半年|下半年|前三季度|年中|年底前?|年末|(?:1[0-2]|[1-9])月(?:底|末)前?)(?:完成)?$/;

/** A level of government opening a name (市级, 区(县)级, 乡镇级) and the rest of the name. */
const LEVEL_HEAD = /^((?:省|市|县|区|乡镇|镇|街道|村|县\(区\)|区\(县\)|县\(市、区\))级)(.{2,})$/;

/** A rate of growth at the end of a name: …增速, …增长率, …年均增长率, …下降率. */
const GROWTH_RATE = /(?:年均)?(?:增速|增长率|增幅|增长幅度|涨幅|下降率|降幅)$/;

/** A sentence about the treasury setting money aside: 市财政设立…基金, 县财政每年安排…. */
const FISCAL_INPUT =
  /^[\s(（)）一二三四五六七八九十\d.、]*(?:[省市县区州镇]级?)?财政(?:部门)?(?:每年|年度)?(?:安排|设立|投入|统筹|出资|拨付|列支)/;

/** A table caption of progress, not targets. */
const CAPTION_PAST = /完成情况|进展情况|执行情况|上半年|前三季度|\d{1,2}\s*[—\-–~至]\s*\d{1,2}\s*月|统计表/;

/** A name for a figure, how unsure it is, and the name rule that gave it. */
interface Named {
  name: string;
  /** The carried subject was a rate of growth (…增速): the figure is a growth. */
  growth?: "up" | "down";
  cagr?: boolean;
  penalty: number;
  carry?: string;
  rule?: RuleId;
}

/** Names of a ratio measured in 倍 (放大倍数, 杠杆倍率): a level, not a multiple of a base. */
const RATIO_NAME = /(?:倍数|倍率)$/;

/**
 * The list a clause names (聚焦新能源汽车零部件、电子信息、生物医药三大主导产业 → its three members), when
 * it has exactly `n` members.
 */
function listInClause(clause: string | undefined, n: number): string[] | undefined {
  if (clause === undefined || /\d/.test(clause)) return undefined;
  const body = clause
    .trim()
    .replace(/^(?:聚焦|围绕|针对|面向|依托|立足|对|在|按照)/, "")
    .replace(/(?:[一二三四五六七八九十两]+|\d+)(?:大|个|类|项|条)?[\u4e00-\u9fff]{0,8}$/, "")
    .replace(/等[\u4e00-\u9fff]{0,8}$/, "");
  const items = listMembers(body).map((x) => x.trim());
  if (items.length !== n || items.some((x) => !/^[\u4e00-\u9fff]{2,12}$/.test(x))) return undefined;
  return items;
}

/** The places of a scope clause (全镇23个村(社区)中 → 村(社区)). */
function scopeNoun(clause: string | undefined): string | undefined {
  const m =
    /^\s*(?:全|我|本)?(?:省|市|县|区|镇|乡|街道)?(?:\d+|[一二三四五六七八九十百千两]+)(?:个|座|家|所|条|处)((?:[\u4e00-\u9fff]|[((][\u4e00-\u9fff、]{1,6}[))]){1,12})中\s*$/.exec(
      clause ?? "",
    );
  return m?.[1];
}

/** Measure words of things and events counted (not time spans, 倍 or 番). */
const MEASURE_WORD =
  /^(?:个|座|篇|名|次|间|届|类|家|项|场|期|支|所|条|件|台|部|处|轮|批|户|张|辆|套|本|册|座次|场次|人次|家次|批次)$/;
/** Before a closing numeral, words that divide or list rather than count a target (划分为三类). */
const NOT_A_COUNT_BEFORE = /(?:分为|分成|划分为|包括|包含|涉及|共|等|第)\s*$/;
/** Verbs that commit to a number of new things when they start the subject (新增…两件, 打造…十五个). */
const COUNT_VERB =
  /^(?:新增|新建|新培育|新认定|新引进|建成|培育|认定|创建|引进|打造|组建|设立|建立|孵化|争创|评选|推荐|遴选|选树|改造提升|提升改造|改造|改扩建|新改建|改建)[\u4e00-\u9fff“]/;

/**
 * Doing verbs anywhere in a subject that ends with its object, the count after it (城区新建…基地两个,
 * 组织…竞赛十五项, 建设青年驿站两家, 新发展高山茶园两千亩, 团干部参加…挂职锻炼两批次).
 */
const INNER_COUNT_VERB =
  /(?:新增|新建|建设|建成|组织|举办|发展|参加|创建|培育|打造|开展|推出)[、\u4e00-\u9fff“"]/;

/** Verbs in front of a clause that organise rather than name (组织…培训, 开展…活动). */
const LEAD_VERB = /^(?:组织|开展|举办|实施|加强|推动|面向|针对|对)/;

/** A region or a total without a noun: 全市, 全县累计, 我省. */
const SCOPE_ONLY = /^(?:全|我|本)(?:市|省|县|区|州|镇|乡)(?:域|范围内)?(?:累计|合计|总计|共)?$/;
/** New things (新培育…15家) as opposed to the total that the scope names. */
const NEW_VERB = /^(?:新增|新建|新培育|新认定|新引进|新)/;

const PAST_SECTION =
  /发展基础|工作基础|现状|成效|回顾|成就|成绩|工作进展|进展情况|工作情况|基本情况|总结|形势|发展环境/;
/** "(三)夯实工作基础": a task heading that happens to contain a past-section word. */
const TASK_HEADING = /^(?:夯实|加强|强化|提升|巩固|推进|打牢|筑牢|优化|营造|健全|完善)/;

/** "运用成效更加显著", "保护成效进一步提升": a state to reach, worded with a past-section word. */
const ASPIRED_STATE = /更加|更为|进一步|不断|持续|大幅|全面提升|明显提升|显著提升|明显增强|显著增强/;

function isPastHeading(h: string, planBase: number | null): boolean {
  if (isReportHeading(h, planBase)) return true;
  return PAST_SECTION.test(h) && !FUTURE_SECTION.test(h) && !TASK_HEADING.test(h) && !ASPIRED_STATE.test(h);
}
const FUTURE_SECTION = /目标|任务|指标|重点|措施|要求/;
/** A heading that is only a part of the year: 第一季度, 上半年, 三季度. */
const SCHEDULE_STAGE = /^(?:第?[一二三四1-4]季度|上半年|下半年|前三季度)$/;

export interface ExtractOptions {
  /** Keep past figures in the result (marked historic). Default true. */
  includeHistoric?: boolean;
  /** Record on each item the rule ids that decided it, and the numbers left with theirs. */
  explain?: boolean;
}

/** Stage 2: a line with the section it stands in. */
export interface SectionedLine {
  line: Line;
  /** The section states past figures (发展基础, a report until it looks ahead). */
  past: boolean;
  /** Why: section.past or section.report. */
  pastRule?: RuleId;
  /** Under a heading of targets or tasks (主要目标, 重点任务). */
  ahead: boolean;
  /** A top-level heading: the framing year of the section before ends here. */
  top: boolean;
  /** Ahead only because the document is a plan of the year (sections.plan-ahead). */
  byPlan?: boolean;
  /**
   * Why a sub-heading that would read as past does not: a stage of a schedule (第一季度,
   * sections.schedule-stage) or a topic of targets (应对成效, sections.target-topic).
   */
  aheadRule?: RuleId;
}

/** Stage 1: the document's lines (bullets and numbering stripped, broken lines joined). */
export function readLines(text: string): Line[] {
  return splitLines(normalizeText(text));
}

/** Stage 2: which lines stand in a past section (发展基础, a report) and which under targets. */
export function sections(lines: readonly Line[], meta: PlanMeta): SectionedLine[] {
  // A progress report (…工作情况的通报, …工作总结) states past figures until it looks ahead.
  let report = lines.slice(0, 6).some((l) => l.headingLevel === 0 && isReportTitle(l.text));
  // "2025年商务工作要点": a plan of the year looks ahead in every section not headed as past
  // (sections.plan-ahead).
  const planAhead =
    !report && /(?:要点|计划|方案|安排|任务清单|责任清单)(?:\s*[((][^()()]*[))])?$/.test(meta.title);
  let topPast = report;
  let topAhead = planAhead;
  let past = report;
  let ahead = planAhead;
  let rule: RuleId | undefined = report ? "section.report" : undefined;
  let topRule: RuleId | undefined = rule;
  const out: SectionedLine[] = [];
  let stageRule: RuleId | undefined;
  let topTargets = false;
  for (const line of lines) {
    if (report && isLookAhead(line.heading ?? line.text)) {
      report = false;
      topPast = false;
      past = false;
      topAhead = true;
      ahead = true;
    }
    if (line.headingLevel === 1) {
      const h = line.heading ?? "";
      stageRule = undefined;
      topTargets = FUTURE_SECTION.test(h);
      const pastHeading = isPastHeading(h, meta.baseYear);
      topPast = pastHeading || (report && !FUTURE_SECTION.test(h));
      topRule = pastHeading ? "section.past" : "section.report";
      past = topPast;
      rule = topRule;
      topAhead = !topPast && (FUTURE_SECTION.test(h) || planAhead);
      ahead = topAhead;
    } else if (line.headingLevel === 2) {
      const h = line.heading ?? "";
      // "四、进度安排 (一)第一季度。": under a section that looks ahead, a heading that is only a
      // part of the year is a stage of the schedule, not a report (sections.schedule-stage).
      const schedule = topAhead && SCHEDULE_STAGE.test(h) && isPastHeading(h, meta.baseYear);
      // "二、工作目标 (二)应对成效。": under a heading of targets, a topic named by a word of past
      // sections (成效, 形势) is what the targets are about (sections.target-topic).
      const topic = topTargets && !isReportHeading(h, meta.baseYear) && isPastHeading(h, meta.baseYear);
      stageRule = schedule ? "sections.schedule-stage" : topic ? "sections.target-topic" : undefined;
      const pastHeading = isPastHeading(h, meta.baseYear) && !schedule && !topic;
      past = pastHeading ? true : FUTURE_SECTION.test(h) ? false : topPast;
      rule = pastHeading ? "section.past" : topRule;
      ahead = past ? false : FUTURE_SECTION.test(h) || topAhead;
    }
    const byPlan = ahead && planAhead && !FUTURE_SECTION.test(line.heading ?? "");
    out.push({
      line,
      past,
      pastRule: past ? rule : undefined,
      ahead,
      top: line.headingLevel === 1,
      byPlan,
      aheadRule: past ? undefined : stageRule,
    });
  }
  return out;
}

/** Stage 3: a line is a row of an indicator table, or prose split into sentences. */
export type Segment =
  | { type: "row"; at: SectionedLine; row: TableRow; text: string; afterGap: boolean }
  | {
      type: "region-row";
      at: SectionedLine;
      row: NonNullable<ReturnType<typeof readMatrixRow>>;
      text: string;
      past: boolean;
    }
  | { type: "prose"; at: SectionedLine; sentences: string[]; source?: string; deadline?: number }
  | { type: "skip"; at: SectionedLine };

/** Stage 3: table headers open a table, its rows become rows; everything else is sentences. */
export function segments(lines: readonly SectionedLine[], meta: PlanMeta): Segment[] {
  const out: Segment[] = [];
  let table: TableHeader | undefined;
  let matrix: MatrixHeader | undefined;
  let gap = false;
  for (const at of lines) {
    const text = at.line.text;
    const mh = readMatrixHeader(text);
    if (mh) {
      // "2025年上半年各乡镇卫生院重点指标完成情况表": the caption says the cells are progress.
      const caption = out.length ? out[out.length - 1].at.line.text : "";
      matrix = CAPTION_PAST.test(caption) ? { ...mh, past: true } : mh;
      table = undefined;
      out.push({ type: "skip", at });
      continue;
    }
    if (matrix) {
      const row = readMatrixRow(text, matrix);
      if (row) {
        out.push({ type: "region-row", at, row, text, past: matrix.past });
        continue;
      }
      matrix = undefined;
    }
    // Lists of other documents (dated links at the end of web pages) state nothing.
    if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
      out.push({ type: "skip", at });
      continue;
    }
    const header =
      mayBeRow(text) || /\d{4}\s*年/.test(text) || mayBeRoleHeader(text) ? readHeader(text, meta) : undefined;
    if (header && text.length < 200) {
      table = header;
      gap = false;
      out.push({ type: "skip", at });
      continue;
    }
    if (table) {
      const row = mayBeRow(text) ? readRow(text, table) : undefined;
      if (row) {
        out.push({ type: "row", at, row, text, afterGap: gap });
        continue;
      }
      gap = gap || isGapRow(text);
      // A unit or attribute line, a row of “—” cells, or a rule line (|---|---|), keeps the table
      // open; prose closes it.
      if ((!/[。,;]/.test(text) && text.length < 20) || isGapRow(text) || /^[\s|│:+\-—=]+$/.test(text)) {
        out.push({ type: "skip", at });
        continue;
      }
      // A row of the header's shape that has no figure to read keeps the table open.
      if (cells(text).length === table.width && !/[。;]/.test(text)) {
        out.push({ type: "skip", at });
        continue;
      }
      table = undefined;
    }
    // "1 | 发明专利授权量 | 达到500件 | 区市场监管局": a row of a task table without year columns
    // reads as prose with each cell a clause; items cite the whole row.
    const rowCells = /[\t|│]/.test(text) ? cells(text) : [];
    if (rowCells.length >= 3) {
      const prose = rowCells.filter((c, k) => !(k === 0 && /^\d{1,3}[.、]?$/.test(c))).join(",");
      // "… | 县民政局 | 2024年底前": a deadline cell dates the row's targets (table.row-deadline).
      const due = rowCells
        .map((c) => /^(\d{4})\s*年(?:\s*\d{1,2}\s*月)?(?:底|末)?(?:前|以前)?$/.exec(c.trim()))
        .find((m) => m !== null);
      out.push({
        type: "prose",
        at,
        sentences: splitSentences(prose),
        source: text.replace(/\s+/g, " ").trim(),
        deadline: due ? Number(due[1]) : undefined,
      });
      continue;
    }
    out.push({ type: "prose", at, sentences: splitSentences(text) });
  }
  return out;
}

/**
 * Reads a plan document's text and proposes its quantitative targets, in stages:
 * lines → sections → table rows | sentences (segments) → candidates → name → classify → reject →
 * merge. The last five run per sentence in `Extractor` (clause: candidates and the numbers left;
 * group/nameFor: names; emit: kind, direction, time and the remaining rejections; add: merge).
 */
export function extractIndicators(text: string, options: ExtractOptions = {}): ExtractResult {
  const lines = readLines(text);
  const meta = detectPlanMeta(lines);
  const ctx: Context = { meta, sectionPast: false, explain: options.explain === true };
  const ex = new Extractor(ctx);
  for (const seg of segments(sections(lines, meta), meta)) {
    ctx.sectionPast = seg.at.past;
    ctx.sectionPastRule = seg.at.pastRule;
    ctx.sectionAhead = seg.at.ahead;
    ctx.aheadByPlan = seg.at.byPlan === true;
    ctx.aheadRule = seg.at.aheadRule;
    if (seg.at.top) {
      ctx.sectionTargetYear = undefined;
      ctx.sectionYearRule = undefined;
    }
    if (seg.type === "row") ex.tableRow(seg.row, seg.text, seg.afterGap);
    else if (seg.type === "region-row") ex.regionRow(seg.row, seg.text, seg.past);
    else if (seg.type === "prose") {
      let past: PastState = { past: false };
      ctx.paragraphYear = undefined;
      ctx.paragraphYearRule = undefined;
      ctx.milestoneYear = undefined;
      const base = meta.baseYear;
      const target = meta.targetYear;
      ctx.rowYear =
        seg.deadline !== undefined &&
        base !== null &&
        target !== null &&
        seg.deadline > base &&
        seg.deadline < target
          ? seg.deadline
          : undefined;
      // Until a sentence of the paragraph states a figure, a framing year frames the section.
      ctx.paragraphStart = true;
      for (const [k, s] of seg.sentences.entries()) {
        ctx.atHeading = k === 0 && seg.at.line.headingLevel > 0;
        ctx.moreInParagraph = k < seg.sentences.length - 1;
        const n = ex.items.length;
        past = ex.sentence(s, past, seg.source);
        if (ex.items.length > n) ctx.paragraphStart = false;
      }
      ctx.paragraphYear = undefined;
    }
  }
  const indicators = options.includeHistoric === false ? ex.items.filter((i) => !i.historic) : ex.items;
  const result: ExtractResult = {
    title: meta.title,
    baseYear: meta.baseYear,
    targetYear: meta.targetYear,
    indicators,
  };
  if (options.explain) {
    result.rejected = ex.rejected;
    if (meta.periodRule) result.periodRule = meta.periodRule;
  }
  return result;
}
