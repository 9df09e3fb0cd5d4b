/**
 * Range formatting (Excel.RangeFormat and its fill, font, borders, protection) on Univer styles.
 * Each property write is queued and applied to every area of the range at sync. Column widths
 * and row heights are in points in Office.js and in pixels in Univer (96 dpi: 1 pt = 4/3 px).
 */
import { BorderStyleTypes, BorderType, HorizontalAlign } from "@univerjs/core";
import { SetHorizontalTextAlignCommand } from "@univerjs/sheets";
import type { FRange, FWorksheet } from "@univerjs/sheets/facade";
import { ClientObject, type Queue } from "./client";
import { apiError, ErrorCodes } from "./errors";
import type { Rect } from "./address";

/** What a format needs from the range (or the areas) it belongs to. */
export interface FormatTarget {
  /** The sheet and rectangles, resolved at sync. */
  areas(): { ws: FWorksheet; rects: Rect[] };
  /** Refuses formatting on a protected sheet unless its protection allows it. */
  checkFormat(kind: "cells" | "columns" | "rows"): void;
  owner: ClientObject;
}

export const PX_PER_PT = 4 / 3;

function each(
  target: FormatTarget,
  kind: "cells" | "columns" | "rows",
  fn: (r: FRange, rect: Rect, ws: FWorksheet) => void,
) {
  target.checkFormat(kind);
  const { ws, rects } = target.areas();
  for (const rect of rects) fn(ws.getRange(rect.row, rect.col, rect.rows, rect.cols), rect, ws);
}

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
const V_ALIGN: Record<string, "top" | "middle" | "bottom"> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "middle",
  Distributed: "middle",
};

const BORDER_EDGE: Record<string, BorderType> = {
  EdgeTop: BorderType.TOP,
  EdgeBottom: BorderType.BOTTOM,
  EdgeLeft: BorderType.LEFT,
  EdgeRight: BorderType.RIGHT,
  InsideHorizontal: BorderType.HORIZONTAL,
  InsideVertical: BorderType.VERTICAL,
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
  protected set(
    member: string,
    kind: "cells" | "columns" | "rows",
    fn: (r: FRange, rect: Rect, ws: FWorksheet) => void,
  ) {
    this.queue(member, () => each(this.target, kind, fn));
  }
}

export class RangeFill extends FormatPart {
  readonly typeName = "RangeFill";
  set color(v: string) {
    this.set("color", "cells", (r) => r.setBackgroundColor(color(v)));
  }
  get color(): string {
    return this.loaded("color");
  }
  clear(): void {
    this.set("clear", "cells", (r) => r.setBackgroundColor(null as unknown as string));
  }
}

export class RangeFont extends FormatPart {
  readonly typeName = "RangeFont";
  set name(v: string) {
    this.set("name", "cells", (r) => r.setFontFamily(v));
  }
  set size(v: number) {
    this.set("size", "cells", (r) => r.setFontSize(v));
  }
  set bold(v: boolean) {
    this.set("bold", "cells", (r) => r.setFontWeight(v ? "bold" : "normal"));
  }
  set italic(v: boolean) {
    this.set("italic", "cells", (r) => r.setFontStyle(v ? "italic" : "normal"));
  }
  set color(v: string) {
    this.set("color", "cells", (r) => r.setFontColor(color(v)));
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
  get color(): string {
    return this.loaded("color");
  }
  protected override defaultProps(): string[] {
    return ["name", "size", "bold", "color"];
  }
  protected override readProp(prop: string): unknown {
    const { ws, rects } = this.target.areas();
    const r = ws.getRange(rects[0].row, rects[0].col, 1, 1);
    const style = r.getCellStyleData() ?? {};
    if (prop === "name") return style.ff ?? "";
    if (prop === "size") return style.fs ?? 11;
    if (prop === "bold") return style.bl === 1;
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
  private apply(r: FRange): void {
    const type = BORDER_EDGE[this.edge];
    const style = BORDER_STYLE[this.styleName ?? "Continuous"];
    if (type === undefined || style === undefined)
      throw apiError(ErrorCodes.invalidArgument, `Unsupported border ${this.edge}/${this.styleName}.`);
    r.setBorder(type, style, this.colorValue ?? "#000000");
  }
  set style(v: string) {
    this.set("style", "cells", (r) => {
      this.styleName = v;
      this.apply(r);
    });
  }
  set color(v: string) {
    this.set("color", "cells", (r) => {
      this.colorValue = color(v);
      if (this.styleName !== undefined) this.apply(r);
    });
  }
}

export class RangeBorderCollection extends FormatPart {
  readonly typeName = "RangeBorderCollection";
  getItem(index: string): RangeBorder {
    if (!(index in BORDER_EDGE))
      this.queue("getItem", () => {
        throw apiError(ErrorCodes.invalidArgument, `Unsupported border index ${index}.`);
      });
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

  set horizontalAlignment(v: string) {
    this.set("horizontalAlignment", "cells", (r, rect, ws) => {
      // The facade knows left/center/right only; the command takes every alignment.
      void r;
      this.context.session.api.syncExecuteCommand(SetHorizontalTextAlignCommand.id, {
        unitId: ws.getWorkbook().getUnitId(),
        subUnitId: ws.getSheetId(),
        range: {
          startRow: rect.row,
          startColumn: rect.col,
          endRow: rect.row + rect.rows - 1,
          endColumn: rect.col + rect.cols - 1,
        },
        value: H_ALIGN[v] ?? HorizontalAlign.UNSPECIFIED,
      });
    });
  }
  set verticalAlignment(v: string) {
    this.set("verticalAlignment", "cells", (r) => r.setVerticalAlignment(V_ALIGN[v] ?? "bottom"));
  }
  set wrapText(v: boolean) {
    this.set("wrapText", "cells", (r) => r.setWrap(v));
  }
  set columnWidth(points: number) {
    this.set("columnWidth", "columns", (_r, rect, ws) => {
      ws.setColumnWidths(rect.col, rect.cols, Math.round(points * PX_PER_PT));
    });
  }
  set rowHeight(points: number) {
    this.set("rowHeight", "rows", (_r, rect, ws) => {
      ws.setRowHeights(rect.row, rect.rows, Math.round(points * PX_PER_PT));
    });
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
  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  autofitColumns(): void {
    this.set("autofitColumns", "columns", () => undefined);
  }
  autofitRows(): void {
    this.set("autofitRows", "rows", (_r, rect, ws) => ws.setRowAutoHeight(rect.row, rect.rows));
  }
  protected override defaultProps(): string[] {
    return ["columnWidth", "rowHeight", "horizontalAlignment", "wrapText"];
  }
  protected override readProp(prop: string): unknown {
    const { ws, rects } = this.target.areas();
    const rect = rects[0];
    if (prop === "columnWidth") return Math.round((ws.getColumnWidth(rect.col) / PX_PER_PT) * 100) / 100;
    if (prop === "rowHeight") return Math.round((ws.getRowHeight(rect.row) / PX_PER_PT) * 100) / 100;
    const r = ws.getRange(rect.row, rect.col, 1, 1);
    if (prop === "wrapText") return r.getWrap();
    if (prop === "horizontalAlignment") return H_NAME[r.getCellStyleData()?.ht ?? 0] ?? "General";
    return super.readProp(prop);
  }
}
