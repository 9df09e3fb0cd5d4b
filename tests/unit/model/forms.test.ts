/**
 * Distributed forms (a template built for one region): the quarterly form has no 排名 (five
 * columns per indicator) while the report inserted for all regions and the collect summary keep
 * it; every template's form carries 填报单位 (the region, locked), 填报人, 联系电话 and 填报日期
 * (inputs) below its notes, within the first printed page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../../../src/core/errors";
import type { Plan } from "../../../src/core/plan";
import { validatePlan } from "../../../src/core/planValidation";
import type { Cell, SheetModel } from "../../../src/model/types";
import { buildTemplate, TEMPLATE_IDS } from "../../../src/model/templates";
import {
  QUARTERLY_BLOCK,
  QUARTERLY_FIRST_BLOCK_COL,
  QUARTERLY_FORM_BLOCK,
  QUARTERLY_HEADER_ROW,
} from "../../../src/model/templates/quarterlyReport";
import { FORM_FIELDS, FORM_DATE_FORMAT_ZH, TEXT_FORMAT } from "../../../src/model/templates/formFields";
import { DATE_FORMAT } from "../../../src/model/units";
import { distributeForms } from "../../../src/collect/distribute";
import { consolidate } from "../../../src/collect/consolidate";
import { summaryModel } from "../../../src/collect/summaryModel";
import { PLAN } from "../collect/forms";

const ROOT = join(__dirname, "../../..");
const weihai = validatePlan(
  JSON.parse(readFileSync(join(ROOT, "examples/weihai-2018-2020-demonstration-city.json"), "utf8")),
).plan!;
const ONE: Plan = { ...PLAN, indicators: PLAN.indicators.slice(0, 1) };
const PLANS: [string, Plan][] = [
  ["4 indicators", PLAN],
  ["1 indicator", ONE],
  ["weihai", weihai],
];

function subHeaders(m: SheetModel): string[] {
  return m.cells[QUARTERLY_HEADER_ROW + 1]
    .map((c) => c?.value)
    .filter((v): v is string => typeof v === "string");
}

/** Grid position of the cell holding `value`, searching from row `from`. */
function find(m: SheetModel, value: string, from = 0): { r: number; c: number } | undefined {
  for (let r = from; r < m.cells.length; r++) {
    const c = m.cells[r].findIndex((x) => x?.value === value);
    if (c >= 0) return { r, c };
  }
  return undefined;
}

/** The first cell right of (r, c) that a merge does not cover from (r, c): the field's value. */
function valueOf(m: SheetModel, r: number, c: number): { c: number; cols: number; cell: Cell } {
  const row = m.origin.row + r;
  const span = (col: number) =>
    m.merges.find((x) => x.row === row && x.col === m.origin.col + col && x.rows === 1)?.cols ?? 1;
  const v = c + span(c);
  return { c: v, cols: span(v), cell: m.cells[r][v]! };
}

describe("the quarterly form for one region", () => {
  for (const [name, plan] of PLANS) {
    it(`has no 排名 and five columns per indicator (${name})`, () => {
      for (const lang of ["zh", "en"] as Lang[]) {
        const m = buildTemplate("quarterly-report", plan, { lang, region: plan.regions![0] });
        const n = plan.indicators.length;
        const subs = subHeaders(m);
        expect(subs).not.toContain(lang === "zh" ? "排名" : "Rank");
        expect(subs).toHaveLength(QUARTERLY_FORM_BLOCK * n);
        expect(subs.slice(0, 5)).toEqual(
          lang === "zh"
            ? ["目标", "累计完成", "完成率", "序时进度", "状态"]
            : ["Target", "Actual", "Completion", "Time progress", "Status"],
        );
        const width = QUARTERLY_FIRST_BLOCK_COL + QUARTERLY_FORM_BLOCK * n;
        expect(m.stampCell).toEqual({ row: 0, col: width });
        // No RANK formula anywhere; every indicator's header spans five columns.
        expect(m.cells.flat().some((c) => c?.formula?.includes("RANK"))).toBe(false);
        for (let i = 0; i < n; i++) {
          const col = QUARTERLY_FIRST_BLOCK_COL + QUARTERLY_FORM_BLOCK * i;
          expect(m.merges).toContainEqual({ row: QUARTERLY_HEADER_ROW, col, rows: 1, cols: 5 });
          expect(m.validations.filter((v) => v.range.col === col && v.range.cols === 2)).toHaveLength(1);
        }
        // The traffic lights cover the five-column blocks, and pages break between blocks.
        const lights = m.conditionalFormats.filter((f) => f.range.col === QUARTERLY_FIRST_BLOCK_COL);
        expect(lights.length).toBe(4);
        for (const f of lights) expect(f.range.cols).toBe(QUARTERLY_FORM_BLOCK * n);
        for (const b of m.print.colBreaks ?? [])
          expect((b - QUARTERLY_FIRST_BLOCK_COL) % QUARTERLY_FORM_BLOCK).toBe(0);
      }
    });
  }

  it("while the report inserted for all regions and the collect summary keep 排名", async () => {
    const report = buildTemplate("quarterly-report", PLAN, { lang: "zh" });
    expect(subHeaders(report)).toHaveLength(QUARTERLY_BLOCK * PLAN.indicators.length);
    expect(subHeaders(report).filter((s) => s === "排名")).toHaveLength(PLAN.indicators.length);
    const forms = await distributeForms(PLAN, "quarterly-report", { asOf: "2024-06-30" });
    const c = await consolidate(
      forms.slice(0, 2).map((f) => ({ name: f.fileName, bytes: f.bytes })),
      PLAN,
    );
    const summary = summaryModel(c, "zh");
    expect(subHeaders(summary).filter((s) => s === "排名")).toHaveLength(PLAN.indicators.length);
    for (const m of [report, summary]) {
      const labels = Object.values(FORM_FIELDS).map((f) => f.zh);
      expect(m.cells.flat().filter((x) => labels.includes(x?.value as never))).toEqual([]);
    }
  });
});

