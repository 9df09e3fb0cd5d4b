/**
 * A read-only view of an exceljs worksheet as plain cells (text, number, date serial, formula
 * or not), with merged followers left out so a merged label is seen once, where it starts.
 */
import ExcelJS from "exceljs";

export interface PlainCell {
  row: number; // 1-based, as in the sheet
  col: number; // 1-based
  address: string;
  formula: boolean;
  /** number, text, or undefined for a blank or a boolean/error. */
  number?: number;
  text?: string;
  error?: string;
  /** The cell held a date (its number is the Excel serial). */
  date?: boolean;
  /** The text folded for label comparison (see readForm's norm), computed once. */
  label?: string;
}

/** Labels are compared after folding width, dropping spaces and case. */
export function labelOf(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\u3000\s]+/g, "")
    .toLowerCase();
}

const EPOCH = Date.UTC(1899, 11, 30);

function serialOf(d: Date): number {
  return (d.getTime() - EPOCH) / 86400000;
}

function fill(pc: PlainCell, v: unknown): void {
  if (v === null || v === undefined) return;
  if (typeof v === "number") pc.number = v;
  else if (typeof v === "string") pc.text = v;
  else if (v instanceof Date) {
    pc.number = serialOf(v);
    pc.date = true;
  } else if (typeof v === "object") {
    const o = v as { richText?: { text: string }[]; text?: unknown; error?: string; result?: unknown };
    if (o.richText) pc.text = o.richText.map((t) => t.text).join("");
    else if (o.error) pc.error = o.error;
    else if (typeof o.text === "string") pc.text = o.text;
  }
}

export class SheetCells {
  readonly cells: PlainCell[] = [];
  private readonly byPos = new Map<number, PlainCell>();

  constructor(readonly ws: ExcelJS.Worksheet) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const v = cell.value as unknown;
        const pc: PlainCell = {
          row: Number(cell.row),
          col: Number(cell.col),
          address: cell.address,
          formula: false,
        };
        if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
          pc.formula = true;
          fill(pc, (v as { result?: unknown }).result);
        } else fill(pc, v);
        if (pc.text !== undefined && pc.text.trim() === "" && !pc.formula) return;
        if (pc.text !== undefined) pc.label = labelOf(pc.text);
        this.cells.push(pc);
        this.byPos.set(pc.row * 16384 + pc.col, pc);
      });
    });
  }

  at(row: number, col: number): PlainCell | undefined {
    return this.byPos.get(row * 16384 + col);
  }

  get name(): string {
    return this.ws.name;
  }
}
