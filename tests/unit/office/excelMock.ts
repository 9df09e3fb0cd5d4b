/**
 * A small stand-in for Excel's Office.js object model (Excel itself cannot run here): just the
 * calls the share adapter makes, with loads that only resolve after sync(), counted syncs and
 * recorded writes.
 */
import { a1, parseA1 as parseCell } from "../../../src/model/a1";

export interface MockSheet {
  name: string;
  /** Formulas as Office.js shows them: "=..." for formulas, the value otherwise. */
  cells: Record<string, { formula?: string; value: string | number | boolean }>;
  protected?: boolean;
}

export interface MockExcel {
  context: Excel.RequestContext;
  syncs: number;
  writes: { sheet: string; address: string; formulas?: unknown; values?: unknown }[];
  sheets: MockSheet[];
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

export function mockExcel(sheets: MockSheet[], names: { name: string; formula: string }[] = []): MockExcel {
  const pending: (() => void)[] = [];
  const m: MockExcel = {
    context: undefined as unknown as Excel.RequestContext,
    syncs: 0,
    writes: [],
    sheets,
  };

  function usedRange(sheet: MockSheet) {
    const obj: Record<string, unknown> = {};
    const addrs = Object.keys(sheet.cells).map((k) => parseCell(k)!);
    return {
      load() {
        pending.push(() => {
          if (addrs.length === 0) {
            obj.isNullObject = true;
            return;
          }
          const top = Math.min(...addrs.map((c) => c.row));
          const left = Math.min(...addrs.map((c) => c.col));
          const bottom = Math.max(...addrs.map((c) => c.row));
          const right = Math.max(...addrs.map((c) => c.col));
          const formulas: unknown[][] = [];
          const values: unknown[][] = [];
          for (let r = top; r <= bottom; r++) {
            formulas.push([]);
            values.push([]);
            for (let c = left; c <= right; c++) {
              const cell = sheet.cells[a1(r, c)];
              formulas[r - top].push(cell ? (cell.formula ?? cell.value) : "");
              values[r - top].push(cell ? cell.value : "");
            }
          }
          Object.assign(obj, { isNullObject: false, rowIndex: top, columnIndex: left, formulas, values });
        });
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
      get formulas() {
        return obj.formulas;
      },
      get values() {
        return obj.values;
      },
    };
  }

  function worksheet(sheet: MockSheet) {
    return {
      name: sheet.name,
      protection: { protected: sheet.protected === true },
      getUsedRangeOrNullObject: () => usedRange(sheet),
      getRange(address: string) {
        return {
          set formulas(f: unknown) {
            m.writes.push({ sheet: sheet.name, address, formulas: f });
            pending.push(() => {
              sheet.cells[address] = { formula: (f as string[][])[0][0], value: "" };
            });
          },
          set values(v: unknown) {
            m.writes.push({ sheet: sheet.name, address, values: v });
            pending.push(() => {
              sheet.cells[address] = { value: (v as (string | number)[][])[0][0] };
            });
          },
        };
      },
    };
  }

  const sheetsObj = {
    items: [] as ReturnType<typeof worksheet>[],
    load() {
      pending.push(() => (sheetsObj.items = sheets.map(worksheet)));
    },
    getItem(name: string) {
      return worksheet(sheets.find((s) => s.name === name)!);
    },
  };
  const namesObj = {
    items: [] as { name: string; formula: string }[],
    load() {
      pending.push(() => (namesObj.items = names));
    },
  };
  m.context = {
    workbook: { worksheets: sheetsObj, names: namesObj },
    application: { suspendApiCalculationUntilNextSync() {} },
    async sync() {
      m.syncs++;
      for (const f of pending.splice(0)) f();
    },
  } as unknown as Excel.RequestContext;
  return m;
}
