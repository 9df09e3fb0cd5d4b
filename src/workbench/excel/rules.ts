/**
 * Data validation and conditional formats of a range (Excel.DataValidation,
 * Excel.ConditionalFormatCollection) on Univer's validation and conditional-formatting models.
 * Office.js sets a rule in several property writes (rule, prompt, errorAlert, ignoreBlanks; fill,
 * font, rule); each write re-applies the whole rule, so the last state wins as in Excel.
 */
import type { IRange } from "@univerjs/core";
import type { FWorksheet, FRange } from "@univerjs/sheets/facade";
import "@univerjs/sheets-data-validation/facade";
import "@univerjs/sheets-conditional-formatting/facade";
import { ClientObject, type Op, type Queue } from "./client";
import { apiError, ErrorCodes } from "./errors";
import { intersects, contains, type Rect } from "./address";
import type { Range } from "./range";

function toIRange(r: Rect): IRange {
  return { startRow: r.row, startColumn: r.col, endRow: r.row + r.rows - 1, endColumn: r.col + r.cols - 1 };
}

function fromIRange(r: IRange): Rect {
  return {
    row: r.startRow,
    col: r.startColumn,
    rows: r.endRow - r.startRow + 1,
    cols: r.endColumn - r.startColumn + 1,
  };
}

/** Removes the validation in `r` and the conditional formats lying wholly inside it. */
export function removeRulesInside(ws: FWorksheet, r: Rect): void {
  const range = ws.getRange(r.row, r.col, r.rows, r.cols);
  if (range.getDataValidations().length > 0) range.setDataValidation(null);
  for (const rule of ws.getConditionalFormattingRules()) {
    if (rule.ranges.every((x) => contains(r, fromIRange(x)))) ws.deleteConditionalFormattingRule(rule.cfId);
  }
}

// ---------- data validation ----------

interface BasicRule {
  formula1: number | string;
  formula2?: number | string;
  operator: string;
}
interface OfficeRule {
  list?: { inCellDropDown?: boolean; source: string };
  wholeNumber?: BasicRule;
  decimal?: BasicRule;
  date?: BasicRule;
  textLength?: BasicRule;
  custom?: { formula: string };
}
interface Prompt {
  showPrompt?: boolean;
  message?: string;
  title?: string;
}
interface ErrorAlert {
  showAlert?: boolean;
  message?: string;
  title?: string;
  style?: string;
}

function num(v: number | string | undefined): number {
  const n = typeof v === "number" ? v : Number(String(v ?? "").replace(/^=/, ""));
  if (!Number.isFinite(n))
    throw apiError(ErrorCodes.invalidArgument, `Not a number in a validation rule: ${String(v)}.`);
  return n;
}

