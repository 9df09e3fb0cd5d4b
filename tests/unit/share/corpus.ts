/**
 * The share conversion corpus: a workbook with PLAN formulas in every form a file can hold,
 * each with the value the PLAN function gives (worked out by hand from the data cells below,
 * and cached in the file the way Excel caches results).
 */
import ExcelJS from "exceljs";
import type { CellResult } from "../../../src/core/values";
import { project, target, cagr, required } from "../../../src/core/growth";
import { gap, completion, timeProgress } from "../../../src/core/progress";
import { status } from "../../../src/core/status";
import { per10k } from "../../../src/core/per10k";
import { quarterTarget, readWeights } from "../../../src/core/quarter";
import { series } from "../../../src/core/series";
import { serialFromYMD } from "../../../src/core/excelDate";

export interface CorpusEntry {
  address: string; // on sheet "Calc"
  formula: string;
  expected: number | string;
  /** How share must treat it. */
  expect: "native" | "value" | "unchanged";
  /** The value by the PLAN functions' JavaScript core (src/core), from the same data. */
  core?: () => CellResult;
}

// The data cells of the corpus workbook, as the core functions see them.
const D = { A1: 100, B1: 0.1, C1: 2, D1: 60, E1: 400, F1: null, W: [1, 2, 3, 4], My: 200, Q: 0.25 };
const SEP30 = serialFromYMD(2012, 9, 30);

const TP_2012_09_30 = 274 / 366;

