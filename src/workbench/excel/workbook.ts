/**
 * Excel.Workbook, its custom XML parts and Excel.Application. Custom XML parts live in the
 * workbook's custom metadata, so they are saved and restored with the workbook snapshot.
 */
import { ClientCollection, ClientObject, ClientResult, type Queue } from "./client";
import { apiError, ErrorCodes } from "./errors";
import { Range } from "./range";
import { Worksheet, WorksheetCollection } from "./worksheet";
import { NamedItemCollection } from "./names";
import type { Rect } from "./address";
import type { XmlPartData } from "./session";

/** The default namespace of the root element, "" when it has none. */
export function rootNamespace(xml: string): string {
  const body = xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, "");
  const root = /<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?([^>]*)>/.exec(body);
  if (!root) return "";
  const prefix = root[2] ? root[1] : "";
  const attrs = root[3];
  const re = prefix ? new RegExp(`xmlns:${prefix}\\s*=\\s*["']([^"']*)["']`) : /xmlns\s*=\s*["']([^"']*)["']/;
  return re.exec(attrs)?.[1] ?? "";
}

/** Excel refuses a part that is not well-formed XML. */
function checkXml(xml: string): void {
  const Parser = (globalThis as { DOMParser?: new () => { parseFromString(s: string, t: string): Document } })
    .DOMParser;
  if (Parser) {
    const doc = new Parser().parseFromString(xml, "application/xml");
    if (doc.getElementsByTagName("parsererror").length > 0)
      throw apiError(ErrorCodes.invalidArgument, "The XML is not well-formed.");
    return;
  }
  if (!/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z_]/.test(xml))
    throw apiError(ErrorCodes.invalidArgument, "The XML is not well-formed.");
}

function newPartId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  const uuid = c?.randomUUID
    ? c.randomUUID()
    : "xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx".replace(/x/g, () => Math.floor(Math.random() * 16).toString(16));
  return `{${uuid.toUpperCase()}}`;
}

/** The workbook's parts, each with an id (parts read from a file may come without one). */
function parts(context: Queue): (XmlPartData & { id: string })[] {
  const list = context.session.xmlParts();
  if (list.some((p) => !p.id)) {
    for (const p of list) p.id ??= newPartId();
    context.session.setXmlParts(list);
  }
  return list as (XmlPartData & { id: string })[];
}

export class CustomXmlPart extends ClientObject {
  readonly typeName = "CustomXmlPart";
  private missing = false;
  constructor(
    context: Queue,
    private partId: string | undefined,
    private readonly nullable = false,
  ) {
    super(context);
  }
  bind(id: string | undefined): void {
    if (id) this.partId = id;
    else this.missing = true;
  }
  override isNull(): boolean {
    return this.nullable && this.missing;
  }
  private data(): XmlPartData & { id: string } {
    const part = parts(this.context).find((p) => p.id === this.partId);
    if (!part) throw apiError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.");
    return part;
  }
  protected override defaultProps(): string[] {
    return ["id", "namespaceUri"];
  }
  protected override readProp(prop: string): unknown {
    if (prop === "id") return this.data().id;
    if (prop === "namespaceUri") return rootNamespace(this.data().xml);
    return super.readProp(prop);
  }
  get id(): string {
    return this.loaded("id");
  }
  get namespaceUri(): string {
    return this.loaded("namespaceUri");
  }
  getXml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.queue("getXml", () => result.set(this.data().xml));
    return result;
  }
  setXml(xml: string): void {
    this.queue("setXml", () => {
      checkXml(xml);
      const list = parts(this.context);
      const part = list.find((p) => p.id === this.partId);
      if (!part) throw apiError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.");
      part.xml = xml;
      this.context.session.setXmlParts(list);
    });
  }
  delete(): void {
    this.queue("delete", () => {
      const list = parts(this.context);
      const rest = list.filter((p) => p.id !== this.partId);
      if (rest.length === list.length)
        throw apiError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.");
      this.context.session.setXmlParts(rest);
    });
  }
}

