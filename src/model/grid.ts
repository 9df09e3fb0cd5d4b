/**
 * A small builder for SheetModels: templates place cells by grid position and ask it for the
 * absolute addresses their formulas need (a model is built for its origin).
 */
import type { Lang } from "../core/errors";
import type {
  Cell,
  CellAddress,
  ConditionalFormat,
  PrintSetup,
  RangeRect,
  SheetModel,
  Stamp,
  TemplateId,
  Validation,
  ValidationRule,
} from "./types";
import { a1, rangeA1 } from "./a1";

export class GridBuilder {
  readonly cells: (Cell | null)[][] = [];
  readonly merges: RangeRect[] = [];
  readonly validations: Validation[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  columnWidths: number[] = [];

  constructor(readonly origin: CellAddress) {}

  /** Sheet address of grid cell (r, c). */
  ref(r: number, c: number, abs: boolean | { row?: boolean; col?: boolean } = false): string {
    return a1(this.origin.row + r, this.origin.col + c, abs);
  }

  /** Sheet address of a grid range. */
  range(r: number, c: number, rows: number, cols: number, abs = false): string {
    return rangeA1(this.origin.row + r, this.origin.col + c, rows, cols, abs);
  }

  set(r: number, c: number, cell: Cell): void {
    while (this.cells.length <= r) this.cells.push([]);
    const row = this.cells[r];
    while (row.length <= c) row.push(null);
    row[c] = cell;
  }

  merge(r: number, c: number, rows: number, cols: number): void {
    if (rows > 1 || cols > 1) this.merges.push(this.rect(r, c, rows, cols));
  }

  validate(r: number, c: number, rows: number, cols: number, rule: ValidationRule): void {
    if (rows > 0 && cols > 0) this.validations.push({ range: this.rect(r, c, rows, cols), rule });
  }

  highlight(
    r: number,
    c: number,
    rows: number,
    cols: number,
    equals: string,
    fill: string,
    font: string,
  ): void {
    if (rows > 0 && cols > 0)
      this.conditionalFormats.push({ range: this.rect(r, c, rows, cols), equals, fill, font });
  }

  /** A grid rectangle in absolute sheet coordinates (as the model's ranges are). */
  rect(r: number, c: number, rows: number, cols: number): RangeRect {
    return { row: this.origin.row + r, col: this.origin.col + c, rows, cols };
  }

  /** Pads every row to the same width so writers get a dense rectangle. */
  finish(args: {
    templateId: TemplateId;
    lang: Lang;
    sheetName: string;
    freeze: { rows: number; cols: number };
    print: PrintSetup;
    stamp: Stamp;
    stampCell: CellAddress;
    headerRows: { first: number; last: number };
  }): SheetModel {
    const width = Math.max(...this.cells.map((r) => r.length), this.columnWidths.length);
    for (const row of this.cells) while (row.length < width) row.push(null);
    const widths = this.columnWidths.slice(0, width);
    while (widths.length < width) widths.push(10);
    return {
      templateId: args.templateId,
      lang: args.lang,
      sheetName: args.sheetName,
      origin: this.origin,
      cells: this.cells,
      columnWidths: widths,
      merges: this.merges,
      freeze: args.freeze,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      print: args.print,
      stamp: args.stamp,
      stampCell: args.stampCell,
      hiddenColumns: [args.stampCell.col],
      headerRows: args.headerRows,
    };
  }
}