export const CORPUS: CorpusEntry[] = [
  {
    address: "A1",
    formula: "_xldudf_PLAN_PROJECT(Data!A1,Data!B1,Data!C1)",
    expected: 121,
    expect: "native",
    core: () => project(D.A1, D.B1, D.C1),
  },
  {
    address: "A2",
    formula: "PLAN.PROJECT(Data!$A$1,Data!B$1)",
    expected: 110,
    expect: "native",
    core: () => project(D.A1, D.B1),
  },
  {
    address: "A3",
    formula: "plan.project('My Sheet'!A1,'县''s'!B2,2)",
    expected: 312.5,
    expect: "native",
    core: () => project(D.My, D.Q, 2),
  },
  {
    address: "A4",
    formula: "PLAN.TARGET(Data!A1,Data!B1,,3)",
    expected: 133.1,
    expect: "native",
    core: () => target(D.A1, D.B1, undefined, 3),
  },
  {
    address: "A5",
    formula: "_xldudf_PLAN_TARGET(Data!A1,Data!B1,Data!D1*3)",
    expected: 180,
    expect: "native",
    core: () => target(D.A1, D.B1, D.D1 * 3),
  },
  {
    address: "A6",
    formula: "ROUND(_XLDUDF_PLAN_CAGR(Data!A1,Data!E1,Data!C1),4)+1",
    expected: 2,
    expect: "native",
    core: () => Math.round((cagr(D.A1, D.E1, D.C1) as number) * 1e4) / 1e4 + 1,
  },
  {
    address: "A7",
    formula: '"PLAN.PROJECT(1,2)"&TEXT(PLAN.GAP(Data!A1,150),"0")',
    expected: "PLAN.PROJECT(1,2)50",
    expect: "native",
    core: () => `PLAN.PROJECT(1,2)${gap(D.A1, 150)}`,
  },
  {
    address: "A8",
    formula: 'IF(PLAN.COMPLETION(Data!A1,Data!E1)<1,"未完成 PLAN.GAP(",PLAN.STATUS(Data!A1,Data!E1))',
    expected: "未完成 PLAN.GAP(",
    expect: "native",
  },
  {
    address: "A9",
    formula: "PLAN.REQUIRED(Data!A1,Data!E1,2)*100",
    expected: 100,
    expect: "native",
    core: () => (required(D.A1, D.E1, 2) as number) * 100,
  },
  {
    address: "A10",
    formula: "_xldudf_PLAN_PER10K(Data!A1,20000)",
    expected: 50,
    expect: "native",
    core: () => per10k(D.A1, 20000),
  },
  {
    address: "A11",
    formula: "PLAN.QUARTERTARGET(Data!E1,2,Data!G1:J1)",
    expected: 120,
    expect: "native",
    core: () => quarterTarget(D.E1, 2, readWeights(D.W)),
  },
  {
    address: "A12",
    formula: "PLAN.QUARTERTARGET(Data!E1,3,Weights)",
    expected: 240,
    expect: "native",
    core: () => quarterTarget(D.E1, 3, readWeights(D.W)),
  },
  {
    address: "A13",
    formula: "PLAN.TIMEPROGRESS(DATE(2012,9,30))",
    expected: TP_2012_09_30,
    expect: "native",
    core: () => timeProgress(SEP30),
  },
  {
    address: "A14",
    formula: "PLAN.STATUS(50,Data!A1,_xldudf_PLAN_TIMEPROGRESS(DATE(2012,9,30)))",
    expected: "滞后",
    expect: "native",
    core: () => status(50, D.A1, timeProgress(SEP30)),
  },
  {
    address: "A15",
    formula: 'PLAN.STATUS(Data!A1,Data!E1,0.5,,,"en")',
    expected: "behind",
    expect: "native",
    core: () => status(D.A1, D.E1, 0.5, undefined, undefined, "en"),
  },
  {
    address: "A16",
    formula: "-PLAN.GAP(5,3)^2",
    expected: 4,
    expect: "native",
    core: () => (-(gap(5, 3) as number)) ** 2,
  },
  {
    address: "A17",
    formula: "PLAN.PROJECT(PLAN.PROJECT(Data!A1,Data!B1),Data!B1)",
    expected: 121,
    expect: "native",
    core: () => project(project(D.A1, D.B1), D.B1),
  },
  {
    address: "A18",
    formula: "PLAN.GAP(Data!F1,10)",
    expected: "",
    expect: "native",
    core: () => gap(D.F1, 10),
  },
  {
    address: "A19",
    formula: "PLAN.PROJECT(Data!A1,Rate,2)",
    expected: 121,
    expect: "native",
    core: () => project(D.A1, D.B1, 2),
  },
  {
    address: "A20",
    formula: "2*PLAN.GAP(5,3)",
    expected: -4,
    expect: "native",
    core: () => 2 * (gap(5, 3) as number),
  },
  { address: "A21", formula: "_xldudf_PLAN_PROJECT(Data!A1:A2,0.1)", expected: 110, expect: "value" },
  { address: "A22", formula: "PLAN.FOO(1)", expected: 7, expect: "value" },
  {
    address: "A23",
    formula: '"PLAN.("&"PLAN.PROJECT(1,2)"',
    expected: "PLAN.(PLAN.PROJECT(1,2)",
    expect: "unchanged",
  },
  { address: "A24", formula: "SUM(Data!A1:A3)", expected: 600, expect: "unchanged" },
  {
    address: "A25",
    formula: "PLAN.PROJECT( Data!A1 , 10% , 2 )",
    expected: 121,
    expect: "native",
    core: () => project(D.A1, 0.1, 2),
  },
  {
    address: "A26",
    formula: "PLAN.CAGR(Data!A1,Data!E1,0)",
    expected: "#NUM!",
    expect: "native",
    core: () => cagr(D.A1, D.E1, 0),
  },
  {
    address: "A27",
    formula: "PLAN.COMPLETION(Data!A1,0)",
    expected: "#DIV/0!",
    expect: "native",
    core: () => completion(D.A1, 0),
  },
  {
    // The inner call is blank (no date): the optional time progress takes its default, 1.
    address: "A28",
    formula: "PLAN.STATUS(Data!A1,Data!E1,PLAN.TIMEPROGRESS(Data!F1))",
    expected: "严重滞后",
    expect: "native",
    core: () => status(D.A1, D.E1, timeProgress(D.F1)),
  },
  {
    // A blank inner call as a required argument: the result is blank too, not 0% or #DIV/0!.
    address: "A29",
    formula: "PLAN.COMPLETION(Data!A1,PLAN.PROJECT(Data!F1,Data!B1))",
    expected: "",
    expect: "native",
    core: () => completion(D.A1, project(D.F1, D.B1)),
  },
];

