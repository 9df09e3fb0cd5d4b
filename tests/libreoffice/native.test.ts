/**
 * Agreement of each PLAN function with its native Excel formula (src/core/native.ts) in an
 * independent spreadsheet engine. A seeded corpus of argument sets per function — valid values,
 * blanks, numeric text, TRUE/FALSE, literals, omitted optional arguments, and one or two invalid
 * arguments (text, an out-of-domain number, an error value) — is written as native formulas into
 * one .xlsx, recalculated once by LibreOffice, and every cell is compared with the JavaScript core: numbers
 * to 1e-9 relative, "" for a blank result, the same error code for invalid input.
 *
 * Known, documented differences the corpus stays clear of: dates before 1 March 1900 (Excel's
 * phantom 29 Feb 1900 is not in LibreOffice's calendar) and text among QUARTERTARGET's weights
 * (SUM skips text in ranges).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PlanError } from "../../src/core/errors";
import { serialFromYMD } from "../../src/core/excelDate";
import { colName } from "../../src/model/a1";
import { cagr, project, required, target } from "../../src/core/growth";
import { NATIVE, nativeSeriesCell, type Arg, type PlanFunctionName } from "../../src/core/native";
import { per10k } from "../../src/core/per10k";
import { completion, gap, timeProgress } from "../../src/core/progress";
import { quarterTarget, readWeights } from "../../src/core/quarter";
import { seriesValue, seriesYear } from "../../src/core/series";
import { status } from "../../src/core/status";
import { inputError, type CellResult } from "../../src/core/values";
import { recalculateFile } from "../support/libreoffice";

/** A deterministic generator, so a failure can be reproduced. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20261121);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const between = (lo: number, hi: number, decimals = 4) => Number((lo + rand() * (hi - lo)).toFixed(decimals));

/** One argument: what the cell holds (or a literal in the formula, or nothing at all). */
type Input =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "bool"; value: boolean }
  | { kind: "blank" }
  | { kind: "error"; formula: string; code: string }
  | { kind: "literal"; text: string; value: unknown }
  | { kind: "omitted" };

const num = (value: number): Input => ({ kind: "number", value });
const BLANK: Input = { kind: "blank" };
const OMITTED: Input = { kind: "omitted" };
const ERRORS: Input[] = [
  { kind: "error", formula: "NA()", code: "#N/A" },
  { kind: "error", formula: "1/0", code: "#DIV/0!" },
];

interface Param {
  valid: () => number;
  /** Numbers outside the domain. */
  invalid?: readonly number[];
  optional?: boolean;
}

interface Spec {
  params: Param[];
  js: (...a: unknown[]) => CellResult;
}

const SPECS: Record<Exclude<PlanFunctionName, "SERIES" | "QUARTERTARGET">, Spec> = {
  PROJECT: {
    params: [
      { valid: () => between(-500, 5000, 2) },
      { valid: () => between(-0.95, 2), invalid: [-1, -1.5] },
      { valid: () => pick([1, 2, 3, 5, 10, between(0.25, 12, 2)]), invalid: [0, -2], optional: true },
    ],
    js: project,
  },
  TARGET: {
    params: [
      { valid: () => between(0, 2000, 1) },
      { valid: () => between(-0.9, 1.5), invalid: [-1, -3] },
      { valid: () => between(-10, 3000, 0), optional: true },
      { valid: () => pick([1, 2, 3, between(0.5, 6, 2)]), invalid: [0, -1], optional: true },
    ],
    js: target,
  },
  CAGR: {
    params: [
      { valid: () => between(0.5, 1000, 2), invalid: [0, -10] },
      { valid: () => between(0, 5000, 2), invalid: [-1] },
      { valid: () => pick([1, 2, 3, 5, between(0.5, 10, 2)]), invalid: [0, -3] },
    ],
    js: cagr,
  },
  REQUIRED: {
    params: [
      { valid: () => between(1, 1000, 2), invalid: [0, -1] },
      { valid: () => between(0, 3000, 2), invalid: [-5] },
      { valid: () => pick([1, 2, 4, between(0.5, 5, 2)]), invalid: [0, -1] },
    ],
    js: required,
  },
  GAP: {
    params: [{ valid: () => between(-100, 1000, 2) }, { valid: () => between(-100, 1000, 2) }],
    js: gap,
  },
  COMPLETION: {
    params: [{ valid: () => between(0, 1000, 2) }, { valid: () => between(1, 1000, 2), invalid: [0] }],
    js: completion,
  },
  TIMEPROGRESS: {
    params: [
      {
        valid: () => serialFromYMD(1950 + Math.floor(rand() * 150), 1, 1) + Math.floor(rand() * 365),
        invalid: [0, -3, 2958466],
      },
      { valid: () => 1, optional: true }, // set relative to asOf by fixPeriod
      { valid: () => 1, optional: true },
    ],
    js: timeProgress,
  },
  STATUS: {
    params: [
      { valid: () => between(0, 150, 1) },
      { valid: () => between(1, 200, 0), invalid: [0] },
      { valid: () => between(0, 1, 3), optional: true },
      { valid: () => pick([0.05, 0.1, 0.15]), optional: true },
      { valid: () => pick([0.2, 0.3, 0.4]), optional: true },
      { valid: () => 0, optional: true }, // lang: set below
    ],
    js: status,
  },
  PER10K: {
    params: [{ valid: () => between(0, 1e6, 0) }, { valid: () => between(1, 1e7, 0), invalid: [0, -100] }],
    js: per10k,
  },
};

