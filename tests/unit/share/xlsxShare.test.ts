import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { shareXlsx } from "../../../src/share/xlsxShare";
import { hasPlanCall } from "../../../src/share/rewriteFormula";
import { planShare, type SheetSnapshot, type SnapshotCell } from "../../../src/share/planShare";
import { WorkbookLoadError } from "../../../src/share/loadXlsx";
import { EXIT_UNCONVERTED, shareCommand } from "../../../src/cli/commands/share";
import { UserError } from "../../../src/cli/command";
import { CORPUS, SERIES_EXPECTED, SHARED_EXPECTED, corpusWorkbook } from "./corpus";
import { compareWorkbooks } from "./compareWorkbooks";

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe("share an .xlsx", () => {
  let input: Buffer;
  beforeAll(async () => {
    input = Buffer.from(await corpusWorkbook().xlsx.writeBuffer());
  });

  it("reads custom-function formulas as files store them", async () => {
    const wb = await load(input);
    expect(wb.getWorksheet("Calc")!.getCell("A1").formula).toBe(
      "_xldudf_PLAN_PROJECT(Data!A1,Data!B1,Data!C1)",
    );
    // exceljs slides a shared formula's text for each follower
    expect(wb.getWorksheet("Calc")!.getCell("A42").formula).toBe("_xldudf_PLAN_PROJECT(Data!A3,Data!B3,1)");
  });

  it("rewrites every PLAN formula, keeps values where it must, and changes nothing else", async () => {
    const before = createHash("sha256").update(input).digest("hex");
    const { output, report } = await shareXlsx(input);
    expect(createHash("sha256").update(input).digest("hex")).toBe(before);

    const changed = new Set(report.changes.map((c) => `${c.sheet}!${c.address}`));
    for (const e of CORPUS) {
      expect([e.address, changed.has(`Calc!${e.address}`)]).toEqual([e.address, e.expect !== "unchanged"]);
    }
    for (const a of [...Object.keys(SERIES_EXPECTED), ...Object.keys(SHARED_EXPECTED)]) {
      expect(changed.has(`Calc!${a}`)).toBe(true);
    }
    const kept = report.changes.filter((c) => c.kind === "value").map((c) => c.address);
    expect(kept.sort()).toEqual(
      CORPUS.filter((e) => e.expect === "value")
        .map((e) => e.address)
        .sort(),
    );

    const a = await load(input);
    const b = await load(Buffer.from(output));
    expect(compareWorkbooks(a, b, changed)).toEqual([]);
    const calc = b.getWorksheet("Calc")!;
    calc.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) expect([cell.address, hasPlanCall(cell.formula)]).toEqual([cell.address, false]);
      }),
    );
    // kept values are the cached results, formats stay
    expect(calc.getCell("A21").value).toBe(110);
    expect(calc.getCell("A21").numFmt).toBe("0.00");
    // rewritten cells keep their cached result for viewers that do not recalculate
    expect((calc.getCell("A1").value as ExcelJS.CellFormulaValue).result).toBe(121);
  });

  it("changes nothing the second time", async () => {
    const once = await shareXlsx(input);
    const twice = await shareXlsx(once.output);
    expect(twice.report.changes).toEqual([]);
    expect(twice.report.untouched).toEqual([]);
    // spilled cells became formulas of their own; kept values are no longer formulas
    const spilled = once.report.changes.filter((c) => c.kind === "series" && c.before === "").length;
    const kept = once.report.changes.filter((c) => c.kind === "value").length;
    expect(spilled).toBe(8);
    expect(twice.report.formulasScanned).toBe(once.report.formulasScanned + spilled - kept);
  });

  it("classifies unreadable input", async () => {
    const cases: [Uint8Array, string][] = [
      [Buffer.from("just text"), "not-workbook"],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), "encrypted"],
      [Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]), "damaged"],
    ];
    for (const [bytes, problem] of cases) {
      const err = await shareXlsx(bytes).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WorkbookLoadError);
      expect((err as WorkbookLoadError).problem).toBe(problem);
    }
  });
});

