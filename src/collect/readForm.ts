/**
 * Reading one returned form: recognise it by its stamp, then find the region and each
 * indicator by their labels, never by position, so inserted rows, moved columns and renamed
 * sheets still read. Everything doubtful becomes a Problem; nothing is guessed silently.
 */
import type ExcelJS from "exceljs";
import type { Indicator, Plan } from "../core/plan";
import { effectiveTarget } from "../core/effectiveTarget";
import { isoFromSerial, serialFromYMD } from "../core/excelDate";
import type { Stamp } from "../model/types";
import { a1 } from "../model/a1";
import { parseStamp, STAMP_PREFIX } from "../model/stamp";
import { templateInfo } from "../model/templates";
import { FORM_FIELDS } from "../model/templates/formFields";
import { fold, isSaneNumber, readOfficialNumber, tidy, unitFactor } from "../core/officialNumber";
import { SheetCells, labelOf, type PlainCell } from "./sheetCells";
import type { Problem, ProblemCode, Severity } from "./problems";

export const COLLECTED_TEMPLATE = "quarterly-report" as const;

export interface IndicatorValues {
  target: number | null;
  actual: number | null;
}

export interface RegionRow {
  /** The plan's spelling of the region. */
  region: string;
  file: string;
  sheet: string;
  row: number;
  /** One entry per plan indicator, in plan order. */
  values: IndicatorValues[];
}

export interface FormReading {
  file: string;
  stamp?: Stamp;
  rows: RegionRow[];
  /** Excel serial of the form's as-of date, when filled in. */
  asOf?: number;
  problems: Problem[];
}

/** Labels compared after folding width, dropping spaces and case. */
export const norm = labelOf;

const REGION_LABELS = ["县(市)区", "县市区", "县区", "地区", "区县", "region"].map(norm);
const TOTAL_LABEL = /^(合计|总计|全市|total|whole)/i;
const AS_OF_LABELS = ["截至日期", "asof"].map(norm);
/** 填报单位, 填报人, 联系电话, 填报日期 below a form's table (with or without a colon). */
const FORM_FIELD_LABELS = Object.values(FORM_FIELDS).flatMap((f) => [f.zh, f.en].map(norm));
const isFormFieldLabel = (label: string) => FORM_FIELD_LABELS.includes(label.replace(/[:：]$/, ""));
const SUB = {
  target: ["目标", "目标值", "target"],
  actual: ["累计完成", "实际完成", "完成值", "actual"],
  formulas: ["完成率", "completion", "序时进度", "timeprogress", "状态", "status", "排名", "rank"],
};
const SUB_NORM = {
  target: SUB.target.map(norm),
  actual: SUB.actual.map(norm),
  formulas: SUB.formulas.map(norm),
};

const FIELD = {
  target: { zh: "目标", en: "target" },
  actual: { zh: "累计完成", en: "cumulative actual" },
};

interface Header {
  row: number;
  col: number;
  /** The unit shown in the header, when any. */
  unit?: string;
}

class FormReader {
  readonly problems: Problem[] = [];
  constructor(
    readonly file: string,
    readonly plan: Plan,
  ) {}

  problem(
    code: ProblemCode,
    severity: Severity,
    zh: string,
    en: string,
    where: Partial<Pick<Problem, "sheet" | "cell" | "cells" | "region" | "indicator">> = {},
  ): void {
    this.problems.push({ file: this.file, ...where, code, severity, zh, en });
  }

  findStamp(sheet: SheetCells): { stamp: Stamp; cell: PlainCell } | undefined {
    const prefix = STAMP_PREFIX.trim();
    for (const c of sheet.cells) {
      if (c.text !== undefined && c.text.trimStart().startsWith(prefix)) {
        const stamp = parseStamp(c.text);
        if (stamp) return { stamp, cell: c };
      }
    }
    return undefined;
  }