/** Chooses the arguments of one case: mostly valid, some blank, the ones at `invalid` invalid. */
function chooseInputs(params: Param[], invalid: readonly number[]): Input[] {
  return params.map((p, i) => {
    if (invalid.includes(i)) {
      const kinds: Input[] = [
        { kind: "text", value: pick(["abc", "一百", "n/a"]) },
        pick(ERRORS),
        ...(p.invalid ?? []).map(num),
        ...(p.invalid ?? []).map(num),
      ];
      return pick(kinds);
    }
    const r = rand();
    if (p.optional && r < 0.2) return OMITTED;
    if (r < 0.28) return BLANK;
    const v = p.valid();
    if (r < 0.4) return { kind: "literal", text: String(v), value: v };
    if (r < 0.46) return { kind: "text", value: String(v) }; // a number stored as text
    if (r < 0.48) return { kind: "bool", value: rand() < 0.5 }; // TRUE/FALSE count as 1/0
    return num(v);
  });
}

/** The value a function receives for an input. */
function jsValue(x: Input): unknown {
  switch (x.kind) {
    case "number":
    case "text":
    case "bool":
      return x.value;
    case "blank":
      return null;
    case "error":
      return inputError(x.code);
    case "literal":
      return x.value;
    case "omitted":
      return undefined;
  }
}

interface Case {
  fn: string;
  inputs: Input[];
  /** Cell address of the formula → what JavaScript computes. */
  expected: [string, CellResult][];
}

const COLS = "ABCDEFGHIJKL";

