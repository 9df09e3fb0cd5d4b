/**
 * A stand-in for the part of Excel's object model the consolidation writer uses (Excel itself
 * cannot run here): queued operations take effect at sync(), which can be told to fail, so the
 * all-or-nothing behaviour can be observed.
 */
export interface WriteMock {
  context: Excel.RequestContext;
  syncs: number;
  /** Sheet name → the blocks of formulas written to it, in order. */
  sheets: Map<string, { address: string; formulas: unknown[][] }[]>;
  /** Make the next sync that carries writes fail. */
  failNextWrite: boolean;
  /** Make the n-th sync that carries writes fail (1-based). */
  failAtWrite?: number;
  /** Syncs that carried writes. */
  writeSyncs: number;
}

/** All rows written to a sheet, in sheet order (blocks are whole-width row bands). */
export function rowsOf(m: WriteMock, sheet: string): unknown[][] {
  return (m.sheets.get(sheet) ?? []).flatMap((b) => b.formulas);
}

export function writeMock(existing: string[] = ["Sheet1"]): WriteMock {
  let queue: (() => void)[] = [];
  let writes = 0;
  const m: WriteMock = {
    context: undefined as unknown as Excel.RequestContext,
    syncs: 0,
    sheets: new Map(existing.map((n) => [n, []])),
    failNextWrite: false,
    writeSyncs: 0,
  };
  const format = () => ({ font: {}, fill: {}, columnWidth: 0 });
  const range = (sheet: string, address: string) => ({
    format: format(),
    set numberFormat(_: unknown) {
      writes++;
    },
    set formulas(f: unknown[][]) {
      writes++;
      queue.push(() => m.sheets.get(sheet)?.push({ formulas: f, address }));
    },
    merge() {
      writes++;
    },
    getEntireColumn: () => ({ columnHidden: false }),
  });
  const sheetObj = (name: string) => ({
    name,
    getRange: (a: string) => range(name, a),
    activate() {},
    delete() {
      queue.push(() => m.sheets.delete(name));
    },
    freezePanes: { freezeRows() {} },
  });
  const worksheets = {
    items: [] as { name: string }[],
    load() {
      queue.push(() => (worksheets.items = [...m.sheets.keys()].map((name) => ({ name }))));
    },
    add(name: string) {
      writes++;
      queue.push(() => m.sheets.set(name, []));
      return sheetObj(name);
    },
    getItem: sheetObj,
    getItemOrNullObject: sheetObj,
  };
  m.context = {
    workbook: { worksheets },
    application: { suspendApiCalculationUntilNextSync() {} },
    async sync() {
      m.syncs++;
      const ops = queue;
      queue = [];
      if (writes > 0) m.writeSyncs++;
      if (writes > 0 && (m.failNextWrite || m.failAtWrite === m.writeSyncs)) {
        m.failNextWrite = false;
        writes = 0;
        // Excel applies a batch up to the failing operation: the sheets may already exist.
        ops.slice(0, 1).forEach((f) => f());
        throw new Error("InvalidArgument: the request payload is too large");
      }
      writes = 0;
      ops.forEach((f) => f());
    },
  } as unknown as Excel.RequestContext;
  return m;
}