/** ISO date text ("2024-01-31") or an Excel serial → a Date at local midnight. */
function date(v: number | string | undefined): Date {
  if (typeof v === "number") return new Date(Date.UTC(1899, 11, 30) + v * 86400000);
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(String(v ?? ""));
  if (!m) throw apiError(ErrorCodes.invalidArgument, `Not a date in a validation rule: ${String(v)}.`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

type Builder = ReturnType<FUniverWithDV["newDataValidation"]>;
interface FUniverWithDV {
  newDataValidation(): {
    requireValueInList(values: string[], multiple?: boolean, showDropdown?: boolean): Builder;
    requireNumberBetween(a: number, b: number, isInteger?: boolean): Builder;
    requireNumberNotBetween(a: number, b: number, isInteger?: boolean): Builder;
    requireNumberEqualTo(a: number, isInteger?: boolean): Builder;
    requireNumberNotEqualTo(a: number, isInteger?: boolean): Builder;
    requireNumberGreaterThan(a: number, isInteger?: boolean): Builder;
    requireNumberGreaterThanOrEqualTo(a: number, isInteger?: boolean): Builder;
    requireNumberLessThan(a: number, isInteger?: boolean): Builder;
    requireNumberLessThanOrEqualTo(a: number, isInteger?: boolean): Builder;
    requireDateBetween(a: Date, b: Date): Builder;
    requireDateNotBetween(a: Date, b: Date): Builder;
    requireDateEqualTo(a: Date): Builder;
    requireDateAfter(a: Date): Builder;
    requireDateBefore(a: Date): Builder;
    requireDateOnOrAfter(a: Date): Builder;
    requireDateOnOrBefore(a: Date): Builder;
    requireFormulaSatisfied(formula: string): Builder;
    setAllowBlank(allow: boolean): Builder;
    setOptions(options: Record<string, unknown>): Builder;
    build(): unknown;
  };
}

function numberRule(b: Builder, r: BasicRule, integer: boolean): Builder {
  const a = num(r.formula1);
  switch (r.operator) {
    case "Between":
      return b.requireNumberBetween(a, num(r.formula2), integer);
    case "NotBetween":
      return b.requireNumberNotBetween(a, num(r.formula2), integer);
    case "EqualTo":
      return b.requireNumberEqualTo(a, integer);
    case "NotEqualTo":
      return b.requireNumberNotEqualTo(a, integer);
    case "GreaterThan":
      return b.requireNumberGreaterThan(a, integer);
    case "GreaterThanOrEqualTo":
      return b.requireNumberGreaterThanOrEqualTo(a, integer);
    case "LessThan":
      return b.requireNumberLessThan(a, integer);
    case "LessThanOrEqualTo":
      return b.requireNumberLessThanOrEqualTo(a, integer);
    default:
      throw apiError(ErrorCodes.invalidArgument, `Unknown validation operator ${r.operator}.`);
  }
}

function dateRule(b: Builder, r: BasicRule): Builder {
  const a = date(r.formula1);
  switch (r.operator) {
    case "Between":
      return b.requireDateBetween(a, date(r.formula2));
    case "NotBetween":
      return b.requireDateNotBetween(a, date(r.formula2));
    case "EqualTo":
      return b.requireDateEqualTo(a);
    case "GreaterThan":
      return b.requireDateAfter(a);
    case "GreaterThanOrEqualTo":
      return b.requireDateOnOrAfter(a);
    case "LessThan":
      return b.requireDateBefore(a);
    case "LessThanOrEqualTo":
      return b.requireDateOnOrBefore(a);
    default:
      throw apiError(ErrorCodes.invalidArgument, `Unsupported date validation operator ${r.operator}.`);
  }
}

/** A part of one range (its validation, its conditional formats): null when the range is. */
abstract class RangePart extends ClientObject {
  constructor(
    context: Queue,
    protected readonly range: Range,
  ) {
    super(context);
  }
  override isNull(): boolean {
    return this.range.isNull();
  }
}

export class DataValidation extends RangePart {
  readonly typeName = "DataValidation";
  private ruleValue?: OfficeRule;
  private promptValue?: Prompt;
  private alertValue?: ErrorAlert;
  private ignoreBlanksValue = true;

  private apply(): void {
    this.range.checkFormat("cells");
    const { ws, rects } = this.range.areas();
    const target: FRange = ws.getRange(rects[0].row, rects[0].col, rects[0].rows, rects[0].cols);
    target.setDataValidation(null);
    const rule = this.ruleValue;
    if (!rule) return;
    let b = (this.context.session.api as unknown as FUniverWithDV).newDataValidation() as Builder;
    if (rule.list) {
      const items = String(rule.list.source)
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "");
      b = b.requireValueInList(items, false, rule.list.inCellDropDown !== false);
    } else if (rule.wholeNumber) b = numberRule(b, rule.wholeNumber, true);
    else if (rule.decimal) b = numberRule(b, rule.decimal, false);
    else if (rule.date) b = dateRule(b, rule.date);
    else if (rule.custom) b = b.requireFormulaSatisfied(rule.custom.formula);
    else throw apiError(ErrorCodes.invalidArgument, "Unsupported data validation rule.");
    b = b.setAllowBlank(this.ignoreBlanksValue);
    const options: Record<string, unknown> = {};
    const alert = this.alertValue;
    // Excel refuses invalid input with its own message unless the alert is switched off.
    options.showErrorMessage = alert?.showAlert !== false;
    if (alert?.message) options.error = alert.message;
    if (alert?.title) options.errorTitle = alert.title;
    if (alert?.style) options.errorStyle = { Stop: 1, Warning: 2, Information: 3 }[alert.style] ?? 1;
    const prompt = this.promptValue;
    if (prompt?.showPrompt && prompt.message) {
      options.showInputMessage = true;
      options.prompt = prompt.message;
      if (prompt.title) options.promptTitle = prompt.title;
    }
    b = b.setOptions(options);
    target.setDataValidation(b.build() as Parameters<FRange["setDataValidation"]>[0]);
  }

  /** The apply queued last, and how to add a write to it while nothing is queued after it. */
  private pending?: { op: Op; add: (update: () => void, always: boolean) => void };

  /**
   * Queues a property write and the rule's re-application. Univer has no way to change a
   * rule's prompt or alert alone, so each write replaces the rule (a removal and an addition,
   * each subtracting ranges from the sheet's other rules); the writer sets rule, prompt and
   * alert one after the other for each of the report's 201 validations. Writes queued back to
   * back on one validation are applied once, at the first one's place in the queue.
   * `always`: apply even without a rule (setting or clearing the rule itself).
   */
  private write(member: string, update: () => void, always: boolean): void {
    const p = this.pending;
    if (p && this.context.lastQueued?.() === p.op) return p.add(update, always);
    const updates = [update];
    let applyAlways = always;
    const op: Op = {
      where: `${this.typeName}.${member}`,
      owner: this,
      run: () => {
        for (const u of updates) u();
        if (applyAlways || this.ruleValue) this.apply();
      },
    };
    this.pending = {
      op,
      add: (u, a) => {
        updates.push(u);
        applyAlways ||= a;
      },
    };
    this.context.enqueue(op);
  }

  set rule(v: OfficeRule) {
    this.write("rule", () => (this.ruleValue = v), true);
  }
  set prompt(v: Prompt) {
    this.write("prompt", () => (this.promptValue = v), false);
  }
  set errorAlert(v: ErrorAlert) {
    this.write("errorAlert", () => (this.alertValue = v), false);
  }
  set ignoreBlanks(v: boolean) {
    this.write("ignoreBlanks", () => (this.ignoreBlanksValue = v), false);
  }
  clear(): void {
    this.write("clear", () => (this.ruleValue = undefined), true);
  }
  protected override readProp(prop: string): unknown {
    const { ws, rects } = this.range.areas();
    const dv = ws.getRange(rects[0].row, rects[0].col, rects[0].rows, rects[0].cols).getDataValidation();
    if (prop === "type") {
      if (!dv) return "None";
      const t = String(dv.getCriteriaType());
      return (
        {
          list: "List",
          whole: "WholeNumber",
          decimal: "Decimal",
          date: "Date",
          custom: "Custom",
          textLength: "TextLength",
        }[t] ?? "Inconsistent"
      );
    }
    if (prop === "valid") return true;
    return super.readProp(prop);
  }
  get type(): string {
    return this.loaded("type");
  }
}

// ---------- conditional formats ----------

interface CellValueRule {
  formula1: string | number;
  formula2?: string | number;
  operator: string;
}

/** `="text"` → text; a number (or its text) → number; anything else stays a formula. */
function operand(f: string | number | undefined): { text?: string; number?: number; formula?: string } {
  if (typeof f === "number") return { number: f };
  const s = String(f ?? "").trim();
  const quoted = /^=?"((?:[^"]|"")*)"$/.exec(s);
  if (quoted) return { text: quoted[1].replace(/""/g, '"') };
  const n = Number(s.replace(/^=/, ""));
  if (s !== "" && Number.isFinite(n)) return { number: n };
  return { formula: s.replace(/^=/, "") };
}