describe("planShare spill handling", () => {
  function sheet(cells: SnapshotCell[]): SheetSnapshot {
    return {
      name: "S",
      formulas: cells.filter((c) => c.formula),
      cellAt: (row, col) => cells.find((c) => c.row === row && c.col === col),
    };
  }

  it("keeps the anchor's value when another formula blocks the spill area", () => {
    const r = planShare({
      sheets: [
        sheet([
          { row: 0, col: 0, formula: "=PLAN.SERIES(1,0.1,3)", value: "#SPILL!" },
          { row: 0, col: 2, formula: "=1+1", value: 2 },
        ]),
      ],
    });
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({ address: "A1", kind: "value", value: "#SPILL!" });
  });

  it("never overwrites a neighbour that holds data rather than the spilled value", () => {
    const r = planShare({
      sheets: [
        sheet([
          { row: 0, col: 0, formula: "=PLAN.SERIES(100,0.1,3)", value: 110 },
          { row: 0, col: 1, value: 121 }, // the spilled value
          { row: 0, col: 2, value: 999 }, // a user's number
        ]),
      ],
    });
    expect(r.changes).toEqual([expect.objectContaining({ address: "A1", kind: "value", value: 110 })]);
    const ok = planShare({
      sheets: [
        sheet([
          { row: 0, col: 0, formula: "=PLAN.SERIES(100,0.1,3)", value: 110 },
          { row: 0, col: 1, value: 121 },
          { row: 0, col: 2, value: 133.1 },
        ]),
      ],
    });
    expect(ok.changes.map((c) => `${c.address}:${c.kind}`)).toEqual(["A1:series", "B1:series", "C1:series"]);
  });

  it("reads the period count from the referenced cell, and leaves a formula without a cached value as it was", () => {
    const r = planShare({
      sheets: [
        sheet([
          { row: 0, col: 5, value: 4 },
          { row: 1, col: 0, formula: "PLAN.SERIES(1,0.1,F1)", value: 1.1 },
          { row: 2, col: 0, formula: "PLAN.FOO(1)", value: null },
        ]),
      ],
    });
    expect(r.changes.map((c) => c.address)).toEqual(["A2", "B2", "C2", "D2"]);
    expect(r.untouched).toEqual([expect.objectContaining({ address: "A3", formula: "PLAN.FOO(1)" })]);
  });
});

describe("share CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "ip-share-cli-"));
  const inPath = join(dir, "in.xlsx");
  const outPath = join(dir, "out.xlsx");
  let log: jest.SpyInstance;
  let err: jest.SpyInstance;
  beforeAll(async () => {
    writeFileSync(inPath, Buffer.from(await corpusWorkbook().xlsx.writeBuffer()));
    log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    err = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterAll(() => {
    log.mockRestore();
    err.mockRestore();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes a new file, prints which cells changed and which kept values, exits 3 for the kept ones", async () => {
    const before = readFileSync(inPath);
    // Two cells kept their value (no native form): written, but a distinct exit code and a list.
    expect(await shareCommand.run([inPath, "--out", outPath])).toBe(EXIT_UNCONVERTED);
    expect(err.mock.calls.map((c) => String(c[0]))).toEqual([
      "未完全转换 not fully converted: 2 处仍依赖加载项 still depend on the add-in: Calc!A21, Calc!A22",
    ]);
    expect(existsSync(outPath)).toBe(true);
    expect(readFileSync(inPath).equals(before)).toBe(true);
    const printed = log.mock.calls.map((c) => String(c[0])).join("\n");
    expect(printed).toContain("Calc!A1:");
    expect(printed).toMatch(/保留数值 kept value {2}Calc!A22 = 7/);
  });

  it("refuses to overwrite --out without --force, and bad input with one line", async () => {
    await expect(shareCommand.run([inPath, "--out", outPath])).rejects.toThrow(UserError);
    expect(await shareCommand.run([inPath, "--out", outPath, "--force"])).toBe(EXIT_UNCONVERTED);
    // The output has no PLAN call left (kept cells hold values now): sharing it again exits 0.
    expect(await shareCommand.run([outPath, "--out", join(dir, "again.xlsx")])).toBe(0);
    const junk = join(dir, "junk.xlsx");
    writeFileSync(junk, "not a workbook");
    const err = await shareCommand.run([junk, "--out", join(dir, "x.xlsx")]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain("不是 Excel 工作簿");
    expect((err as Error).message.split("\n")).toHaveLength(1);
    await expect(shareCommand.run([inPath, "--out", inPath, "--force"])).rejects.toThrow(UserError);
    await expect(shareCommand.run([join(dir, "missing.xlsx"), "--out", join(dir, "y.xlsx")])).rejects.toThrow(
      UserError,
    );
  });
});