/** The core's PLAN.SERIES results behind SERIES_EXPECTED. */
export const SERIES_CORE = {
  A30: () => series(D.A1, D.B1, 3, 2021),
  A33: () => series(D.A1, D.B1, D.C1),
};

/** SERIES anchors and the values each spilled cell must show. */
export const SERIES_EXPECTED: Record<string, number> = {
  // PLAN.SERIES(Data!A1,Data!B1,3,2021) at A30: years above, values below.
  A30: 2021,
  B30: 2022,
  C30: 2023,
  A31: 110,
  B31: 121,
  C31: 133.1,
  // _xldudf_PLAN_SERIES(Data!A1,Data!B1,Data!C1) at A33: one row of Data!C1 = 2 values.
  A33: 110,
  B33: 121,
  // Stored as an array formula with its ref (as Excel records a spill): A35:C35.
  A35: 110,
  B35: 121,
  C35: 133.1,
};

/** Shared formula A40:A42 and the values of each follower. */
export const SHARED_EXPECTED: Record<string, number> = { A40: 110, A41: 220, A42: 330 };

export function corpusWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet("Data");
  const calc = wb.addWorksheet("Calc");
  const my = wb.addWorksheet("My Sheet");
  const q = wb.addWorksheet("县's");
  data.getCell("A1").value = 100;
  data.getCell("B1").value = 0.1;
  data.getCell("C1").value = 2;
  data.getCell("D1").value = 60;
  data.getCell("E1").value = 400;
  ["G1", "H1", "I1", "J1"].forEach((a, i) => (data.getCell(a).value = i + 1));
  data.getCell("A2").value = 200;
  data.getCell("A3").value = 300;
  data.getCell("B2").value = 0.1;
  data.getCell("B3").value = 0.1;
  data.getCell("K1").value = "不变的文字";
  data.getCell("K1").font = { bold: true, color: { argb: "FFC00000" } };
  data.getCell("K2").value = 12.5;
  data.getCell("K2").numFmt = '#,##0.0"件"';
  my.getCell("A1").value = 200;
  q.getCell("B2").value = 0.25;
  wb.definedNames.add("Data!$B$1", "Rate");
  wb.definedNames.add("Data!$G$1:$J$1", "Weights");

  for (const e of CORPUS) {
    const cached = e.expected === "" ? undefined : e.expected;
    const result =
      typeof cached === "string" && cached.startsWith("#")
        ? { error: cached as ExcelJS.CellErrorValue["error"] }
        : cached;
    calc.getCell(e.address).value = { formula: e.formula, result } as ExcelJS.CellFormulaValue;
    calc.getCell(e.address).numFmt = "0.00";
  }
  calc.getCell("A30").value = { formula: "PLAN.SERIES(Data!A1,Data!B1,3,2021)", result: 2021 };
  for (const a of ["B30", "C30", "A31", "B31", "C31"]) calc.getCell(a).value = SERIES_EXPECTED[a];
  calc.getCell("A33").value = { formula: "_xldudf_PLAN_SERIES(Data!A1,Data!B1,Data!C1)", result: 110 };
  calc.getCell("B33").value = 121;
  calc.getCell("A35").value = {
    formula: "_xldudf_PLAN_SERIES(Data!A1,Data!B1,Data!$Z$99)",
    result: 110,
    shareType: "array",
    ref: "A35:C35",
  } as unknown as ExcelJS.CellFormulaValue;
  calc.getCell("B35").value = 121;
  calc.getCell("C35").value = 133.1;
  calc.getCell("A40").value = {
    formula: "_xldudf_PLAN_PROJECT(Data!A1,Data!B1,1)",
    result: 110,
    shareType: "shared",
    ref: "A40:A42",
  } as unknown as ExcelJS.CellFormulaValue;
  calc.getCell("A41").value = {
    sharedFormula: "A40",
    result: 220,
  } as unknown as ExcelJS.CellSharedFormulaValue;
  calc.getCell("A42").value = {
    sharedFormula: "A40",
    result: 330,
  } as unknown as ExcelJS.CellSharedFormulaValue;
  calc.getCell("B40").value = "保持原样";
  calc.getColumn(1).width = 18;
  return wb;
}
