/**
 * Test support for the distribute → fill → collect round trip: a plan with ten regions, and
 * helpers that fill a distributed form the way a county would (including the faults counties
 * make). Filling uses the template's known layout; the collector must find things by labels.
 */
import ExcelJS from "exceljs";
import type { Plan } from "../../../src/core/plan";

export const REGIONS = [
  "城关区",
  "东城区",
  "西城区",
  "南湖区",
  "北山县",
  "青山县",
  "河口县",
  "平安县",
  "新桥镇",
  "长乐县",
];

export const PLAN: Plan = {
  title: "2024年专利工作推进计划",
  baseYear: 2023,
  targetYear: 2024,
  regions: REGIONS,
  indicators: [
    { name: "专利申请量", unit: "件", base: 300, target: 400, actual: 250, asOf: "2024-06-30" },
    { name: "发明专利申请量", unit: "件", base: 40, target: 60 },
    { name: "专利实施产值", unit: "万元", base: 1000, growth: 0.2 },
    { name: "企业专利消零比例", unit: "%", target: 0.3 },
  ],
};

/** 1-based column of indicator i's target / actual in a distributed form (known layout). */
export const targetCol = (i: number) => 3 + 6 * i;
export const actualCol = (i: number) => 4 + 6 * i;
export const DATA_ROW = 5;

export async function load(bytes: Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

export async function save(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type Inputs = (number | string | null)[][]; // [indicator][0 = target, 1 = actual]

export function fill(ws: ExcelJS.Worksheet, inputs: Inputs, row = DATA_ROW): void {
  inputs.forEach(([t, a], i) => {
    ws.getCell(row, targetCol(i)).value = t;
    ws.getCell(row, actualCol(i)).value = a;
  });
}

/**
 * Copies a sheet into a new workbook with `rowsAbove` empty rows inserted at the top, the
 * first two indicator blocks swapped (columns moved) and the sheet renamed. Values and
 * formula texts are copied as they are (nothing recalculates here).
 */
export function rearranged(src: ExcelJS.Worksheet, rowsAbove: number, name: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  const block = (c: number) => (c >= 3 && c < 9 ? c + 6 : c >= 9 && c < 15 ? c - 6 : c);
  src.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      ws.getCell(Number(cell.row) + rowsAbove, block(Number(cell.col))).value = cell.value;
    }),
  );
  return wb;
}
