/**
 * Proxy objects as Office.js has them: every method call and property write is queued on the
 * request context and runs against the engine only at `context.sync()`, in order; `load()`
 * queues a read whose results become readable after that sync (before, reading throws
 * PropertyNotLoaded). Objects returned by *OrNullObject methods learn at sync whether they
 * exist; queued operations on a null object do nothing.
 */
import { apiError, ErrorCodes, notLoaded } from "./errors";
import type { Session } from "./session";
import type { Batch } from "./cellWrites";

export interface Op {
  /** "Type.member", reported as the error location. */
  where: string;
  /** Operations of a null object are skipped. */
  owner?: ClientObject;
  /** A style write or a fill: collected with the operations of its kind next to it and written
   * together (cellWrites.ts). */
  batch?: Batch;
  run(): void | Promise<void>;
}

/** What a proxy needs from its request context. */
export interface Queue {
  readonly session: Session;
  enqueue(op: Op): void;
  /** The operation queued last, if it has not run yet. */
  lastQueued?(): Op | undefined;
}

export type LoadOption = string | string[] | { select?: string | string[] } | undefined;

/** "a, b/c" | ["a", "b/c"] | { select } → ["a", "b/c"]. */
export function loadPaths(option: LoadOption): string[] {
  const raw =
    typeof option === "object" && option !== null && !Array.isArray(option) ? option.select : option;
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : raw.split(",");
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

export abstract class ClientObject {
  protected readonly props = new Map<string, unknown>();
  abstract readonly typeName: string;

  constructor(readonly context: Queue) {}

  /** Whether this object turned out not to exist (an *OrNullObject that found nothing). */
  isNull(): boolean {
    return false;
  }

  get isNullObject(): boolean {
    return this.loaded<boolean>("isNullObject");
  }

  /** Scalar properties loaded by a bare load(). */
  protected defaultProps(): string[] {
    return [];
  }

  /** Reads one scalar property from the engine, at sync time. */
  protected readProp(prop: string): unknown {
    throw apiError(ErrorCodes.invalidArgument, `${this.typeName} has no property '${prop}'.`);
  }

  /** Runs before scalar properties are read (e.g. waits for the calculation). */
  protected async beforeRead(_props: string[]): Promise<void> {}

  /** The object behind a navigation property, for load paths like "protection/protected". */
  protected navigate(prop: string): ClientObject {
    const child = (this as unknown as Record<string, unknown>)[prop];
    if (child instanceof ClientObject) return child;
    throw apiError(ErrorCodes.invalidArgument, `${this.typeName} has no navigation property '${prop}'.`);
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.context.enqueue({ where: `${this.typeName}.load`, run: () => this.loadNow(paths) });
    return this;
  }

  /** Loads `paths` now (inside a sync). */
  async loadNow(paths: string[]): Promise<void> {
    const isNull = this.isNull();
    this.props.set("isNullObject", isNull);
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    for (const p of paths.length > 0 ? paths : this.defaultProps()) {
      const i = p.indexOf("/");
      if (i < 0) {
        if (p !== "isNullObject") own.push(p);
      } else {
        const head = p.slice(0, i);
        nested.set(head, [...(nested.get(head) ?? []), p.slice(i + 1)]);
      }
    }
    if (isNull) {
      for (const p of own) this.props.set(p, null);
      return;
    }
    await this.loadOwn(own);
    for (const [head, rest] of nested) await this.navigate(head).loadNow(rest);
  }

  protected async loadOwn(own: string[]): Promise<void> {
    if (own.length === 0) return;
    await this.beforeRead(own);
    for (const p of own) this.props.set(p, this.readProp(p));
  }

  protected loaded<T>(prop: string): T {
    if (!this.props.has(prop)) throw notLoaded(this.typeName, prop);
    return this.props.get(prop) as T;
  }

  /** Queues an operation of this object. */
  protected queue(member: string, run: () => void | Promise<void>): void {
    this.context.enqueue({ where: `${this.typeName}.${member}`, owner: this, run });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.props);
  }
}

/** A collection: `items` (after load) plus what its subclass offers. */
export abstract class ClientCollection<T extends ClientObject> extends ClientObject {
  private list?: T[];

  get items(): T[] {
    if (!this.list) throw notLoaded(this.typeName, "items");
    return this.list;
  }

  /** Fresh proxies for the items that exist now (inside a sync). */
  protected abstract currentItems(): T[];

  override async loadNow(paths: string[]): Promise<void> {
    this.props.set("isNullObject", this.isNull());
    const itemPaths: string[] = [];
    let wantsItems = paths.length === 0;
    const own: string[] = [];
    for (const p of paths) {
      if (p === "items") wantsItems = true;
      else if (p.startsWith("items/")) {
        wantsItems = true;
        itemPaths.push(p.slice(6));
      } else own.push(p);
    }
    if (wantsItems) {
      const items = this.currentItems();
      for (const item of items) await item.loadNow(itemPaths);
      this.list = items;
      this.props.set("count", items.length);
    }
    for (const p of own) this.props.set(p, p === "count" ? this.currentItems().length : this.readProp(p));
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), items: this.list?.map((i) => i.toJSON()) };
  }
}

/** A loaded scalar result of a method (Office.js ClientResult<T>). */
export class ClientResult<T> {
  private has = false;
  private v?: T;
  set(value: T): void {
    this.v = value;
    this.has = true;
  }
  get value(): T {
    if (!this.has) throw notLoaded("ClientResult", "value");
    return this.v as T;
  }
}
