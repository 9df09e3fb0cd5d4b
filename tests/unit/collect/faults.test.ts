/**
 * Collect reports, never guesses: each fault a county can type (a date in a number cell,
 * a negative count, a number no cell can hold, a stored NaN, 85 in a % cell, an as-of outside
 * the plan period, an edited label) is a problem of that form, and none of those values
 * reaches the summary. Real files: distributed with the real writer, filled with exceljs.
 */
import JSZip from "jszip";
import type ExcelJS from "exceljs";
import { consolidate, type Consolidation } from "../../../src/collect/consolidate";
import { distributeForms } from "../../../src/collect/distribute";
import { consolidationXlsx } from "../../../src/collect/xlsxCollect";
import {
  PLAN,
  REGIONS,
  actualCol,
  targetCol,
  summaryActualCol,
  summaryTargetCol,
  DATA_ROW,
  fill,
  load,
  save,
} from "./forms";

const clean = (j: number) => [
  [40 + j, 20 + j],
  [6, 3],
  [100, 50],
  [0.3, 0.1],
];

/** The cell right of the 截至日期 label (found by label, as a county sees it). */
function asOfCell(ws: ExcelJS.Worksheet): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (c.value === "截至日期") found = ws.getCell(Number(c.row), Number(c.col) + 1);
    }),
  );
  return found!;
}