  /** The header cell of an indicator: "name(unit)", or the bare name. */
  findIndicator(sheet: SheetCells, name: string, unit: string, preferRow: number): Header | undefined {
    const n = norm(name);
    const exact = `${n}(${norm(unit)})`;
    const hits: Header[] = [];
    for (const c of sheet.cells) {
      if (c.label === undefined) continue;
      const t = c.label;
      if (t === exact) hits.push({ row: c.row, col: c.col, unit });
      else if (t === n) hits.push({ row: c.row, col: c.col });
      else if (t.startsWith(`${n}(`) && t.endsWith(")")) {
        // "name(元)": the unit as shown, original spelling.
        const raw = fold(c.text!).replace(/\s+/g, "");
        hits.push({ row: c.row, col: c.col, unit: raw.slice(fold(name).replace(/\s+/g, "").length + 1, -1) });
      }
    }
    if (hits.length === 0) return undefined;
    return hits.find((h) => h.row === preferRow) ?? hits[0];
  }

  readValue(
    sheet: SheetCells,
    cell: PlainCell | undefined,
    address: string,
    shownUnit: string,
    factor: number,
    where: { region: string; indicator: string },
    field: "target" | "actual",
  ): number | null | "empty" {
    const loc = { sheet: sheet.name, cell: address, ...where };
    const ind = this.plan.indicators.find((i) => i.name === where.indicator)!;
    if (!cell || (cell.number === undefined && cell.text === undefined && cell.error === undefined)) {
      return "empty";
    }
    const what = FIELD[field];
    const refuse = (code: ProblemCode, zh: string, en: string): null => {
      this.problem(code, "error", `${what.zh}${zh},未采用`, `${what.en}: ${en}; not used`, loc);
      return null;
    };
    if (cell.date && cell.number !== undefined) {
      const iso = Number.isFinite(cell.number) ? isoFromSerial(cell.number) : "?";
      return refuse("date-in-number", `填的是日期 ${iso},应填数字`, `a date (${iso}) where a number belongs`);
    }
    let value: number | undefined;
    let typed: string | undefined;
    if (cell.number !== undefined) {
      if (!isSaneNumber(cell.number)) {
        return refuse(
          "absurd-number",
          `为无法使用的数值(${String(cell.number)})`,
          `an unusable number (${String(cell.number)})`,
        );
      }
      value = tidy(cell.number * factor);
    } else if (cell.text !== undefined) {
      const r = readOfficialNumber(cell.text, shownUnit);
      if (!r.ok && r.tooLarge) {
        const shown =
          cell.text.length > 24 ? `${cell.text.slice(0, 20)}…(${cell.text.length} 字)` : cell.text;
        return refuse(
          "absurd-number",
          `“${shown}”超出可用数值范围`,
          `'${shown}' is beyond any usable number`,
        );
      }
      if (r.ok) {
        value = tidy(r.value * factor);
        typed = cell.text;
        if (r.how === "text" && r.unitFrom !== undefined) {
          this.problem(
            "unit-converted",
            "warning",
            `“${cell.text}”的单位为${r.unitFrom},已换算为 ${value} ${ind.unit}`,
            `'${cell.text}' is in ${r.unitFrom}: converted to ${value} ${ind.unit}`,
            loc,
          );
        }
      }
    }
    if (value === undefined) {
      const shown = cell.text ?? cell.error ?? "";
      this.problem(
        "not-a-number",
        "error",
        `应填数字,却是“${shown}”,未采用`,
        `a number belongs here, found '${shown}': not used`,
        loc,
      );
      return null;
    }
    const doubt = implausible(value, ind, this.plan);
    if (doubt) return refuse(doubt.code, doubt.zh, doubt.en);
    if (typed !== undefined && !this.problems.some((p) => p.cell === address && p.sheet === sheet.name)) {
      const u = ind.unit === "%" ? "" : ` ${ind.unit}`;
      this.problem(
        "text-number",
        "info",
        `“${typed}”是文字,已按数字 ${value}${u} 读取`,
        `'${typed}' is text: read as the number ${value}${u}`,
        loc,
      );
    }
    return value;
  }

  /** One line per form row for its blank inputs, however many there are. */
  blanks(sheet: SheetCells, region: string, cells: string[]): void {
    if (cells.length === 0) return;
    const list = cells.length > 8 ? `${cells.slice(0, 8).join("、")} 等` : cells.join("、");
    const listEn = cells.length > 8 ? `${cells.slice(0, 8).join(", ")} …` : cells.join(", ");
    this.problem(
      "empty-input",
      "warning",
      `${region}有 ${cells.length} 个填报项未填写(${list})`,
      `${region}: ${cells.length} input cell(s) left empty (${listEn})`,
      { sheet: sheet.name, cell: cells[0], region, cells },
    );
  }