const COMPARE: Record<string, string> = {
  EqualTo: "=",
  NotEqualTo: "<>",
  GreaterThan: ">",
  GreaterThanOrEqual: ">=",
  LessThan: "<",
  LessThanOrEqual: "<=",
};

/** The highlight-rule builder of Univer's conditional formatting facade (loosely typed: its
 * when…() methods return a narrower builder type than newConditionalFormattingRule()). */
interface CfBuilder {
  whenTextEqualTo(t: string): CfBuilder;
  whenTextContains(t: string): CfBuilder;
  whenTextDoesNotContain(t: string): CfBuilder;
  whenTextStartsWith(t: string): CfBuilder;
  whenTextEndsWith(t: string): CfBuilder;
  whenNumberEqualTo(n: number): CfBuilder;
  whenNumberNotEqualTo(n: number): CfBuilder;
  whenNumberGreaterThan(n: number): CfBuilder;
  whenNumberGreaterThanOrEqualTo(n: number): CfBuilder;
  whenNumberLessThan(n: number): CfBuilder;
  whenNumberLessThanOrEqualTo(n: number): CfBuilder;
  whenNumberBetween(a: number, b: number): CfBuilder;
  whenNumberNotBetween(a: number, b: number): CfBuilder;
  whenFormulaSatisfied(f: string): CfBuilder;
  setBackground(c?: string): CfBuilder;
  setFontColor(c?: string): CfBuilder;
  setBold(b: boolean): CfBuilder;
  setRanges(r: IRange[]): CfBuilder;
  build(): { cfId: string };
}

