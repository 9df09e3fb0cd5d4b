/**
 * docs/functions.md stays true to the code: a section per function, every catalog example, and
 * the native formulas exactly as src/core/native.ts builds them today.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ARITY, NATIVE, nativeSeriesCell } from "../../../src/core/native";
import { FUNCTION_CATALOG } from "../../../src/functions/catalog";

const doc = readFileSync(join(__dirname, "../../../docs/functions.md"), "utf8");

describe("docs/functions.md", () => {
  it("has a section for every function with its examples", () => {
    for (const id of Object.keys(ARITY)) expect(doc).toContain(`## PLAN.${id}\n`);
    for (const f of FUNCTION_CATALOG) for (const e of f.examples) expect(doc).toContain(e.formula);
  });

  it("shows the native formulas native.ts builds", () => {
    const shown = [
      NATIVE.PROJECT(["B2", "C2", "D2"]),
      NATIVE.TARGET(["B2", "C2", "D2", "E2"]),
      NATIVE.CAGR(["B2", "C2", "D2"]),
      NATIVE.REQUIRED(["B2", "C2", "D2"]),
      NATIVE.GAP(["B2", "C2"]),
      NATIVE.COMPLETION(["B2", "C2"]),
      NATIVE.TIMEPROGRESS(["B2"]),
      NATIVE.STATUS(["B2", "C2", "D2"]),
      NATIVE.PER10K(["B2", "C2"]),
      NATIVE.QUARTERTARGET(["B2", "C2"]),
      NATIVE.QUARTERTARGET(["B2", "C2", "$F$1:$I$1"]),
      nativeSeriesCell(["B2", "C2", "3", "2024"], 1, 3),
    ];
    for (const f of shown) expect(doc).toContain(`\n=${f}\n`);
  });
});