function corpus(ws: ExcelJS.Worksheet): Case[] {
  const cases: Case[] = [];
  let row = 1;
  /** Writes the inputs into row r (columns A…) and returns the formula argument texts. */
  const place = (inputs: Input[]): Arg[] => {
    const args: Arg[] = inputs.map((x, i) => {
      const addr = `${COLS[i]}${row}`;
      const cell = ws.getCell(addr);
      switch (x.kind) {
        case "number":
        case "text":
        case "bool":
          cell.value = x.value;
          return addr;
        case "error":
          cell.value = { formula: x.formula } as ExcelJS.CellFormulaValue;
          return addr;
        case "blank":
          return addr;
        case "literal":
          return x.text;
        case "omitted":
          return undefined;
      }
    });
    // Trailing omitted arguments are simply left out; inner ones stay undefined (the default).
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
    return args;
  };
  const addCase = (fn: string, inputs: Input[], build: (args: Arg[]) => [string, () => CellResult][]) => {
    const args = place(inputs);
    const expected: [string, CellResult][] = [];
    build(args).forEach(([formula, js], k) => {
      const addr = `${COLS.length > 0 ? "" : ""}${colName(13 + k)}${row}`;
      ws.getCell(addr).value = { formula } as ExcelJS.CellFormulaValue;
      expected.push([addr, js()]);
    });
    cases.push({ fn, inputs, expected });
    row++;
  };

  for (const [fn, spec] of Object.entries(SPECS)) {
    for (let n = 0; n < 200; n++) {
      const invalid = invalidPositions(spec.params.length);
      const inputs = chooseInputs(spec.params, invalid);
      if (fn === "TIMEPROGRESS") fixPeriod(inputs, invalid);
      if (fn === "STATUS" && !invalid.includes(5))
        inputs[5] = pick([
          OMITTED,
          BLANK,
          ...["zh", "en", "EN", "fr"].map((value): Input => ({ kind: "text", value })),
        ]);
      if (fn === "STATUS" && invalid.includes(5)) inputs[5] = pick(ERRORS);
      addCase(fn, inputs, (args) => [
        [NATIVE[fn as keyof typeof SPECS](args), () => spec.js(...inputs.map(jsValue))],
      ]);
    }
  }

  // STATUS exactly on its thresholds, where binary floating point would tip the balance.
  for (const [a, t, tp, y, r] of [
    [40, 100, 0.5, 0.1, 0.3],
    [50, 100, 0.6, 0.1, 0.3],
    [50, 100, 0.8, 0.1, 0.3],
    [70, 100, 1, 0.1, 0.3],
    [30, 100, 0.6, 0.1, 0.3],
    [100, 100, 1, 0.1, 0.3],
  ]) {
    const inputs = [a, t, tp, y, r].map(num);
    addCase("STATUS", inputs, (args) => [[NATIVE.STATUS(args), () => status(a, t, tp, y, r)]]);
  }
  // Overflow.
  addCase("PROJECT", [num(1e300), num(10), num(300)], (args) => [
    [NATIVE.PROJECT(args), () => project(1e300, 10, 300)],
  ]);

  // QUARTERTARGET: weights omitted, in a row of cells, or as an array constant.
  for (let n = 0; n < 150; n++) {
    const invalid = invalidPositions(3);
    const inputs = chooseInputs(
      [{ valid: () => between(0, 1000, 1) }, { valid: () => pick([1, 2, 3, 4]), invalid: [0, 5, 2.5, -1] }],
      invalid,
    );
    const mode = pick(["omitted", "cells", "constant"]);
    const validWeights = [
      [1, 2, 3, 4],
      [0.2, 0.3, 0.3, 0.2],
      [0, 0, 0, 5],
      [1, null, 1, 1],
      [3, 3, 2, 2],
    ];
    const invalidWeights = [
      [1, -1, 1, 1],
      [0, 0, 0, 0],
    ];
    const weights: (number | null)[] =
      mode === "omitted" ? [] : pick(invalid.includes(2) ? invalidWeights : validWeights);
    addCase("QUARTERTARGET", inputs, (args) => {
      let w: Arg;
      if (mode === "cells") {
        weights.forEach((x, i) => {
          if (x !== null) ws.getCell(`${colName(7 + i)}${row}`).value = x;
        });
        w = `${colName(7)}${row}:${colName(10)}${row}`;
      } else if (mode === "constant") {
        if (weights.includes(null)) return [];
        w = `{${weights.join(",")}}`;
      }
      const a = [args[0] ?? "", args[1] ?? "", ...(w ? [w] : [])];
      if (a[0] === "" || a[1] === "") return [];
      const parsed = w ? readWeights(weights) : undefined;
      return [[NATIVE.QUARTERTARGET(a), () => quarterTarget(jsValue(inputs[0]), jsValue(inputs[1]), parsed)]];
    });
  }

  // SERIES, cell by cell: the years row (when startYear is given) and the values.
  for (let n = 0; n < 120; n++) {
    const invalid = invalidPositions(4).filter((i) => i !== 2);
    const inputs = chooseInputs(
      [
        { valid: () => between(0, 1000, 1) },
        { valid: () => between(-0.9, 1), invalid: [-1, -2] },
        { valid: () => 0 },
        { valid: () => pick([2020, 2024, 2030]), optional: true },
      ],
      invalid,
    );
    inputs[2] = OMITTED; // periods only sizes the spill; native cells are built per period
    const periods = 1 + Math.floor(rand() * 4);
    addCase("SERIES", inputs, (args) => {
      const a: Arg[] = [args[0] ?? "", args[1] ?? "", String(periods), args[3]];
      if (a[0] === "" || a[1] === "") return [];
      const hasYears = a[3] !== undefined;
      const cells: [string, () => CellResult][] = [];
      for (let k = 1; k <= periods; k++) {
        if (hasYears) cells.push([nativeSeriesCell(a, 0, k), () => seriesYear(jsValue(inputs[3]), k)]);
        cells.push([
          nativeSeriesCell(a, hasYears ? 1 : 0, k),
          () => seriesValue(jsValue(inputs[0]), jsValue(inputs[1]), k),
        ]);
      }
      return cells;
    });
  }
  return cases.filter((c) => c.expected.length > 0);
}

/** Which arguments of a case are invalid: none in about half the cases, one or two otherwise. */
function invalidPositions(arity: number): number[] {
  const r = rand();
  const count = r < 0.5 ? 0 : r < 0.8 ? 1 : 2;
  const out: number[] = [];
  while (out.length < count) {
    const i = Math.floor(rand() * arity);
    if (!out.includes(i)) out.push(i);
  }
  return out;
}

