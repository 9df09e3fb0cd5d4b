/** Cell-by-cell comparison of two workbooks, for "nothing else changed" checks. */
import type ExcelJS from "exceljs";

export interface CellDiff {
  sheet: string;
  address: string;
  what: string;
}

function cellSignature(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  let value: unknown = v;
  if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    value = { formula: cell.formula, result: (v as { result?: unknown }).result };
  }
  return JSON.stringify({
    value,
    numFmt: cell.numFmt,
    font: cell.font,
    fill: cell.fill,
    border: cell.border,
  });
}

export function compareWorkbooks(a: ExcelJS.Workbook, b: ExcelJS.Workbook, ignore: Set<string>): CellDiff[] {
  const diffs: CellDiff[] = [];
  const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => w.name);
  if (JSON.stringify(names(a)) !== JSON.stringify(names(b))) {
    diffs.push({ sheet: "*", address: "*", what: `sheets ${names(a)} vs ${names(b)}` });
  }
  const definedNames = (wb: ExcelJS.Workbook) =>
    JSON.stringify((wb.definedNames as unknown as { model: unknown }).model);
  if (definedNames(a) !== definedNames(b)) diffs.push({ sheet: "*", address: "*", what: "defined names" });
  for (const wsA of a.worksheets) {
    const wsB = b.getWorksheet(wsA.name);
    if (!wsB) continue;
    const seen = new Set<string>();
    const visit = (ws: ExcelJS.Worksheet) =>
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => seen.add(cell.address)),
      );
    visit(wsA);
    visit(wsB);
    for (const addr of seen) {
      if (ignore.has(`${wsA.name}!${addr}`)) continue;
      const sa = cellSignature(wsA.getCell(addr));
      const sb = cellSignature(wsB.getCell(addr));
      if (sa !== sb) diffs.push({ sheet: wsA.name, address: addr, what: `${sa} → ${sb}` });
    }
    for (let c = 1; c <= Math.max(wsA.columnCount, wsB.columnCount); c++) {
      if (wsA.getColumn(c).width !== wsB.getColumn(c).width) {
        diffs.push({ sheet: wsA.name, address: `col ${c}`, what: "width" });
      }
    }
  }
  return diffs;
}