  readSheet(sheet: SheetCells, stamp: Stamp): RegionRow[] {
    const labelCells = sheet.cells.filter((c) => c.text !== undefined);
    const regionHead = labelCells.find((c) => REGION_LABELS.includes(c.label!));
    if (!regionHead) {
      this.problem(
        "no-region-column",
        "error",
        "找不到“县(市)区”列,该表未读取",
        "no 'region' column: sheet not read",
        {
          sheet: sheet.name,
        },
      );
      return [];
    }
    const headers = this.plan.indicators.map((ind) =>
      this.findIndicator(sheet, ind.name, ind.unit, regionHead.row),
    );
    headers.forEach((h, i) => {
      if (!h) {
        const name = this.plan.indicators[i].name;
        this.problem(
          "indicator-missing",
          "error",
          `找不到指标“${name}”的表头`,
          `no header for indicator '${name}'`,
          { sheet: sheet.name, indicator: name },
        );
      }
    });
    // Each indicator's columns lie between its header and the next header on the same row.
    const cols = headers.map((h) => {
      if (!h) return undefined;
      const next = headers
        .filter((o): o is Header => o !== undefined && o.row === h.row && o.col > h.col)
        .reduce((m, o) => Math.min(m, o.col), h.col + 12);
      const sub = labelCells.filter((c) => c.row === h.row + 1 && c.col >= h.col && c.col < next);
      const find = (labels: string[]) => sub.find((c) => labels.includes(c.label!))?.col;
      return {
        target: find(SUB_NORM.target),
        actual: find(SUB_NORM.actual),
        formulas: sub.filter((c) => SUB_NORM.formulas.includes(c.label!)).map((c) => c.col),
        subRow: h.row + 1,
      };
    });
    const planUnits = this.plan.indicators.map((i) => i.unit);
    const factors = headers.map((h, i) => {
      if (!h?.unit || norm(h.unit) === norm(planUnits[i])) return 1;
      const f = unitFactor(h.unit, planUnits[i]);
      const name = this.plan.indicators[i].name;
      const at = { sheet: sheet.name, cell: sheet.at(h.row, h.col)?.address, indicator: name };
      if (f === undefined) {
        this.problem(
          "unit-converted",
          "error",
          `“${name}”的单位为${h.unit},与计划的${planUnits[i]}不同且无法换算,未采用`,
          `'${name}' is in ${h.unit}, not ${planUnits[i]}, and cannot be converted: not used`,
          at,
        );
        return undefined;
      }
      this.problem(
        "unit-converted",
        "warning",
        `“${name}”的单位为${h.unit},已按 1 ${h.unit} = ${tidy(f)} ${planUnits[i]} 换算`,
        `'${name}' is in ${h.unit}: converted at 1 ${h.unit} = ${tidy(f)} ${planUnits[i]}`,
        at,
      );
      return f;
    });

    const firstDataRow = Math.max(regionHead.row + 1, ...cols.map((c) => (c ? c.subRow + 1 : 0)));
    // The 填报单位/填报人/… fields below the table end it: their row and what follows are not data.
    const endRow = Math.min(
      Infinity,
      ...labelCells.filter((c) => c.row >= firstDataRow && isFormFieldLabel(c.label!)).map((c) => c.row),
    );
    const regionCells = sheet.cells.filter(
      (c) =>
        c.col === regionHead.col &&
        c.row >= firstDataRow &&
        c.row < endRow &&
        c.text !== undefined &&
        c.text.trim() !== "",
    );
    const rows: RegionRow[] = [];
    const planRegions = new Map((this.plan.regions ?? []).map((r) => [norm(r), r]));
    for (const rc of regionCells) {
      const label = rc.text!.trim();
      if (TOTAL_LABEL.test(norm(label))) continue;
      const region = planRegions.get(norm(label));
      if (region === undefined) {
        this.problem(
          "unknown-region",
          "error",
          `“${label}”不是计划中的县(市)区,该行未采用`,
          `'${label}' is not a region of the plan: row not used`,
          { sheet: sheet.name, cell: rc.address, region: label },
        );
        continue;
      }
      if (stamp.region !== undefined && norm(stamp.region) !== norm(region)) {
        this.problem(
          "region-mismatch",
          "warning",
          `表中县区为“${region}”,而下发时为“${stamp.region}”;按表中“${region}”汇总`,
          `the form says '${region}' but was issued to '${stamp.region}': counted as '${region}'`,
          { sheet: sheet.name, cell: rc.address, region },
        );
      }
      const empty: string[] = [];
      const values = this.plan.indicators.map((ind, i): IndicatorValues => {
        const c = cols[i];
        const factor = factors[i];
        if (!c || factor === undefined) return { target: null, actual: null };
        const where = { region, indicator: ind.name };
        const shownUnit = headers[i]?.unit ?? ind.unit;
        const read = (col: number | undefined, field: "target" | "actual"): number | null => {
          if (col === undefined) return null;
          const address = cellAddress(rc.row, col);
          const v = this.readValue(sheet, sheet.at(rc.row, col), address, shownUnit, factor, where, field);
          if (v !== "empty") return v;
          empty.push(address);
          return null;
        };
        for (const fc of c.formulas) {
          const cell = sheet.at(rc.row, fc);
          if (cell && !cell.formula) {
            const shown = cell.text ?? (cell.number !== undefined ? String(cell.number) : "");
            this.problem(
              "formula-overwritten",
              "warning",
              `计算单元格被改成了数值“${shown}”(应为公式);汇总表重新计算`,
              `a calculated cell was overwritten with the value '${shown}'; the summary recalculates it`,
              { sheet: sheet.name, cell: cell.address, ...where },
            );
          }
        }
        return { target: read(c.target, "target"), actual: read(c.actual, "actual") };
      });
      this.blanks(sheet, region, empty);
      rows.push({ region, file: this.file, sheet: sheet.name, row: rc.row, values });
    }
    if (rows.length === 0 && regionCells.length === 0) {
      this.problem("no-region-row", "error", "表中没有县(市)区数据行", "the form has no region row", {
        sheet: sheet.name,
      });
    }
    return rows;
  }

