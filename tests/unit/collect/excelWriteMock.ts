/**
 * A stand-in for the part of Excel's object model the consolidation writer uses (Excel itself
 * cannot run here): queued operations take effect at sync(), which can be told to fail, so the
 * all-or-nothing behaviour can be observed.
 */
export interface WriteMock {
  context: Excel.RequestContext;
  syncs: number;
  /** Sheet name → cells written (address of the block → formulas). */
  sheets: Map<string, { formulas?: unknown[][]; address?: string }>;
  /** Make the next sync that carries writes fail. */
  failNextWrite: boolean;
}

export function writeMock(existing: string[] = ["Sheet1"]): WriteMock {
  let queue: (() => void)[] = [];
  let writes = 0;
  const m: WriteMock = {
    context: undefined as unknown as Excel.RequestContext,
    syncs: 0,
    sheets: new Map(existing.map((n) => [n, {}])),
    failNextWrite: false,
  };
  const format = () => ({ font: {}, fill: {}, columnWidth: 0 });
  const range = (sheet: string, address: string) => ({
    format: format(),
    set numberFormat(_: unknown) {
      writes++;
    },
    set formulas(f: unknown[][]) {
      writes++;
      queue.push(() => m.sheets.set(sheet, { formulas: f, address }));
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
      queue.push(() => m.sheets.set(name, {}));
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
      if (writes > 0 && m.failNextWrite) {
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
