/**
 * Defined names (Excel.NamedItemCollection / NamedItem) on Univer's defined names, workbook-wide
 * or scoped to a sheet. Office.js shows a name's reference as a formula ("=Sheet1!$A$1").
 */
import type { FWorkbook, FWorksheet } from "@univerjs/sheets/facade";
import { InsertDefinedNameCommand } from "@univerjs/sheets";

type FDefinedName = ReturnType<FWorkbook["getDefinedNames"]>[number];
import { ClientCollection, ClientObject, type Queue } from "./client";
import { apiError, ErrorCodes } from "./errors";
import type { Range } from "./range";
import type { Worksheet } from "./worksheet";
import { rangeA1 } from "../../model/a1";
import { quoteSheet } from "../../share/references";

const NAME = /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/;

function checkName(name: string): void {
  if (!NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || name.length > 255) {
    throw apiError(ErrorCodes.invalidArgument, `The name '${name}' is not valid.`);
  }
}

export class NamedItem extends ClientObject {
  readonly typeName = "NamedItem";
  private missing = false;
  constructor(
    context: Queue,
    private readonly scopeSheet: Worksheet | undefined,
    private key: string,
    private readonly nullable = false,
  ) {
    super(context);
  }
  override isNull(): boolean {
    return this.nullable && this.missing;
  }
  bind(found: boolean): void {
    this.missing = !found;
  }
  find(): FDefinedName | undefined {
    return findName(this.context, this.scopeSheet, this.key);
  }
  private resolve(): FDefinedName {
    const n = this.find();
    if (!n) throw apiError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.");
    return n;
  }
  protected override defaultProps(): string[] {
    return ["name", "formula", "type", "visible", "comment", "scope"];
  }
  protected override readProp(prop: string): unknown {
    const n = this.resolve();
    switch (prop) {
      case "name":
        return n.getName();
      case "formula":
      case "value": {
        const f = n.getFormulaOrRefString();
        return prop === "formula" ? (f.startsWith("=") ? f : `=${f}`) : f.replace(/^=/, "");
      }
      case "type":
        return "Range";
      case "visible":
        return true;
      case "comment":
        return n.getComment() ?? "";
      case "scope":
        return n.isWorkbookScope() ? "Workbook" : "Worksheet";
      default:
        return super.readProp(prop);
    }
  }
  get name(): string {
    return this.loaded("name");
  }
  get formula(): string {
    return this.loaded("formula");
  }
  get type(): string {
    return this.loaded("type");
  }
  get value(): string {
    return this.loaded("value");
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  get scope(): string {
    return this.loaded("scope");
  }
  delete(): void {
    this.queue("delete", () => this.resolve().delete());
  }
}

function scopeSheet(scope: Worksheet | undefined): FWorksheet | undefined {
  return scope ? scope.resolve() : undefined;
}

function namesIn(context: Queue, scope: Worksheet | undefined): FDefinedName[] {
  const wb = context.session.workbook();
  const ws = scopeSheet(scope);
  return wb
    .getDefinedNames()
    .filter((n) => (ws ? n.getLocalSheetId() === ws.getSheetId() : n.isWorkbookScope()));
}

function findName(context: Queue, scope: Worksheet | undefined, name: string): FDefinedName | undefined {
  const lower = name.toLowerCase();
  return namesIn(context, scope).find((n) => n.getName().toLowerCase() === lower);
}

export class NamedItemCollection extends ClientCollection<NamedItem> {
  readonly typeName = "NamedItemCollection";
  constructor(
    context: Queue,
    private readonly scope?: Worksheet,
  ) {
    super(context);
  }
  override isNull(): boolean {
    return this.scope?.isNull() ?? false;
  }
  protected currentItems(): NamedItem[] {
    return namesIn(this.context, this.scope).map((n) => new NamedItem(this.context, this.scope, n.getName()));
  }
  getItem(name: string): NamedItem {
    const item = new NamedItem(this.context, this.scope, name);
    this.queue("getItem", () => {
      if (!findName(this.context, this.scope, name))
        throw apiError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.");
    });
    return item;
  }
  getItemOrNullObject(name: string): NamedItem {
    const item = new NamedItem(this.context, this.scope, name, true);
    this.queue("getItemOrNullObject", () => item.bind(!!findName(this.context, this.scope, name)));
    return item;
  }
  /** Adds a name for a range (or a formula text); ItemAlreadyExists when the scope has it. */
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    const item = new NamedItem(this.context, this.scope, name);
    this.queue("add", () => {
      checkName(name);
      if (findName(this.context, this.scope, name))
        throw apiError(ErrorCodes.itemAlreadyExists, "A name with that name already exists.");
      const wb = this.context.session.workbook();
      let ref: string;
      if (typeof reference === "string") ref = reference.replace(/^=/, "");
      else {
        const ws = reference.worksheet.resolve();
        const r = reference.rect();
        ref = `${quoteSheet(ws.getSheetName())}!${rangeA1(r.row, r.col, r.rows, r.cols, true)}`;
      }
      let b = wb.newDefinedNameBuilder().setName(name).setRef(ref);
      const ws = scopeSheet(this.scope);
      b = ws ? b.setScopeToWorksheet(ws) : b.setScopeToWorkbook();
      if (comment) b = b.setComment(comment);
      // Univer's builder refuses a name that exists in any scope; Excel allows the same name on
      // several sheets. The scope rules are checked above, so the builder validates a stand-in
      // name and the parameters get the real one.
      b = b.setName(`IP_${Math.random().toString(36).slice(2)}`);
      const param = b.build();
      param.name = name;
      // Univer's command for a new name: the facade's insertDefinedNameBuilder runs the command
      // for changing a name, whose interceptor tokenizes every formula of the workbook looking
      // for references to rename (4.6 s after the 200 × 150 report's 120k formulas).
      this.context.session.api.syncExecuteCommand(InsertDefinedNameCommand.id, param);
      if (!findName(this.context, this.scope, name))
        throw apiError(ErrorCodes.invalidArgument, `The name '${name}' could not be added.`);
    });
    return item;
  }
}