describe("the 填报表 fields of every distributed form", () => {
  for (const id of TEMPLATE_IDS) {
    for (const [name, plan] of PLANS) {
      for (const lang of ["zh", "en"] as Lang[]) {
        it(`${id}, ${name}, ${lang}`, () => {
          const region = plan.regions![1];
          const m = buildTemplate(id, plan, { lang, region, asOf: "2024-06-30" });
          const label = (k: keyof typeof FORM_FIELDS) => FORM_FIELDS[k][lang];
          const notes = m.cells.map((row, r) => (row.some((c) => c?.style === "note") ? r : -1));
          const lastNote = Math.max(...notes);
          const at = Object.fromEntries(
            (Object.keys(FORM_FIELDS) as (keyof typeof FORM_FIELDS)[]).map((k) => {
              const p = find(m, label(k), lastNote + 1);
              expect([k, p]).not.toEqual([k, undefined]);
              return [k, { ...p!, ...valueOf(m, p!.r, p!.c) }];
            }),
          );
          // One or two rows in the common case, below the notes; never more than four.
          const rows = new Set(Object.values(at).map((x) => x.r));
          expect(Math.min(...rows)).toBeGreaterThan(lastNote);
          expect(rows.size).toBeLessThanOrEqual(4);
          // 填报单位: the region, locked. The others: inputs, unlocked.
          expect(at.unit.cell).toMatchObject({ value: region });
          expect(at.unit.cell.input).not.toBe(true);
          for (const k of ["person", "phone", "date"] as const) {
            for (let c = at[k].c; c < at[k].c + at[k].cols; c++)
              expect([k, m.cells[at[k].r][c]]).toMatchObject([k, { input: true, style: "input" }]);
          }
          expect(at.phone.cell.numFmt).toBe(TEXT_FORMAT);
          expect(at.date.cell.numFmt).toBe(lang === "zh" ? FORM_DATE_FORMAT_ZH : DATE_FORMAT);
          const dateRule = m.validations.find(
            (v) => v.range.row === m.origin.row + at.date.r && v.range.col === m.origin.col + at.date.c,
          );
          expect(dateRule?.rule.kind).toBe("date");
          expect(dateRule?.range.cols).toBe(at.date.cols);
          // Within the first printed page, and right of the repeated columns when there are pages.
          const breaks = m.print.colBreaks ?? [];
          const end = breaks[0] ?? m.stampCell!.col;
          const start = breaks.length ? m.print.repeatCols!.last + 1 : 0;
          for (const x of Object.values(at)) {
            expect(x.c).toBeGreaterThanOrEqual(start);
            expect(x.c + x.cols).toBeLessThanOrEqual(end);
          }
          // No text in the row-label column (collect reads regions there): at most a merge follower.
          for (const r of rows) expect(m.cells[r][1]?.value ?? null).toBeNull();
        });
      }
    }
  }

  it("are not on a template inserted without a region", () => {
    for (const id of TEMPLATE_IDS) {
      const m = buildTemplate(id, PLAN, { lang: "zh" });
      const labels = Object.values(FORM_FIELDS).map((f) => f.zh);
      expect([id, m.cells.flat().filter((x) => labels.includes(x?.value as never))]).toEqual([id, []]);
    }
  });
});