  asOf(sheet: SheetCells): number | undefined {
    const label = sheet.cells.find((c) => c.text !== undefined && AS_OF_LABELS.includes(c.label!));
    if (!label) return undefined;
    for (let col = label.col + 1; col <= label.col + 3; col++) {
      const c = sheet.at(label.row, col);
      if (c?.number === undefined) continue;
      // A date the plan period cannot contain (1905 from a typed "2024", 2999) would set
      // 序时进度 for every county: it is this form's problem and is not used.
      const first = serialFromYMD(this.plan.baseYear, 1, 1);
      const last = serialFromYMD(this.plan.targetYear, 12, 31);
      if (!Number.isFinite(c.number) || c.number < first || c.number > last + 0.999) {
        const shown =
          Number.isFinite(c.number) && c.number >= 1 && c.number < 2958466
            ? isoFromSerial(c.number)
            : String(c.number);
        this.problem(
          "as-of-outside",
          "error",
          `截至日期 ${shown} 不在规划期(${this.plan.baseYear}—${this.plan.targetYear}年)内,未采用`,
          `the as-of date ${shown} is outside the plan period (${this.plan.baseYear}–${this.plan.targetYear}); not used`,
          { sheet: sheet.name, cell: c.address },
        );
        return undefined;
      }
      return Math.floor(c.number);
    }
    this.problem(
      "empty-input",
      "warning",
      "截至日期未填写;序时进度按其他表的日期计算",
      "the as-of date is empty; time progress uses the other forms' date",
      { sheet: sheet.name, cell: cellAddress(label.row, label.col + 1) },
    );
    return undefined;
  }
}

