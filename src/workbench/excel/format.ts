/**
 * Range formatting (Excel.RangeFormat and its fill, font, borders, protection) on Univer cell
 * styles. Property writes are queued; at sync they become style patches per cell (cellWrites.ts),
 * written together. Column widths and row heights are in points in Office.js and in pixels in
 * Univer (96 dpi: 1 pt = 4/3 px).
 */
import {
  BorderStyleTypes,
  HorizontalAlign,
  VerticalAlign,
  WrapStrategy,
  type IStyleData,
} from "@univerjs/core";
import type { FWorksheet } from "@univerjs/sheets/facade";
import { ClientObject, type Queue } from "./client";
import { apiError, ErrorCodes } from "./errors";
import type { Rect } from "./address";

/** What a format needs from the range (or the areas) it belongs to. */
export interface FormatTarget {
  /** The sheet and rectangles, resolved at sync. */
  areas(): { ws: FWorksheet; rects: Rect[] };
  /** Refuses formatting on a protected sheet unless its protection allows it. */
  checkFormat(kind: "cells" | "columns" | "rows"): void;
  /** Whether the first cell is locked (format.protection.locked). */
  isLocked?(): boolean;
  owner: ClientObject;
}

export const PX_PER_PT = 4 / 3;

type Patch = Partial<IStyleData>;

const H_ALIGN: Record<string, HorizontalAlign> = {
  General: HorizontalAlign.UNSPECIFIED,
  Left: HorizontalAlign.LEFT,
  Center: HorizontalAlign.CENTER,
  Right: HorizontalAlign.RIGHT,
  Justify: HorizontalAlign.JUSTIFIED,
  Fill: HorizontalAlign.UNSPECIFIED,
  CenterAcrossSelection: HorizontalAlign.CENTER,
  Distributed: HorizontalAlign.DISTRIBUTED,
};
const H_NAME: Record<number, string> = {
  [HorizontalAlign.LEFT]: "Left",
  [HorizontalAlign.CENTER]: "Center",
  [HorizontalAlign.RIGHT]: "Right",
  [HorizontalAlign.JUSTIFIED]: "Justify",
  [HorizontalAlign.DISTRIBUTED]: "Distributed",
};
const V_ALIGN: Record<string, VerticalAlign> = {
  Top: VerticalAlign.TOP,
  Center: VerticalAlign.MIDDLE,
  Bottom: VerticalAlign.BOTTOM,
  Justify: VerticalAlign.MIDDLE,
  Distributed: VerticalAlign.MIDDLE,
};

const BORDER_STYLE: Record<string, BorderStyleTypes> = {
  None: BorderStyleTypes.NONE,
  Continuous: BorderStyleTypes.THIN,
  Dash: BorderStyleTypes.DASHED,
  DashDot: BorderStyleTypes.DASH_DOT,
  DashDotDot: BorderStyleTypes.DASH_DOT_DOT,
  Dot: BorderStyleTypes.DOTTED,
  Double: BorderStyleTypes.DOUBLE,
  SlantDashDot: BorderStyleTypes.SLANT_DASH_DOT,
};
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"];

type Side = "t" | "b" | "l" | "r";

/** The cells and sides an Excel border index draws on rectangle r. Inside borders go on both
 * neighbouring cells, as Excel stores them. */
function borderParts(edge: string, r: Rect): [Rect, Side][] {
  const lastRow = r.row + r.rows - 1;
  const lastCol = r.col + r.cols - 1;
  const rows = (from: number, to: number): Rect => ({ ...r, row: from, rows: to - from + 1 });
  const cols = (from: number, to: number): Rect => ({ ...r, col: from, cols: to - from + 1 });
  const parts: [Rect, Side][] = [];
  switch (edge) {
    case "EdgeTop":
      return [[rows(r.row, r.row), "t"]];
    case "EdgeBottom":
      return [[rows(lastRow, lastRow), "b"]];
    case "EdgeLeft":
      return [[cols(r.col, r.col), "l"]];
    case "EdgeRight":
      return [[cols(lastCol, lastCol), "r"]];
    case "InsideHorizontal":
      if (r.rows > 1) parts.push([rows(r.row, lastRow - 1), "b"], [rows(r.row + 1, lastRow), "t"]);
      return parts;
    case "InsideVertical":
      if (r.cols > 1) parts.push([cols(r.col, lastCol - 1), "r"], [cols(r.col + 1, lastCol), "l"]);
      return parts;
    default:
      return [];
  }
}

