/**
 * A small stand-in for Excel's Office.js object model (Excel itself cannot run here): just the
 * calls the share adapter makes, with loads that only resolve after sync(), counted syncs and
 * recorded writes. Writes are queued and applied at sync(), as Office.js does.
 *
 * Excel on the web's limits can be switched on (issue 13): a request or a response over
 * `requestLimit` / `responseLimit` bytes fails with RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded and nothing of that request is applied; a range larger than
 * `nullValuesOver` cells loads with `values` and `formulas` null (seen on very large reads).
 * Sizes are the JSON length of what the request would carry.
 */
import { a1, parseA1 as parseCell, rangeA1 } from "../../../src/model/a1";

export interface MockSheet {
  name: string;
  /** Formulas as Office.js shows them: "=..." for formulas, the value otherwise. A text cell
   * typed with a leading apostrophe ('=PLAN…) has `formula` equal to its value: Office.js's
   * `formulas` drops the apostrophe. */
  cells: Record<string, { formula?: string; value: string | number | boolean }>;
  protected?: boolean;
}

export interface MockExcel {
  context: Excel.RequestContext;
  syncs: number;
  writes: { sheet: string; address: string; formulas?: unknown; values?: unknown }[];
  sheets: MockSheet[];
  requestLimit?: number;
  responseLimit?: number;
  nullValuesOver?: number;
  /** Sync numbers (1-based) that fail with this error, nothing of them applied. */
  failAt: Map<number, Error>;
  /** Largest number of cells loaded in one sync. */
  maxCellsRead: number;
}

/** Office.js requirement sets reported as supported while `run` executes. */
export async function withRequirementSets<T>(run: () => Promise<T>): Promise<T> {
  const g = globalThis as { Office?: unknown };
  const before = g.Office;
  g.Office = { context: { requirements: { isSetSupported: () => true } } };
  try {
    return await run();
  } finally {
    g.Office = before;
  }
}

function officeError(code: string): Error {
  return Object.assign(new Error(`${code} (mock)`), { code });
}

