/**
 * The workbench's file converter keeps every number: each template of each example plan (inputs
 * filled in) is written by the .xlsx writer, read into a Univer snapshot, written back as .xlsx,
 * and LibreOffice recalculates both files to the same values, cell by cell. The same snapshot
 * loaded into the real (headless) Univer engine calculates the same values as LibreOffice.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import type { IWorkbookData } from "@univerjs/core";
import { recalculateAll, computed } from "../support/libreoffice";
import { validatePlan } from "../../src/core/planValidation";
import type { Plan } from "../../src/core/plan";
import { buildTemplate, TEMPLATE_IDS } from "../../src/model/templates";
import type { SheetModel } from "../../src/model/types";
import { writeXlsx } from "../../src/writers/xlsx";
import { exportXlsx, xlsxToSnapshot } from "../../src/workbench/xlsx";
import { createHeadlessEngine } from "../../src/workbench/engine";

const ROOT = join(__dirname, "../..");
const examples: { file: string; plan: Plan }[] = readdirSync(join(ROOT, "examples"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((file) => {
    const { plan } = validatePlan(JSON.parse(readFileSync(join(ROOT, "examples", file), "utf8")));
    if (!plan) throw new Error(`example ${file} is invalid`);
    return { file, plan };
  });

/** Fills empty numeric input cells (not lists, not dates) with varied numbers, so formulas compute. */
function fillInputs(model: SheetModel): SheetModel {
  const inList = (r: number, c: number) =>
    model.validations.some(
      (v) =>
        v.rule.kind !== "decimal" &&
        v.rule.kind !== "whole" &&
        r >= v.range.row - model.origin.row &&
        r < v.range.row - model.origin.row + v.range.rows &&
        c >= v.range.col - model.origin.col &&
        c < v.range.col - model.origin.col + v.range.cols,
    );
  model.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.input || (cell.value !== undefined && cell.value !== null)) return;
      if (/[ymd]/i.test(cell.numFmt ?? "") || inList(r, c)) return;
      if ((r + c) % 5 === 4) return; // some stay blank
      row[c] = { ...cell, value: 40 + ((r * 7 + c * 13) % 90) };
    }),
  );
  return model;
}

function sheetValues(ws: ExcelJS.Worksheet): Map<string, string | number | boolean | null> {
  const out = new Map<string, string | number | boolean | null>();
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = computed(cell);
      if (v !== null && v !== "") out.set(`${r - 1},${c - 1}`, v);
    }),
  );
  return out;
}

function expectSame(a: unknown, b: unknown, where: string): void {
  if (typeof a === "number" && typeof b === "number") {
    if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a))) throw new Error(`${where}: ${a} ≠ ${b}`);
  } else if (a !== b) {
    throw new Error(`${where}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
  }
}

/**
 * Univer 0.25.1 evaluates a comparison followed by a double negation (`5<--3`, also `5<0+--3`)
 * to #VALUE!; `5<(--3)` is right. The templates' native guards contain `x<--y`, so for the
 * engine comparison (only) each such operand is put in parentheses, which changes no value
 * (docs/workbench-files.md, "Engine limits").
 */
function parenthesizeDoubleNegation(formula: string): string {
  let out = "";
  let i = 0;
  let inString = false;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') inString = !inString;
    if (!inString && /[<>=]/.test(ch) && formula.startsWith("--", i + 1)) {
      let j = i + 3;
      const end = (k: number): number => {
        // one operand: (…), NAME(…), or a reference / number / string
        if (formula[k] === '"') return formula.indexOf('"', k + 1) + 1;
        let m = k;
        while (m < formula.length && /[\w$.!:']/.test(formula[m])) m++;
        if (formula[m] === "(") {
          let depth = 0;
          for (; m < formula.length; m++) {
            if (formula[m] === "(") depth++;
            else if (formula[m] === ")" && --depth === 0) return m + 1;
          }
        }
        return m;
      };
      j = end(j);
      out += `${ch}(${formula.slice(i + 1, j)})`;
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function engineSnapshot(snapshot: IWorkbookData): IWorkbookData {
  const copy = JSON.parse(JSON.stringify(snapshot)) as IWorkbookData;
  for (const sheet of Object.values(copy.sheets)) {
    for (const line of Object.values(sheet.cellData ?? {})) {
      for (const cell of Object.values(line as Record<string, { f?: string }>)) {
        if (cell.f) cell.f = parenthesizeDoubleNegation(cell.f);
      }
    }
  }
  return copy;
}

let originals: Buffer[];
let snapshots: IWorkbookData[];
let recalculated: ExcelJS.Workbook[];

beforeAll(async () => {
  originals = await Promise.all(
    examples.map(({ plan }) =>
      writeXlsx(
        TEMPLATE_IDS.map((id) => fillInputs(buildTemplate(id, plan, { asOf: `${plan.targetYear}-06-30` }))),
      ),
    ),
  );
  snapshots = [];
  const roundTripped: Uint8Array[] = [];
  for (const bytes of originals) {
    const { snapshot, warnings } = await xlsxToSnapshot(new Uint8Array(bytes));
    expect(warnings).toEqual([]);
    snapshots.push(snapshot);
    const out = await exportXlsx(snapshot);
    expect(out.warnings).toEqual([]);
    roundTripped.push(out.bytes);
  }
  recalculated = await recalculateAll([...originals, ...roundTripped]);
}, 180_000);

test("every template round-trips through the snapshot to the values LibreOffice computes from the original", () => {
  const n = examples.length;
  let compared = 0;
  for (let i = 0; i < n; i++) {
    const a = recalculated[i];
    const b = recalculated[n + i];
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    a.worksheets.forEach((wa, k) => {
      const va = sheetValues(wa);
      const vb = sheetValues(b.worksheets[k]);
      expect([...vb.keys()].sort()).toEqual([...va.keys()].sort());
      for (const [key, v] of va) {
        expectSame(vb.get(key), v, `${examples[i].file} ${wa.name}!${key}`);
        compared++;
      }
    });
  }
  expect(compared).toBeGreaterThan(1000);
});

test("the snapshot loaded into the headless Univer engine calculates what LibreOffice calculates", async () => {
  let compared = 0;
  for (let i = 0; i < examples.length; i++) {
    const engine = createHeadlessEngine({ locale: "zh-CN" });
    try {
      const wb = engine.api.createWorkbook(engineSnapshot(snapshots[i]));
      await engine.api.getFormula().onCalculationResultApplied();
      const lo = recalculated[i];
      for (const [k, sheetId] of snapshots[i].sheetOrder.entries()) {
        const sheet = snapshots[i].sheets[sheetId];
        const ws = wb.getSheetBySheetId(sheetId)!;
        const expected = sheetValues(lo.worksheets[k]);
        for (const [r, line] of Object.entries(sheet.cellData ?? {})) {
          for (const [c, cell] of Object.entries(line as Record<string, { f?: string }>)) {
            if (!cell.f) continue;
            const raw = ws.getRange(Number(r), Number(c)).getRawValue();
            const got = raw === null || raw === undefined || raw === "" ? undefined : raw;
            expectSame(
              got,
              expected.get(`${r},${c}`),
              `${examples[i].file} ${sheet.name}!${r},${c} ${cell.f}`,
            );
            compared++;
          }
        }
      }
    } finally {
      engine.dispose();
    }
  }
  expect(compared).toBeGreaterThan(500);
}, 120_000);