/** Office.js colours are "#RRGGBB" or a name; Univer takes CSS colours. */
function color(v: unknown): string {
  if (typeof v !== "string" || v.trim() === "")
    throw apiError(ErrorCodes.invalidArgument, `Invalid colour '${String(v)}'.`);
  return v;
}

abstract class FormatPart extends ClientObject {
  constructor(
    context: Queue,
    protected readonly target: FormatTarget,
  ) {
    super(context);
  }
  override isNull(): boolean {
    return this.target.owner.isNull();
  }
  /** Queues a style write: `patch` (worked out at sync) for every cell of every area, or, as a
   * function of an area, the parts of it to patch. */
  protected styleWrite(member: string, patch: () => Patch | ((r: Rect) => [Rect, Patch][])): void {
    this.context.enqueue({
      where: `${this.typeName}.${member}`,
      owner: this,
      batch: "style",
      run: () => {
        this.target.checkFormat("cells");
        const p = patch();
        const { ws, rects } = this.target.areas();
        for (const r of rects) {
          if (typeof p === "function")
            for (const [part, q] of p(r)) this.context.session.styles.add(ws, part, q);
          else this.context.session.styles.add(ws, r, p);
        }
      },
    });
  }

  /** The first cell's style, for reads. */
  protected firstStyle(): Patch {
    const { ws, rects } = this.target.areas();
    return ws.getRange(rects[0].row, rects[0].col, 1, 1).getCellStyleData() ?? {};
  }
}

export class RangeFill extends FormatPart {
  readonly typeName = "RangeFill";
  set color(v: string) {
    this.styleWrite("color", () => ({ bg: { rgb: color(v) } }));
  }
  get color(): string {
    return this.loaded("color");
  }
  clear(): void {
    this.styleWrite("clear", () => ({ bg: null }) as unknown as Patch);
  }
  protected override defaultProps(): string[] {
    return ["color"];
  }
  protected override readProp(prop: string): unknown {
    if (prop === "color") return this.firstStyle().bg?.rgb ?? null;
    return super.readProp(prop);
  }
}

export class RangeFont extends FormatPart {
  readonly typeName = "RangeFont";
  set name(v: string) {
    this.styleWrite("name", () => ({ ff: v }));
  }
  set size(v: number) {
    this.styleWrite("size", () => ({ fs: v }));
  }
  set bold(v: boolean) {
    this.styleWrite("bold", () => ({ bl: v ? 1 : 0 }));
  }
  set italic(v: boolean) {
    this.styleWrite("italic", () => ({ it: v ? 1 : 0 }));
  }
  set color(v: string) {
    this.styleWrite("color", () => ({ cl: { rgb: color(v) } }));
  }
  get name(): string {
    return this.loaded("name");
  }
  get size(): number {
    return this.loaded("size");
  }
  get bold(): boolean {
    return this.loaded("bold");
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  get color(): string {
    return this.loaded("color");
  }
  protected override defaultProps(): string[] {
    return ["name", "size", "bold", "italic", "color"];
  }
  protected override readProp(prop: string): unknown {
    const style = this.firstStyle();
    if (prop === "name") return style.ff ?? "";
    if (prop === "size") return style.fs ?? 11;
    if (prop === "bold") return style.bl === 1;
    if (prop === "italic") return style.it === 1;
    if (prop === "color") return style.cl?.rgb ?? "#000000";
    return super.readProp(prop);
  }
}

export class FormatProtection extends FormatPart {
  readonly typeName = "FormatProtection";
  constructor(
    context: Queue,
    target: FormatTarget,
    private readonly setLocked: (locked: boolean) => void,
  ) {
    super(context, target);
  }
  set locked(v: boolean) {
    this.queue("locked", () => {
      this.target.checkFormat("cells");
      this.setLocked(v);
    });
  }
  get locked(): boolean {
    return this.loaded("locked");
  }
  protected override defaultProps(): string[] {
    return ["locked"];
  }
  protected override readProp(prop: string): unknown {
    if (prop === "locked") return this.target.isLocked?.() ?? true;
    return super.readProp(prop);
  }
}

export class RangeBorder extends FormatPart {
  readonly typeName = "RangeBorder";
  private styleName?: string;
  private colorValue?: string;
  constructor(
    context: Queue,
    target: FormatTarget,
    private readonly edge: string,
  ) {
    super(context, target);
  }
  /** The border as its style and colour stand now (both writes patch the same sides, the
   * later patch winning, so style-then-colour costs nothing extra once flushed). */
  private patch(): (r: Rect) => [Rect, Patch][] {
    const s = BORDER_STYLE[this.styleName ?? "Continuous"];
    if (s === undefined)
      throw apiError(ErrorCodes.invalidArgument, `Unsupported border style ${this.styleName}.`);
    const line = s === BorderStyleTypes.NONE ? null : { s, cl: { rgb: this.colorValue ?? "#000000" } };
    return (r) => borderParts(this.edge, r).map(([part, side]) => [part, { bd: { [side]: line } } as Patch]);
  }
  set style(v: string) {
    this.styleWrite("style", () => {
      this.styleName = v;
      return this.patch();
    });
  }
  set color(v: string) {
    this.styleWrite("color", () => {
      this.colorValue = color(v);
      return this.patch();
    });
  }
  set weight(_v: string) {
    // Univer draws one thin weight per style; the weight is accepted and not shown.
  }
}

export class RangeBorderCollection extends FormatPart {
  readonly typeName = "RangeBorderCollection";
  getItem(index: string): RangeBorder {
    if (!EDGES.includes(index)) {
      this.queue("getItem", () => {
        throw apiError(ErrorCodes.invalidArgument, `Unsupported border index ${index}.`);
      });
    }
    return new RangeBorder(this.context, this.target, index);
  }
}

export class RangeFormat extends FormatPart {
  readonly typeName = "RangeFormat";
  readonly fill: RangeFill;
  readonly font: RangeFont;
  readonly borders: RangeBorderCollection;
  readonly protection: FormatProtection;