/** The workbook's parts, or (with `namespaceUri`) the scoped collection getByNamespace gives. */
export class CustomXmlPartCollection extends ClientCollection<CustomXmlPart> {
  readonly typeName: string;
  constructor(
    context: Queue,
    private readonly namespaceUri?: string,
  ) {
    super(context);
    this.typeName = namespaceUri === undefined ? "CustomXmlPartCollection" : "CustomXmlPartScopedCollection";
  }
  private scoped(): (XmlPartData & { id: string })[] {
    const all = parts(this.context);
    return this.namespaceUri === undefined
      ? all
      : all.filter((p) => rootNamespace(p.xml) === this.namespaceUri);
  }
  protected currentItems(): CustomXmlPart[] {
    return this.scoped().map((p) => new CustomXmlPart(this.context, p.id));
  }
  add(xml: string): CustomXmlPart {
    const part = new CustomXmlPart(this.context, undefined);
    this.queue("add", () => {
      if (this.namespaceUri !== undefined)
        throw apiError(ErrorCodes.invalidOperation, "Parts are added to the workbook's collection.");
      checkXml(xml);
      const id = newPartId();
      this.context.session.setXmlParts([...parts(this.context), { id, xml }]);
      part.bind(id);
    });
    return part;
  }
  getByNamespace(namespaceUri: string): CustomXmlPartCollection {
    return new CustomXmlPartCollection(this.context, namespaceUri);
  }
  getItem(id: string): CustomXmlPart {
    const part = new CustomXmlPart(this.context, id);
    this.queue("getItem", () => {
      if (!this.scoped().some((p) => p.id === id))
        throw apiError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.");
    });
    return part;
  }
  getItemOrNullObject(id: string): CustomXmlPart {
    const part = new CustomXmlPart(this.context, undefined, true);
    this.queue("getItemOrNullObject", () => part.bind(this.scoped().find((p) => p.id === id)?.id));
    return part;
  }
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.queue("getCount", () => result.set(this.scoped().length));
    return result;
  }
  getOnlyItem(): CustomXmlPart {
    const part = new CustomXmlPart(this.context, undefined);
    this.queue("getOnlyItem", () => {
      const list = this.scoped();
      if (list.length !== 1)
        throw apiError(ErrorCodes.invalidOperation, "The collection does not hold exactly one part.");
      part.bind(list[0].id);
    });
    return part;
  }
}

export class Application extends ClientObject {
  readonly typeName = "Application";
  suspendApiCalculationUntilNextSync(): void {
    this.queue("suspendApiCalculationUntilNextSync", () => {
      this.context.session.suspended = true;
    });
  }
  /** Recalculates now: Univer recalculates what depends on a change; a full pass is forced. */
  calculate(_calculationType?: string): void {
    this.queue("calculate", async () => {
      const formula = this.context.session.api.getFormula() as unknown as { executeCalculation?: () => void };
      formula.executeCalculation?.();
      this.context.session.dirty = true;
      await this.context.session.settle();
    });
  }
  protected override defaultProps(): string[] {
    return ["calculationMode"];
  }
  protected override readProp(prop: string): unknown {
    if (prop === "calculationMode") return "Automatic";
    return super.readProp(prop);
  }
  get calculationMode(): string {
    return this.loaded("calculationMode");
  }
}

export class Workbook extends ClientObject {
  readonly typeName = "Workbook";
  readonly worksheets: WorksheetCollection;
  readonly names: NamedItemCollection;
  readonly customXmlParts: CustomXmlPartCollection;

  constructor(context: Queue) {
    super(context);
    this.worksheets = new WorksheetCollection(context);
    this.names = new NamedItemCollection(context);
    this.customXmlParts = new CustomXmlPartCollection(context);
  }

  protected override defaultProps(): string[] {
    return ["name"];
  }
  protected override readProp(prop: string): unknown {
    if (prop === "name") return this.context.session.workbook().getName();
    return super.readProp(prop);
  }
  get name(): string {
    return this.loaded("name");
  }

  /** The grid's selection (its first area) on the active sheet; A1 when nothing is selected. */
  getSelectedRange(): Range {
    const sheet = new Worksheet(this.context);
    let rect: Rect | undefined;
    this.queue("getSelectedRange", () => {
      const wb = this.context.session.workbook();
      const ws = wb.getActiveSheet();
      sheet.bind(ws.getSheetId());
      const active = wb.getActiveRange();
      rect =
        active && active.getSheetId() === ws.getSheetId()
          ? {
              row: active.getRow(),
              col: active.getColumn(),
              rows: active.getHeight(),
              cols: active.getWidth(),
            }
          : { row: 0, col: 0, rows: 1, cols: 1 };
    });
    return new Range(this.context, sheet, () => {
      if (!rect) throw apiError(ErrorCodes.generalException, "The selection is not known yet.");
      return rect;
    });
  }

  getActiveCell(): Range {
    return this.getSelectedRange().getCell(0, 0);
  }
}
