/**
 * A county fills in its form in the workbench and sends it back: the distributed form is opened
 * (file → snapshot → engine), numbers are typed into its input cells, the workbook is saved as
 * .xlsx, and the collect step recognises the form by its stamp and reads the numbers typed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validatePlan } from "../../../src/core/planValidation";
import { regionForm } from "../../../src/collect/distribute";
import { consolidate } from "../../../src/collect/consolidate";
import {
  QUARTERLY_FORM_BLOCK,
  QUARTERLY_FIRST_BLOCK_COL,
  QUARTERLY_FIRST_DATA_ROW,
} from "../../../src/model/templates/quarterlyReport";
import { createHeadlessEngine } from "../../../src/workbench/engine";
import type { ICellData } from "@univerjs/core";
import { CELL_UNLOCKED_KEY, exportXlsx, xlsxToSnapshot } from "../../../src/workbench/xlsx";

test("a form filled in the workbench and saved as .xlsx is collected with its numbers", async () => {
  const { plan } = validatePlan(
    JSON.parse(readFileSync(join(__dirname, "../../../examples/dazhou-2012-patent-plan.json"), "utf8")),
  );
  const region = plan!.regions![1];
  const form = await regionForm(plan!, "quarterly-report", region, { asOf: "2012-09-30" });
  const { snapshot } = await xlsxToSnapshot(form);

  const engine = createHeadlessEngine({ locale: "zh-CN" });
  let saved: Uint8Array;
  const typed: { target: number | null; actual: number | null }[] = [];
  try {
    const wb = engine.api.createWorkbook(snapshot);
    const ws = wb.getActiveSheet();
    // Typed only where the form lets a county type: its unlocked input cells.
    const cells = snapshot.sheets[snapshot.sheetOrder[0]].cellData as Record<
      number,
      Record<number, ICellData>
    >;
    const unlocked = (r: number, c: number) => cells[r]?.[c]?.custom?.[CELL_UNLOCKED_KEY] === 1;
    plan!.indicators.forEach((ind, i) => {
      const c = QUARTERLY_FIRST_BLOCK_COL + QUARTERLY_FORM_BLOCK * i; // a form: no 排名
      const r = QUARTERLY_FIRST_DATA_ROW;
      // Plausible figures: a rate as a fraction, counts as counts.
      const [target, actual] = ind.unit === "%" ? [0.9, 0.6] : [100 + i, 60 + i];
      if (unlocked(r, c)) ws.getRange(r, c).setValue(target);
      if (unlocked(r, c + 1)) ws.getRange(r, c + 1).setValue(actual);
      typed.push({ target: unlocked(r, c) ? target : null, actual: unlocked(r, c + 1) ? actual : null });
    });
    expect(typed.filter((t) => t.actual !== null).length).toBeGreaterThan(5);
    await engine.api.getFormula().onCalculationResultApplied();
    const out = await exportXlsx(wb.save());
    expect(out.warnings).toEqual([]);
    saved = out.bytes;
  } finally {
    engine.dispose();
  }

  const c = await consolidate([{ name: `${region}.xlsx`, bytes: saved }], plan!);
  const mine = c.regions.find((r) => r.region === region)!;
  expect(mine.status).toBe("submitted");
  mine.row!.values.forEach((v, i) => {
    if (typed[i].target !== null) expect(v.target).toBe(typed[i].target);
    expect(v.actual).toBe(typed[i].actual);
  });
  // No problem with this file (the other counties simply have not reported).
  expect(c.problems.filter((p) => p.file === `${region}.xlsx`)).toEqual([]);
}, 120_000);