  constructor(context: Queue, target: FormatTarget, setLocked: (locked: boolean) => void) {
    super(context, target);
    this.fill = new RangeFill(context, target);
    this.font = new RangeFont(context, target);
    this.borders = new RangeBorderCollection(context, target);
    this.protection = new FormatProtection(context, target, setLocked);
  }

  private sizes(member: string, kind: "columns" | "rows", fn: (rect: Rect, ws: FWorksheet) => void): void {
    this.queue(member, () => {
      this.target.checkFormat(kind);
      const { ws, rects } = this.target.areas();
      for (const rect of rects) fn(rect, ws);
    });
  }

  set horizontalAlignment(v: string) {
    this.styleWrite("horizontalAlignment", () => ({ ht: H_ALIGN[v] ?? HorizontalAlign.UNSPECIFIED }));
  }
  set verticalAlignment(v: string) {
    this.styleWrite("verticalAlignment", () => ({ vt: V_ALIGN[v] ?? VerticalAlign.BOTTOM }));
  }
  set wrapText(v: boolean) {
    this.styleWrite("wrapText", () => ({ tb: v ? WrapStrategy.WRAP : WrapStrategy.UNSPECIFIED }));
  }
  set columnWidth(points: number) {
    this.sizes("columnWidth", "columns", (rect, ws) =>
      ws.setColumnWidths(rect.col, rect.cols, Math.round(points * PX_PER_PT)),
    );
  }
  set rowHeight(points: number) {
    this.sizes("rowHeight", "rows", (rect, ws) =>
      ws.setRowHeightsForced(rect.row, rect.rows, Math.round(points * PX_PER_PT)),
    );
  }
  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  get rowHeight(): number {
    return this.loaded("rowHeight");
  }
  get horizontalAlignment(): string {
    return this.loaded("horizontalAlignment");
  }
  get verticalAlignment(): string {
    return this.loaded("verticalAlignment");
  }
  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  autofitColumns(): void {
    // Univer has no column auto-fit; widths stay as they are.
    this.sizes("autofitColumns", "columns", () => undefined);
  }
  autofitRows(): void {
    this.sizes("autofitRows", "rows", (rect, ws) => ws.setRowAutoHeight(rect.row, rect.rows));
  }
  protected override defaultProps(): string[] {
    return ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"];
  }
  protected override readProp(prop: string): unknown {
    const { ws, rects } = this.target.areas();
    const rect = rects[0];
    if (prop === "columnWidth") return Math.round((ws.getColumnWidth(rect.col) / PX_PER_PT) * 100) / 100;
    if (prop === "rowHeight") return Math.round((ws.getRowHeight(rect.row) / PX_PER_PT) * 100) / 100;
    const style = this.firstStyle();
    if (prop === "wrapText") return style.tb === WrapStrategy.WRAP;
    if (prop === "horizontalAlignment") return H_NAME[style.ht ?? 0] ?? "General";
    if (prop === "verticalAlignment")
      return style.vt === VerticalAlign.TOP ? "Top" : style.vt === VerticalAlign.MIDDLE ? "Center" : "Bottom";
    return super.readProp(prop);
  }
}
