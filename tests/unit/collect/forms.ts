/**
 * Test support for the distribute → fill → collect round trip: a plan with ten regions, and
 * helpers that fill a distributed form the way a county would (including the faults counties
 * make). Filling uses the template's known layout; the collector must find things by labels.
 */
import ExcelJS from "exceljs";
import type { Plan } from "../../../src/core/plan";
import { QUARTERLY_BLOCK, QUARTERLY_FORM_BLOCK } from "../../../src/model/templates/quarterlyReport";

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

/** Columns per indicator of a distributed form (no 排名: five). */
export const B = QUARTERLY_FORM_BLOCK;
/** 1-based column of indicator i's target / actual in a distributed form (known layout). */
export const targetCol = (i: number) => 3 + B * i;
export const actualCol = (i: number) => 4 + B * i;
export const DATA_ROW = 5;
/** 1-based column of indicator i's target / actual in the collect summary (six columns, 排名 kept). */
export const summaryTargetCol = (i: number) => 3 + QUARTERLY_BLOCK * i;
export const summaryActualCol = (i: number) => 4 + QUARTERLY_BLOCK * i;

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

/** The cell right of a form field's label (past the label's merged cells): where its value goes. */
export function fieldCell(ws: ExcelJS.Worksheet, label: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Merge && cell.value === label) found = cell;
    }),
  );
  if (!found) throw new Error(`no field ${label}`);
  const row = Number(found.row);
  let col = Number(found.col) + 1;
  while (ws.getCell(row, col).isMerged && ws.getCell(row, col).master.address === found.address) col++;
  return ws.getCell(row, col);
}

/** The value cell of a form field and the cells merged into it (A1 addresses). */
export function fieldCells(ws: ExcelJS.Worksheet, label: string): string[] {
  const first = fieldCell(ws, label);
  const out = [first.address];
  for (
    let col = Number(first.col) + 1;
    ws.getCell(first.row, col).master.address === first.address && ws.getCell(first.row, col).isMerged;
    col++
  )
    out.push(ws.getCell(first.row, col).address);
  return out;
}

/**
 * Copies a sheet into a new workbook with `rowsAbove` empty rows inserted at the top, the
 * first two indicator blocks swapped (columns moved) and the sheet renamed. Values and
 * formula texts are copied as they are (nothing recalculates here).
 */
export function rearranged(src: ExcelJS.Worksheet, rowsAbove: number, name: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  const block = (c: number) => (c >= 3 && c < 3 + B ? c + B : c >= 3 + B && c < 3 + 2 * B ? c - B : c);
  src.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      ws.getCell(Number(cell.row) + rowsAbove, block(Number(cell.col))).value = cell.value;
    }),
  );
  return wb;
}