/** Rewrites one cell's stored value in the sheet XML (a NaN exceljs would never write). */
async function storeRaw(bytes: Buffer, address: string, raw: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const path = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(path)!.async("string");
  const re = new RegExp(`<c r="${address}"([^>]*?)(/>|>.*?</c>)`);
  if (!re.test(xml)) throw new Error(`no cell ${address}`);
  const patched = xml.replace(
    re,
    (_m, attrs: string) => `<c r="${address}"${attrs.replace(/ t="\w+"/, "")}><v>${raw}</v></c>`,
  );
  zip.file(path, patched);
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("collect reports faults instead of using them", () => {
  let c: Consolidation;
  let summary: ExcelJS.Worksheet;
  const FAULTS = {
    dateKeptFormat: "C5", // 城关区: a date typed where the number format stayed 件
    dateFormatted: "D5", // 东城区: a date shown as a date
    negative: "D5", // 西城区: −3 件
    huge: "C5", // 南湖区: 400 digits typed as text
    nan: "D5", // 北山县: a stored NaN
    percent: "S5", // 青山县: 85 typed in a % cell (8500%)
  };
  beforeAll(async () => {
    const forms = await distributeForms(PLAN, "quarterly-report", { lang: "zh", asOf: "2024-06-30" });
    const files: { name: string; bytes: Buffer }[] = [];
    for (let j = 0; j < forms.length; j++) {
      const wb = await load(forms[j].bytes);
      const ws = wb.worksheets[0];
      fill(ws, clean(j));
      let bytes: Buffer | undefined;
      switch (j) {
        case 0:
          ws.getCell(DATA_ROW, targetCol(0)).value = new Date(Date.UTC(2024, 5, 30));
          break;
        case 1: {
          const cell = ws.getCell(DATA_ROW, actualCol(0));
          cell.value = new Date(Date.UTC(2024, 5, 30));
          cell.style = { ...cell.style, numFmt: "yyyy-mm-dd" }; // its own style: exceljs shares them
          break;
        }
        case 2:
          ws.getCell(DATA_ROW, actualCol(0)).value = -3;
          break;
        case 3:
          ws.getCell(DATA_ROW, targetCol(0)).value = "9".repeat(400);
          break;
        case 5:
          ws.getCell(DATA_ROW, actualCol(3)).value = 85;
          break;
        case 6: // an as-of date no plan period holds
          asOfCell(ws).value = new Date(Date.UTC(2999, 0, 1));
          break;
        case 7: // the region column's label edited: the form cannot be read
          ws.getCell(3, 2).value = "单位";
          break;
      }
      bytes = await save(wb);
      if (j === 4) bytes = await storeRaw(bytes, FAULTS.nan, "NaN");
      if (j !== 9) files.push({ name: forms[j].fileName, bytes });
    }
    c = await consolidate(files, PLAN);
    const wb = await load(await consolidationXlsx(c, "zh"));
    summary = wb.getWorksheet("汇总")!;
  });

  const of = (region: string) => c.problems.filter((p) => p.region === region);
  const codes = (region: string) => of(region).map((p) => `${p.severity} ${p.code} ${p.cell ?? ""}`);

  it("a date in a number cell is a problem, whether or not its format says date", () => {
    expect(codes(REGIONS[0])).toEqual([`error date-in-number ${FAULTS.dateKeptFormat}`]);
    expect(of(REGIONS[0])[0].zh).toContain("像是日期 2024-06-30");
    expect(codes(REGIONS[1])).toEqual([`error date-in-number ${FAULTS.dateFormatted}`]);
    expect(of(REGIONS[1])[0].zh).toContain("填的是日期 2024-06-30");
  });

  it("a negative count, a number no cell holds, a stored NaN and 8500% are problems", () => {
    expect(codes(REGIONS[2])).toEqual([`error negative ${FAULTS.negative}`]);
    expect(codes(REGIONS[3])).toEqual([`error absurd-number ${FAULTS.huge}`]);
    expect(of(REGIONS[3])[0].zh).toContain("(400 字)");
    expect(codes(REGIONS[4])).toEqual([`error absurd-number ${FAULTS.nan}`]);
    expect(of(REGIONS[4])[0].zh).toContain("NaN");
    expect(codes(REGIONS[5])).toEqual([`error absurd-number ${FAULTS.percent}`]);
  });

  it("an as-of outside the plan period is that form's problem; the others' date is used", () => {
    expect(codes(REGIONS[6])).toEqual(["error as-of-outside D2"]);
    expect(of(REGIONS[6])[0].zh).toContain("2999-01-01 不在规划期(2023—2024年)内");
    expect(c.asOf).toBe(45473); // 2024-06-30 from the other forms
  });

  it("a received form that cannot be read is rejected with its reason, not missing", () => {
    const r = c.regions[7];
    expect([r.status, r.reason?.code]).toEqual(["rejected", "no-region-column"]);
    expect(codes(REGIONS[7])).toEqual(["error no-region-column ", "error form-rejected "]);
    expect(c.regions[9].status).toBe("missing");
    const status = (j: number) =>
      String(summary.getCell(DATA_ROW + j, summaryTargetCol(PLAN.indicators.length)).value);
    expect(status(7)).toBe("已收到,未采用:找不到县(市)区列");
    expect(status(9)).toBe("未报送");
  });

  it("no faulty value reaches the summary: those cells are blank, the rest are there", () => {
    const at = (j: number, col: number) => summary.getCell(DATA_ROW + j, col).value;
    expect(at(0, summaryTargetCol(0))).toBeNull();
    expect(at(1, summaryActualCol(0))).toBeNull();
    expect(at(2, summaryActualCol(0))).toBeNull();
    expect(at(3, summaryTargetCol(0))).toBeNull();
    expect(at(4, summaryActualCol(0))).toBeNull();
    expect(at(5, summaryActualCol(3))).toBeNull();
    // the same forms' good cells are used
    expect([at(0, summaryActualCol(0)), at(2, summaryTargetCol(0)), at(5, summaryTargetCol(3))]).toEqual([
      20, 42, 0.3,
    ]);
    const numbers: number[] = [];
    summary.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "number") numbers.push(cell.value);
      }),
    );
    for (const n of numbers) expect([n, Number.isFinite(n) && n >= 0 && n < 45000]).toEqual([n, true]);
  });

  it("orders the report by county, errors first", () => {
    const groups = [...new Set(c.problems.map((p) => p.region ?? "-"))];
    expect(groups).toEqual([...REGIONS.slice(0, 8), REGIONS[9]]);
  });
});
