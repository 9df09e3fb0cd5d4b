import fc from "fast-check";
import { rewriteFormula, hasPlanCall, MAX_FORMULA_LENGTH } from "../../../src/share/rewriteFormula";
import {
  nativeProject,
  nativeTarget,
  nativeGap,
  nativeSeriesCell,
  nativeTimeProgress,
} from "../../../src/core/native";

function native(f: string, names?: Record<string, boolean>): string {
  const r = rewriteFormula(f, { nameIsRange: (n) => names?.[n] ?? false });
  if (r.kind !== "native") throw new Error(`expected native, got ${JSON.stringify(r)}`);
  return r.formula;
}

describe("rewriteFormula", () => {
  it("keeps a nested conversion short: the inner PLAN.TIMEPROGRESS written once", () => {
    const inner = nativeTimeProgress(["DATE(2012,9,30)"]);
    const f = native("=PLAN.STATUS(B2,C2,PLAN.TIMEPROGRESS(DATE(2012,9,30)))");
    expect(f.split(inner).length - 1).toBe(1);
    expect(f.length).toBeLessThan(350);
    // An inner call that can be blank, IF(D1="","",X): its test D1="" and its value X, once each.
    const blankable = nativeTimeProgress(["D1"]);
    const value = blankable.slice('IF(D1="","",'.length, -1);
    expect(blankable.startsWith('IF(D1="","",')).toBe(true);
    const g = native("=PLAN.STATUS(B2,C2,PLAN.TIMEPROGRESS(D1))");
    expect(g.split(value).length - 1).toBe(1);
    expect(g).toContain(`IF(D1="",1,${value})`);
    // Blank tests of nested calls merge: each cell tested once.
    expect(native("=PLAN.PROJECT(PLAN.PROJECT(A1,B1),B1)")).toMatch(/^=IF\(OR\(A1="",B1=""\),"",/);
    // A date written as DATE of numbers is never blank: no blank test of it.
    expect(inner).not.toContain('DATE(2012,9,30)=""');
    // The default bands as one MATCH; bands given as references keep the IF chain.
    expect(f).toContain("CHOOSE(MATCH(");
    expect(native("=PLAN.STATUS(B2,C2,D2,E2,F2)")).not.toContain("MATCH(");
  });

  it("splices the native form in place of the call and keeps the rest byte-identical", () => {
    const f = '=ROUND( PLAN.PROJECT(A1,B1,2) ,2)&" 件 PLAN.GAP(" & C1';
    expect(native(f)).toBe(`=ROUND( ${nativeProject(["A1", "B1", "2"])} ,2)&" 件 PLAN.GAP(" & C1`);
  });

  it("recognises both stored forms, case-insensitively", () => {
    const expected = nativeProject(["A1", "B1", "2"]);
    for (const f of [
      "PLAN.PROJECT(A1,B1,2)",
      "plan.project(A1,B1,2)",
      "_xldudf_PLAN_PROJECT(A1,B1,2)",
      "_XLDUDF_plan_project(A1,B1,2)",
    ]) {
      expect(native(f)).toBe(expected);
    }
  });

  it("passes references of every kind through unchanged", () => {
    expect(native("PLAN.GAP('My Sheet'!A1,'县''s'!$B$2)")).toBe(nativeGap(["'My Sheet'!A1", "'县''s'!$B$2"]));
    expect(native("PLAN.GAP(Sheet1!$A1,县区!B$2)")).toBe(nativeGap(["Sheet1!$A1", "县区!B$2"]));
  });

  it("gives omitted optional arguments their default", () => {
    expect(native("PLAN.TARGET(A1,B1,,3)")).toBe(nativeTarget(["A1", "B1", undefined, "3"]));
    expect(native("PLAN.PROJECT(A1,B1,)")).toBe(nativeProject(["A1", "B1", undefined]));
  });

  it("rewrites nested calls inside out and parenthesises where precedence could change", () => {
    const inner = nativeProject(["A1", "B1"]);
    expect(native("PLAN.PROJECT(PLAN.PROJECT(A1,B1),B1)")).toBe(nativeProject([inner, "B1"]));
    expect(native("=-PLAN.GAP(5,3)^2")).toBe(`=-(${nativeGap(["5", "3"])})^2`);
  });

  it("leaves string literals and formulas without PLAN calls alone", () => {
    for (const f of ['="PLAN.PROJECT(1,2)"', '="PLAN.("&A1', "=SUM(A1:A3)", "=PLANNED(A1)", "=MYPLAN.X(1)"]) {
      expect(rewriteFormula(f)).toEqual({ kind: "unchanged" });
      expect(hasPlanCall(f)).toBe(false);
    }
  });

  it("keeps the value where no native form exists, saying why", () => {
    const cases: [string, string][] = [
      ["PLAN.PROJECT(A1:A3,0.1)", "range-argument"],
      ["PLAN.GAP(A1,{1,2})", "range-argument"],
      ["PLAN.GAP(A1,B:B)", "range-argument"],
      ["PLAN.GAP(A1,Table1[Target])", "range-argument"],
      ["PLAN.GAP(A1,IF(B1:B3>0,1,2))", "range-argument"],
      ["PLAN.GAP(A1,Targets)", "range-argument"],
      ["PLAN.FOO(1)", "unknown-function"],
      ["PLAN.CAGR(1,2)", "arity"],
      ["PLAN.GAP(1,2,3)", "arity"],
      ["PLAN.TARGET(,B1)", "arity"],
      ["SUM(PLAN.SERIES(A1,B1,3))", "nested-series"],
      ["PLAN.GAP(A1,(B1", "syntax"],
    ];
    for (const [f, code] of cases) {
      const r = rewriteFormula(f, { nameIsRange: (n) => n === "Targets" });
      expect(r.kind).toBe("keep");
      expect(r.kind === "keep" && r.reason.code).toBe(code);
      expect(r.kind === "keep" && r.reason.zh.length).toBeGreaterThan(0);
    }
  });

  it("accepts ranges where the native form takes them: aggregates and QUARTERTARGET weights", () => {
    expect(native("PLAN.GAP(SUM(A1:A3),B1)")).toBe(nativeGap(["SUM(A1:A3)", "B1"]));
    expect(native("PLAN.QUARTERTARGET(A1,2,C1:F1)")).toContain("INDEX(C1:F1,2)");
    expect(native("PLAN.GAP(A1,Rate)", { Rate: false })).toBe(nativeGap(["A1", "Rate"]));
  });

  it("turns a whole-formula SERIES into per-cell formulas", () => {
    const r = rewriteFormula("=_xldudf_PLAN_SERIES(A1,B1,3,2021)");
    expect(r).toEqual({ kind: "series", args: ["A1", "B1", "3", "2021"], rows: 2 });
    const r2 = rewriteFormula("=PLAN.SERIES(PLAN.PROJECT(A1,B1),B1,3)");
    expect(r2.kind === "series" && r2.rows).toBe(1);
    // The inner call's value, under one merged blank test.
    const guard = 'IF(OR(A1="",B1=""),"",';
    const innerValue = nativeProject(["A1", "B1"]).slice(guard.length, -1);
    const cell = r2.kind === "series" ? nativeSeriesCell(r2.args, 0, 1) : "";
    expect(cell.startsWith(guard) && cell.includes(innerValue)).toBe(true);
  });

  it("refuses formulas the rewrite would make longer than Excel allows", () => {
    let f = "A1";
    for (let i = 0; i < 8; i++) f = `PLAN.PROJECT(${f},B1,2)`;
    const r = rewriteFormula(f);
    expect(r.kind === "keep" && r.reason.code).toBe("too-long");
    expect(MAX_FORMULA_LENGTH).toBe(8192);
  });

  it("is idempotent: a rewritten formula has nothing left to rewrite", () => {
    const args = fc.constantFrom("A1", "$B$2", "'My Sheet'!C3", "'县''s'!D4", "0.1", "3", '""');
    const fn = fc.constantFrom("PLAN.PROJECT", "_xldudf_PLAN_GAP", "plan.completion", "PLAN.PER10K");
    fc.assert(
      fc.property(fn, args, args, fc.constantFrom("", "1+", "ROUND(", '"PLAN.GAP("&'), (f, a, b, pre) => {
        const text = `=${pre}${f}(${a},${b})${pre === "ROUND(" ? ",2)" : ""}`;
        const once = rewriteFormula(text);
        expect(once.kind).toBe("native");
        if (once.kind !== "native") return;
        expect(hasPlanCall(once.formula)).toBe(false);
        expect(rewriteFormula(once.formula)).toEqual({ kind: "unchanged" });
        expect(once.formula.startsWith(`=${pre}`)).toBe(true);
      }),
    );
  });
});