/** Whether a value can be a count, amount or rate of this indicator; why not, when not. */
function implausible(
  v: number,
  ind: Indicator,
  plan: Plan,
): { code: ProblemCode; zh: string; en: string } | undefined {
  const unit = fold(ind.unit).replace(/\s+/g, "");
  if (v < 0 && !canBeNegative(ind)) {
    return {
      code: "negative",
      zh: `为负数 ${v},而“${ind.name}”不可能为负`,
      en: `negative (${v}), which '${ind.name}' cannot be`,
    };
  }
  if (unit === "%" && Math.abs(v) > 10) {
    const pct = tidy(v * 100);
    return {
      code: "absurd-number",
      zh: `为 ${pct}%,不合常理(是否把 ${tidy(v)}% 填成了 ${tidy(v)}?)`,
      en: `${pct}%, not plausible (was ${tidy(v)}% meant?)`,
    };
  }
  const target = effectiveTarget(ind, plan);
  const ref = Math.max(Math.abs(target ?? 0), Math.abs(ind.base ?? 0));
  const first = serialFromYMD(plan.baseYear - 1, 1, 1);
  const last = serialFromYMD(plan.targetYear + 1, 12, 31);
  // A date typed into a cell that keeps its number format arrives as its serial (45473).
  if (Number.isInteger(v) && v >= first && v <= last && (ref === 0 || v > 10 * ref)) {
    const iso = isoFromSerial(v);
    return {
      code: "date-in-number",
      zh: `为 ${v},像是日期 ${iso}(日期填进了数字格)`,
      en: `${v}, which looks like the date ${iso} typed into a number cell`,
    };
  }
  if (ref > 0 && Math.abs(v) > 1000 * ref) {
    return {
      code: "absurd-number",
      zh: `为 ${v},超过全市目标的 1000 倍,不合常理`,
      en: `${v}, over 1000 times the whole plan's target: not plausible`,
    };
  }
  return undefined;
}

/** Growth, change and percentage-point indicators may fall below zero; counts and amounts may not. */
function canBeNegative(ind: Indicator): boolean {
  return /增长|增速|增幅|变化|变动|差|growth|change/i.test(ind.name) || /个百分点|pp/.test(ind.unit);
}

/** A1 address of a 1-based (exceljs) row and column. */
function cellAddress(row: number, col: number): string {
  return a1(row - 1, col - 1);
}

/** Reads a loaded workbook as a returned form of `plan`. */
export function readForm(wb: ExcelJS.Workbook, plan: Plan, file: string): FormReading {
  const r = new FormReader(file, plan);
  const sheets = wb.worksheets.map((ws) => new SheetCells(ws));
  const stamped = sheets
    .map((s) => ({ sheet: s, found: r.findStamp(s) }))
    .filter(
      (x): x is { sheet: SheetCells; found: NonNullable<ReturnType<FormReader["findStamp"]>> } => !!x.found,
    );
  if (stamped.length === 0) {
    r.problem(
      "no-stamp",
      "error",
      "找不到模板标记:不是由本工具下发的填报表(或标记被删除),未读取",
      "no template stamp: not a form issued by this tool (or the stamp was deleted); not read",
    );
    return { file, rows: [], problems: r.problems };
  }
  const version = templateInfo(COLLECTED_TEMPLATE).version;
  const rows: RegionRow[] = [];
  let asOf: number | undefined;
  let stamp: Stamp | undefined;
  for (const { sheet, found } of stamped) {
    const s = found.stamp;
    const where = { sheet: sheet.name, cell: found.cell.address, ...(s.region ? { region: s.region } : {}) };
    if (s.templateId !== COLLECTED_TEMPLATE) {
      r.problem(
        "other-template",
        "error",
        `这是“${templateInfo(s.templateId).title.zh}”,不是季度通报填报表,未读取`,
        `this is a '${templateInfo(s.templateId).title.en}' sheet, not a quarterly report form; not read`,
        where,
      );
      continue;
    }
    if (norm(s.planTitle) !== norm(plan.title)) {
      r.problem(
        "other-plan",
        "error",
        `属于另一个规划“${s.planTitle}”,未读取`,
        `belongs to another plan, '${s.planTitle}'; not read`,
        where,
      );
      continue;
    }
    if (s.version !== version) {
      r.problem(
        "other-version",
        "warning",
        `模板版本为 ${s.version},当前为 ${version};已按表头读取,请核对`,
        `template version ${s.version}, current ${version}: read by its labels, please check`,
        where,
      );
    }
    stamp = stamp ?? s;
    rows.push(...r.readSheet(sheet, s));
    asOf = asOf ?? r.asOf(sheet);
  }
  return { file, stamp, rows, asOf, problems: r.problems };
}