class ConditionalFormatParts {
  fill?: string;
  font?: string;
  bold?: boolean;
}

function styleProxy(parts: ConditionalFormatParts, reapply: (member: string) => void) {
  const fill = {} as { color: string; clear(): void };
  Object.defineProperty(fill, "color", {
    set: (v: string) => {
      parts.fill = v;
      reapply("fill.color");
    },
  });
  fill.clear = () => {
    parts.fill = undefined;
    reapply("fill.clear");
  };
  const font = {} as { color: string; bold: boolean };
  Object.defineProperty(font, "color", {
    set: (v: string) => {
      parts.font = v;
      reapply("font.color");
    },
  });
  Object.defineProperty(font, "bold", {
    set: (v: boolean) => {
      parts.bold = v;
      reapply("font.bold");
    },
  });
  return { fill, font };
}

/** One Excel.ConditionalFormat: its cellValue / textComparison / custom views share one rule. */
export class ConditionalFormat extends RangePart {
  readonly typeName = "ConditionalFormat";
  private cfId?: string;
  private parts = new ConditionalFormatParts();
  private cellRule?: CellValueRule;
  private textRule?: { operator: string; text: string };
  private customRule?: { formula: string };
  readonly cellValue: { format: ReturnType<typeof styleProxy>; rule: CellValueRule };
  readonly textComparison: {
    format: ReturnType<typeof styleProxy>;
    rule: { operator: string; text: string };
  };
  readonly custom: { format: ReturnType<typeof styleProxy>; rule: { formula: string } };

  constructor(
    context: Queue,
    range: Range,
    readonly type: string,
  ) {
    super(context, range);
    const format = styleProxy(this.parts, (member) => this.queue(member, () => this.apply()));
    const ruleView = <T>(member: string, store: (v: T) => void) => {
      const view = { format } as { format: ReturnType<typeof styleProxy>; rule: T };
      Object.defineProperty(view, "rule", {
        set: (v: T) =>
          this.queue(member, () => {
            store(v);
            this.apply();
          }),
        get: () => this.loaded<T>("rule"),
      });
      return view;
    };
    this.cellValue = ruleView<CellValueRule>("cellValue.rule", (v) => (this.cellRule = v));
    this.textComparison = ruleView<{ operator: string; text: string }>(
      "textComparison.rule",
      (v) => (this.textRule = v),
    );
    const customRule = {} as { formula: string };
    Object.defineProperty(customRule, "formula", {
      set: (v: string) =>
        this.queue("custom.rule.formula", () => {
          this.customRule = { formula: v };
          this.apply();
        }),
    });
    this.custom = { format, rule: customRule };
  }

