import { readFileSync } from "node:fs";
import { join } from "node:path";
import { consolidate, type Consolidation } from "../../../src/collect/consolidate";
import { writeConsolidation, distributeBase64, CollectWriteError } from "../../../src/collect/officeCollect";
import { toBase64 } from "../../../src/collect/base64";
import { PLAN, REGIONS, load } from "./forms";
import { buildScenario, removeScenarios } from "./roundTrip";
import { writeMock, rowsOf } from "./excelWriteMock";

afterAll(removeScenarios);

describe("pane side of distribute and collect (mocked Excel)", () => {
  let c: Consolidation;
  beforeAll(async () => {
    const s = await buildScenario();
    c = await consolidate(
      s.files.map((f) => ({ name: f, bytes: readFileSync(join(s.dir, f)) })),
      PLAN,
    );
  });

  it("writes summary and report in one sync after reading the sheet names", async () => {
    const m = writeMock(["汇总", "Sheet1"]);
    const w = await writeConsolidation(m.context, c, "zh");
    expect(w).toEqual({ summary: "汇总 (2)", report: "问题清单" });
    expect(m.syncs).toBe(2);
    const summary = m.sheets.get("汇总 (2)")!;
    expect(summary).toHaveLength(1);
    expect(summary[0].address).toMatch(/^A1:/);
    expect(summary[0].formulas[4][1]).toBe(REGIONS[0]);
    expect(String(summary[0].formulas[4][4])).toMatch(/^=IF\(/); // completion, a native formula
    expect(rowsOf(m, "问题清单").length).toBe(3 + c.problems.length);
    expect(m.sheets.has("汇总")).toBe(true); // the existing sheet is untouched
  });

  it("spreads a summary too large for one request over several syncs, with the same cells", async () => {
    const one = writeMock();
    await writeConsolidation(one.context, c, "zh");
    const many = writeMock();
    await writeConsolidation(many.context, c, "zh", 4000);
    expect(one.writeSyncs).toBe(1);
    expect(many.writeSyncs).toBeGreaterThan(3);
    expect(rowsOf(many, "汇总")).toEqual(rowsOf(one, "汇总"));
    expect(rowsOf(many, "问题清单")).toEqual(rowsOf(one, "问题清单"));
  });

  it("removes both sheets when a later batch fails", async () => {
    const m = writeMock(["Sheet1"]);
    m.failAtWrite = 3;
    const err = await writeConsolidation(m.context, c, "zh", 4000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CollectWriteError);
    expect([...m.sheets.keys()]).toEqual(["Sheet1"]);
  });

  it("leaves nothing behind when the write fails", async () => {
    const m = writeMock(["Sheet1"]);
    m.failNextWrite = true;
    const err = await writeConsolidation(m.context, c, "zh").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CollectWriteError);
    expect((err as CollectWriteError).zh).toContain("工作簿未改动");
    expect([...m.sheets.keys()]).toEqual(["Sheet1"]);
  });

  it("produces each region's form as base64 for Excel.createWorkbook", async () => {
    const forms = await distributeBase64(PLAN, "quarterly-report");
    expect(forms.map((f) => f.region)).toEqual(REGIONS);
    expect(forms[0].fileName).toBe(`季度通报_${REGIONS[0]}.xlsx`);
    const wb = await load(Buffer.from(forms[3].base64, "base64"));
    expect(wb.worksheets[0].getCell("B5").value).toBe(REGIONS[3]);
  });

  it("encodes base64 exactly as Node does", () => {
    for (const n of [0, 1, 2, 3, 4, 5, 255, 1000]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) % 256);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    }
  });
});
