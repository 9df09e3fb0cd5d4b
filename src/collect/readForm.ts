/**
 * Reading one returned form: recognise it by its stamp, then find the region and each
 * indicator by their labels, never by position, so inserted rows, moved columns and renamed
 * sheets still read. Everything doubtful becomes a Problem; nothing is guessed silently.
 */
import type ExcelJS from "exceljs";
import type { Plan } from "../core/plan";
import type { Stamp } from "../model/types";
import { parseStamp, STAMP_PREFIX } from "../model/stamp";
import { templateInfo } from "../model/templates";
import { fold, readNumberText, tidy, unitFactor } from "./numbers";
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
    where: Partial<Pick<Problem, "sheet" | "cell" | "region" | "indicator">> = {},
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
  ): number | null {
    const loc = { sheet: sheet.name, cell: address, ...where };
    const ind = this.plan.indicators.find((i) => i.name === where.indicator)!;
    if (!cell || (cell.number === undefined && cell.text === undefined && cell.error === undefined)) {
      const what = FIELD[field];
      this.problem(
        "empty-input",
        "warning",
        `${where.region}“${where.indicator}”的${what.zh}未填写`,
        `${where.region}: the ${what.en} of '${where.indicator}' is empty`,
        loc,
      );
      return null;
    }
    if (cell.number !== undefined && !cell.date) return tidy(cell.number * factor);
    if (cell.text !== undefined) {
      const r = readNumberText(cell.text, shownUnit);
      if (r.ok) {
        const v = tidy(r.value * factor);
        if (r.how === "text" && r.unitFrom !== undefined) {
          this.problem(
            "unit-converted",
            "warning",
            `“${cell.text}”的单位为${r.unitFrom},已换算为 ${v} ${ind.unit}`,
            `'${cell.text}' is in ${r.unitFrom}: converted to ${v} ${ind.unit}`,
            loc,
          );
        } else {
          this.problem(
            "text-number",
            "info",
            `“${cell.text}”是文字,已按数字 ${v}${ind.unit === "%" ? "" : ` ${ind.unit}`} 读取`,
            `'${cell.text}' is text: read as the number ${v}${ind.unit === "%" ? "" : ` ${ind.unit}`}`,
            loc,
          );
        }
        return v;
      }
    }
    const shown = cell.text ?? cell.error ?? (cell.date ? "日期 date" : "");
    this.problem(
      "not-a-number",
      "error",
      `应填数字,却是“${shown}”,未采用`,
      `a number belongs here, found '${shown}': not used`,
      loc,
    );
    return null;
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
    const regionCells = sheet.cells.filter(
      (c) =>
        c.col === regionHead.col && c.row >= firstDataRow && c.text !== undefined && c.text.trim() !== "",
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
      const values = this.plan.indicators.map((ind, i): IndicatorValues => {
        const c = cols[i];
        const factor = factors[i];
        if (!c || factor === undefined) return { target: null, actual: null };
        const where = { region, indicator: ind.name };
        const shownUnit = headers[i]?.unit ?? ind.unit;
        const read = (col: number | undefined, field: "target" | "actual") =>
          col === undefined
            ? null
            : this.readValue(
                sheet,
                sheet.at(rc.row, col),
                cellAddress(rc.row, col),
                shownUnit,
                factor,
                where,
                field,
              );
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
      if (c?.number !== undefined) return c.number;
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

function cellAddress(row: number, col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row}`;
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