  private condition(b: CfBuilder, topLeft: string): CfBuilder | undefined {
    if (this.type === "CellValue" && this.cellRule) {
      const r = this.cellRule;
      const a = operand(r.formula1);
      if (r.operator === "EqualTo" && a.text !== undefined) return b.whenTextEqualTo(a.text);
      if (a.number !== undefined) {
        const n = a.number;
        switch (r.operator) {
          case "EqualTo":
            return b.whenNumberEqualTo(n);
          case "NotEqualTo":
            return b.whenNumberNotEqualTo(n);
          case "GreaterThan":
            return b.whenNumberGreaterThan(n);
          case "GreaterThanOrEqual":
            return b.whenNumberGreaterThanOrEqualTo(n);
          case "LessThan":
            return b.whenNumberLessThan(n);
          case "LessThanOrEqual":
            return b.whenNumberLessThanOrEqualTo(n);
          case "Between": {
            const c = operand(r.formula2);
            if (c.number !== undefined) return b.whenNumberBetween(n, c.number);
            break;
          }
          case "NotBetween": {
            const c = operand(r.formula2);
            if (c.number !== undefined) return b.whenNumberNotBetween(n, c.number);
            break;
          }
        }
      }
      const sign = COMPARE[r.operator];
      if (!sign)
        throw apiError(ErrorCodes.invalidArgument, `Unsupported conditional format operator ${r.operator}.`);
      const rhs = String(r.formula1).replace(/^=/, "");
      return b.whenFormulaSatisfied(`=${topLeft}${sign}(${rhs})`);
    }
    if (this.type === "ContainsText" && this.textRule) {
      const { operator, text } = this.textRule;
      if (operator === "BeginsWith") return b.whenTextStartsWith(text);
      if (operator === "EndsWith") return b.whenTextEndsWith(text);
      if (operator === "NotContains") return b.whenTextDoesNotContain(text);
      return b.whenTextContains(text);
    }
    if (this.type === "Custom" && this.customRule) return b.whenFormulaSatisfied(this.customRule.formula);
    return undefined;
  }

  private apply(): void {
    this.range.checkFormat("cells");
    const { ws, rects } = this.range.areas();
    if (this.cfId) ws.deleteConditionalFormattingRule(this.cfId);
    this.cfId = undefined;
    const r = rects[0];
    const topLeft = ws.getRange(r.row, r.col, 1, 1).getA1Notation?.() ?? "A1";
    const start = this.condition(
      ws.newConditionalFormattingRule() as unknown as CfBuilder,
      topLeft.replace(/^.*!/, ""),
    );
    if (!start) return;
    let b = start;
    if (this.parts.fill) b = b.setBackground(this.parts.fill);
    if (this.parts.font) b = b.setFontColor(this.parts.font);
    if (this.parts.bold !== undefined) b = b.setBold(this.parts.bold);
    const rule = b.setRanges([toIRange(r)]).build();
    ws.addConditionalFormattingRule(rule as Parameters<FWorksheet["addConditionalFormattingRule"]>[0]);
    this.cfId = rule.cfId;
  }

  delete(): void {
    this.queue("delete", () => {
      const { ws } = this.range.areas();
      if (this.cfId) ws.deleteConditionalFormattingRule(this.cfId);
      this.cfId = undefined;
    });
  }
}

export class ConditionalFormatCollection extends RangePart {
  readonly typeName = "ConditionalFormatCollection";
  add(type: string): ConditionalFormat {
    if (!["CellValue", "ContainsText", "Custom"].includes(type)) {
      this.queue("add", () => {
        throw apiError(
          ErrorCodes.invalidArgument,
          `The workbench supports CellValue, ContainsText and Custom conditional formats, not ${type}.`,
        );
      });
    }
    return new ConditionalFormat(this.context, this.range, type);
  }
  clearAll(): void {
    this.queue("clearAll", () => {
      const { ws, rects } = this.range.areas();
      for (const rule of ws.getConditionalFormattingRules()) {
        if (rule.ranges.some((x) => intersects(rects[0], fromIRange(x))))
          ws.deleteConditionalFormattingRule(rule.cfId);
      }
    });
  }
  protected override readProp(prop: string): unknown {
    if (prop === "count") {
      const { ws, rects } = this.range.areas();
      return ws
        .getConditionalFormattingRules()
        .filter((rule) => rule.ranges.some((x) => intersects(rects[0], fromIRange(x)))).length;
    }
    return super.readProp(prop);
  }
  getCount(): { value: number } {
    const out = { value: 0 };
    this.queue("getCount", () => {
      const { ws, rects } = this.range.areas();
      out.value = ws
        .getConditionalFormattingRules()
        .filter((rule) => rule.ranges.some((x) => intersects(rects[0], fromIRange(x)))).length;
    });
    return out;
  }
}