interface Bounds {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

function parseRange(address: string): Bounds {
  const [p, q = p] = address.split(":");
  const s = parseCell(p)!;
  const e = parseCell(q)!;
  return { top: s.row, left: s.col, rows: e.row - s.row + 1, cols: e.col - s.col + 1 };
}

export function mockExcel(sheets: MockSheet[], names: { name: string; formula: string }[] = []): MockExcel {
  let loads: { cells: number; bytes: () => number; apply: () => void }[] = [];
  let writes: { bytes: number; apply: () => void; record: MockExcel["writes"][number] }[] = [];
  const m: MockExcel = {
    context: undefined as unknown as Excel.RequestContext,
    syncs: 0,
    writes: [],
    sheets,
    failAt: new Map(),
    maxCellsRead: 0,
  };

  function grid(sheet: MockSheet, b: Bounds) {
    const formulas: unknown[][] = [];
    const values: unknown[][] = [];
    for (let r = b.top; r < b.top + b.rows; r++) {
      formulas.push([]);
      values.push([]);
      for (let c = b.left; c < b.left + b.cols; c++) {
        const cell = sheet.cells[a1(r, c)];
        formulas[r - b.top].push(cell ? (cell.formula ?? cell.value) : "");
        values[r - b.top].push(cell ? cell.value : "");
      }
    }
    return { formulas, values };
  }

  function usedBounds(sheet: MockSheet): Bounds | undefined {
    const addrs = Object.keys(sheet.cells).map((k) => parseCell(k)!);
    if (addrs.length === 0) return undefined;
    const top = Math.min(...addrs.map((c) => c.row));
    const left = Math.min(...addrs.map((c) => c.col));
    const bottom = Math.max(...addrs.map((c) => c.row));
    const right = Math.max(...addrs.map((c) => c.col));
    return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** A range whose loaded properties appear after sync(). */
  function rangeObject(sheet: MockSheet, bounds: () => Bounds | undefined) {
    const obj: Record<string, unknown> = {};
    return {
      load(props?: string | string[]) {
        const wanted = String(props ?? "");
        const b = bounds();
        const contents = /formulas|values/.test(wanted);
        const cells = b && contents ? b.rows * b.cols : 0;
        const data = () => (b && contents ? grid(sheet, b) : undefined);
        loads.push({
          cells,
          bytes: () => JSON.stringify(data() ?? "").length,
          apply: () => {
            if (!b) {
              obj.isNullObject = true;
              return;
            }
            Object.assign(obj, {
              isNullObject: false,
              rowIndex: b.top,
              columnIndex: b.left,
              rowCount: b.rows,
              columnCount: b.cols,
              address: `${sheet.name}!${rangeA1(b.top, b.left, b.rows, b.cols)}`,
            });
            if (contents) {
              const big = m.nullValuesOver !== undefined && cells > m.nullValuesOver;
              const d = data()!;
              Object.assign(obj, { formulas: big ? null : d.formulas, values: big ? null : d.values });
            }
          },
        });
        return this;
      },
      get isNullObject() {
        return obj.isNullObject;
      },
      get rowIndex() {
        return obj.rowIndex;
      },
      get columnIndex() {
        return obj.columnIndex;
      },
      get rowCount() {
        return obj.rowCount;
      },
      get columnCount() {
        return obj.columnCount;
      },
      get formulas() {
        return obj.formulas;
      },
      get values() {
        return obj.values;
      },
      set formulas(f: unknown) {
        queueWrite(sheet, bounds()!, { formulas: f }, (cell) => ({ formula: String(cell), value: "" }));
      },
      set values(v: unknown) {
        queueWrite(sheet, bounds()!, { values: v }, (cell) => {
          // Excel parses text written through values as if typed; an apostrophe keeps it text.
          if (typeof cell === "string" && cell.startsWith("'"))
            return { value: cell.slice(1), formula: cell.slice(1) };
          if (typeof cell === "string" && cell.startsWith("=")) return { formula: cell, value: "" };
          return { value: cell as string | number | boolean };
        });
      },
    };
  }

  function queueWrite(
    sheet: MockSheet,
    b: Bounds,
    what: { formulas?: unknown; values?: unknown },
    cellOf: (v: unknown) => { formula?: string; value: string | number | boolean },
  ) {
    const address = rangeA1(b.top, b.left, b.rows, b.cols);
    const grid2 = (what.formulas ?? what.values) as unknown[][];
    writes.push({
      // An operation in the request carries its object path and property besides the data.
      bytes: 300 + JSON.stringify(grid2).length,
      record: { sheet: sheet.name, address, ...what },
      apply: () => {
        grid2.forEach((row, i) =>
          row.forEach((v, j) => {
            const cell = cellOf(v);
            const key = a1(b.top + i, b.left + j);
            if (cell.formula !== undefined && cell.value !== "" && cell.formula === cell.value) {
              // text kept as text: formulas shows it without its apostrophe
              sheet.cells[key] = { formula: cell.formula, value: cell.value };
            } else
              sheet.cells[key] = cell.formula !== undefined ? { formula: cell.formula, value: "" } : cell;
          }),
        );
      },
    });
  }

  function worksheet(sheet: MockSheet) {
    return {
      name: sheet.name,
      protection: { protected: sheet.protected === true },
      getUsedRangeOrNullObject: () => rangeObject(sheet, () => usedBounds(sheet)),
      getRange(address: string) {
        const b = parseRange(address);
        return rangeObject(sheet, () => b);
      },
    };
  }

  const sheetsObj = {
    items: [] as ReturnType<typeof worksheet>[],
    load() {
      loads.push({ cells: 0, bytes: () => 0, apply: () => (sheetsObj.items = sheets.map(worksheet)) });
    },
    getItem(name: string) {
      return worksheet(sheets.find((s) => s.name === name)!);
    },
  };
  const namesObj = {
    items: [] as { name: string; formula: string }[],
    load() {
      loads.push({ cells: 0, bytes: () => 0, apply: () => (namesObj.items = names) });
    },
  };
  m.context = {
    workbook: { worksheets: sheetsObj, names: namesObj },
    application: { suspendApiCalculationUntilNextSync() {} },
    async sync() {
      m.syncs++;
      const [l, w] = [loads, writes];
      loads = [];
      writes = [];
      await Promise.resolve();
      const injected = m.failAt.get(m.syncs);
      if (injected) throw injected;
      const sent = w.reduce((n, x) => n + x.bytes, 0);
      if (m.requestLimit !== undefined && sent > m.requestLimit)
        throw officeError("RequestPayloadSizeLimitExceeded");
      const received = l.reduce((n, x) => n + x.bytes(), 0);
      if (m.responseLimit !== undefined && received > m.responseLimit)
        throw officeError("ResponsePayloadSizeLimitExceeded");
      m.maxCellsRead = Math.max(
        m.maxCellsRead,
        l.reduce((n, x) => n + x.cells, 0),
      );
      for (const x of w) {
        m.writes.push(x.record);
        x.apply();
      }
      for (const x of l) x.apply();
    },
  } as unknown as Excel.RequestContext;
  return m;
}