/** TIMEPROGRESS: start and end around asOf, end not before start unless that is the invalid case. */
function fixPeriod(inputs: Input[], invalid: readonly number[]): void {
  const asOf = inputs[0].kind === "number" ? inputs[0].value : serialFromYMD(2012, 9, 30);
  const start = asOf - Math.floor(rand() * 500);
  const end = start + Math.floor(rand() * 900);
  const swap = invalid.includes(1) || invalid.includes(2);
  for (const [i, v] of [
    [1, swap ? end + 10 : start],
    [2, swap ? start : end],
  ] as const) {
    const x = inputs[i];
    if (x.kind === "number" || (swap && x.kind !== "omitted" && x.kind !== "blank")) inputs[i] = num(v);
    else if (x.kind === "literal") inputs[i] = { kind: "literal", text: String(v), value: v };
    else if (x.kind === "text" && /^\d/.test(x.value)) inputs[i] = { kind: "text", value: String(v) };
  }
  if (swap) {
    inputs[1] = num(end + 10);
    inputs[2] = num(start);
  }
}

/** Formula results straight from the recalculated sheet XML: "" and 0 stay distinct. */
async function readResults(path: string): Promise<Map<string, string | number | boolean>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const shared: string[] = [];
  const sst = zip.file("xl/sharedStrings.xml");
  if (sst) {
    const s = await sst.async("string");
    for (const m of s.matchAll(/<si>(.*?)<\/si>/gs))
      shared.push([...m[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join(""));
  }
  const unescape = (t: string) =>
    t
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  const out = new Map<string, string | number | boolean>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const [, addr, attrs, body = ""] = m;
    if (!body.includes("<f")) continue;
    const type = /t="(\w+)"/.exec(attrs)?.[1];
    const v = /<v>(.*?)<\/v>/s.exec(body)?.[1];
    if (type === "e") out.set(addr, unescape(v ?? ""));
    else if (type === "str" || type === "inlineStr") out.set(addr, unescape(v ?? ""));
    else if (type === "s") out.set(addr, shared[Number(v)]);
    else if (type === "b") out.set(addr, v === "1");
    else out.set(addr, v === undefined ? "" : Number(v));
  }
  return out;
}

function describeInputs(inputs: Input[]): string {
  return inputs
    .map((x) =>
      x.kind === "number" || x.kind === "bool"
        ? String(x.value)
        : x.kind === "text"
          ? JSON.stringify(x.value)
          : x.kind === "literal"
            ? `literal ${x.text}`
            : x.kind === "error"
              ? x.code
              : x.kind,
    )
    .join(", ");
}

function agrees(js: CellResult, lo: string | number | boolean | undefined): boolean {
  if (js instanceof PlanError) return lo === js.code;
  if (js === null) return lo === "";
  if (typeof js === "string") return lo === js;
  return typeof lo === "number" && Math.abs(lo - js) <= 1e-9 * Math.max(1, Math.abs(js));
}

describe("native formulas agree with the PLAN functions in LibreOffice", () => {
  let cases: Case[];
  let results: Map<string, string | number | boolean>;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("T");
    cases = corpus(ws);
    const dir = mkdtempSync(join(tmpdir(), "ip-native-"));
    try {
      const file = join(dir, "native.xlsx");
      writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
      results = await readResults(await recalculateFile(file));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120000);

  it("covers every function with valid, blank and invalid input", () => {
    const fns = new Set(cases.map((c) => c.fn));
    expect([...fns].sort()).toEqual(Object.keys({ ...SPECS, SERIES: 0, QUARTERTARGET: 0 }).sort());
    const all = cases.flatMap((c) => c.expected.map(([, r]) => r));
    expect(all.filter((r) => typeof r === "number").length).toBeGreaterThan(600);
    expect(all.filter((r) => r === null).length).toBeGreaterThan(100);
    for (const code of ["#VALUE!", "#NUM!", "#DIV/0!", "#N/A"]) {
      expect(all.filter((r) => r instanceof PlanError && r.code === code).length).toBeGreaterThan(10);
    }
  });

  it.each([
    "PROJECT",
    "SERIES",
    "TARGET",
    "CAGR",
    "REQUIRED",
    "GAP",
    "COMPLETION",
    "TIMEPROGRESS",
    "STATUS",
    "PER10K",
    "QUARTERTARGET",
  ])("PLAN.%s: every cell equals the JavaScript result", (fn) => {
    const failures: string[] = [];
    let checked = 0;
    for (const c of cases.filter((x) => x.fn === fn)) {
      for (const [addr, js] of c.expected) {
        checked++;
        const lo = results.get(addr);
        if (!agrees(js, lo)) {
          const shown = js instanceof PlanError ? js.code : JSON.stringify(js);
          failures.push(
            `${addr} (${describeInputs(c.inputs)}): JavaScript ${shown}, LibreOffice ${JSON.stringify(lo)}`,
          );
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(failures.slice(0, 15)).toEqual([]);
  });
});
