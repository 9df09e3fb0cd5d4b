/**
 * Excel.RequestContext: the queue of a batch and `sync()`, which runs the queued operations in
 * order against the engine. The first failing operation rejects the sync with an
 * OfficeExtension.Error (its code, message and location); operations queued after it are
 * dropped and operations before it stay applied, as in Excel.
 */
import type { Op, Queue } from "./client";
import { toOfficeError } from "./errors";
import type { Session } from "./session";
import { Application, Workbook } from "./workbook";

export class RequestContext implements Queue {
  readonly workbook: Workbook;
  readonly application: Application;
  /** Office.js tracks proxies across syncs; here every proxy stays valid. */
  readonly trackedObjects = {
    add: (_o: unknown): void => undefined,
    remove: (_o: unknown): void => undefined,
  };
  private ops: Op[] = [];
  /** Number of sync() calls made on this context. */
  syncCount = 0;

  constructor(readonly session: Session) {
    this.workbook = new Workbook(this);
    this.application = new Application(this);
  }

  enqueue(op: Op): void {
    this.ops.push(op);
  }

  lastQueued(): Op | undefined {
    return this.ops[this.ops.length - 1];
  }

  /** Whether operations are waiting for the next sync. */
  get pending(): number {
    return this.ops.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this.syncCount++;
    const ops = this.ops;
    this.ops = [];
    // Office.js always answers a sync asynchronously.
    await Promise.resolve();
    let where = "RequestContext.sync";
    this.session.apiWrites++;
    try {
      for (const op of ops) {
        if (op.owner?.isNull()) continue;
        where = op.where;
        this.session.flushBatches(op.batch);
        await op.run();
      }
      where = "RequestContext.sync";
      this.session.flushBatches();
    } catch (e) {
      // What was queued before the failure stays applied, as in Excel.
      try {
        this.session.flushBatches();
      } catch {
        // the failure already being reported is the one that matters
      }
      throw toOfficeError(e, where);
    } finally {
      this.session.apiWrites--;
      this.session.suspended = false;
    }
    return passThroughValue as T;
  }
}
