import { mkdtempSync, readFileSync, writeFileSync, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../../src/cli/main";
import { parseStamp } from "../../../src/model/stamp";

const ROOT = join(__dirname, "../../..");
const EXAMPLE = join(ROOT, "examples", "dazhou-2012-patent-plan.json");

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  const error = jest
    .spyOn(console, "error")
    .mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe("cli templates / new", () => {
  const dir = mkdtempSync(join(tmpdir(), "ip-cli-"));

  it("lists the five templates in Chinese and English", async () => {
    const { code, out } = await run(["templates"]);
    expect(code).toBe(0);
    const text = out.join("\n");
    for (const id of [
      "annual-plan",
      "multi-year-plan",
      "quarterly-report",
      "gap-analysis",
      "task-breakdown",
    ]) {
      expect(text).toContain(id);
    }
    expect(text).toContain("县(市)区季度进展通报表");
    expect(text).toContain("Quarterly progress by region");
  });

  it("writes a template workbook from a plan file, in English on request, and leaves the plan unchanged", async () => {
    const before = readFileSync(EXAMPLE);
    const outFile = join(dir, "q.xlsx");
    const { code } = await run([
      "new",
      "quarterly-report",
      "--plan",
      EXAMPLE,
      "--out",
      outFile,
      "--as-of",
      "2012-09-30",
    ]);
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(outFile) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("季度通报");
    const stamps: unknown[] = [];
    ws.getRow(1).eachCell((c) => stamps.push(parseStamp(c.value)));
    expect(stamps.filter(Boolean)).toEqual([
      { templateId: "quarterly-report", version: 1, planTitle: "2012年达州市专利工作推进计划" },
    ]);
    expect(readFileSync(EXAMPLE)).toEqual(before);

    const en = join(dir, "a.xlsx");
    expect((await run(["new", "annual-plan", "--plan", EXAMPLE, "--out", en, "--lang", "en"])).code).toBe(0);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(readFileSync(en) as unknown as ArrayBuffer);
    expect(wb2.worksheets[0].name).toBe("Annual plan");
  });

  it("refuses to overwrite an existing file unless --force", async () => {
    const outFile = join(dir, "exists.xlsx");
    writeFileSync(outFile, "keep me");
    const r = await run(["new", "gap-analysis", "--plan", EXAMPLE, "--out", outFile]);
    expect(r.code).not.toBe(0);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain("--force");
    expect(readFileSync(outFile, "utf8")).toBe("keep me");
    expect((await run(["new", "gap-analysis", "--plan", EXAMPLE, "--out", outFile, "--force"])).code).toBe(0);
    expect(statSync(outFile).size).toBeGreaterThan(1000);
  });

  it("rejects a bad plan with one line naming the field, and writes nothing", async () => {
    const bad = join(dir, "bad.json");
    const plan = JSON.parse(readFileSync(EXAMPLE, "utf8"));
    plan.indicators[2].growth = "40%";
    writeFileSync(bad, JSON.stringify(plan));
    const outFile = join(dir, "never.xlsx");
    const r = await run(["new", "annual-plan", "--plan", bad, "--out", outFile]);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain("indicators[2].growth");
    expect(existsSync(outFile)).toBe(false);
  });

  it("rejects an unknown template, a bad date, broken JSON and a missing file with one line each", async () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ not json");
    const cases = [
      ["new", "nope", "--plan", EXAMPLE, "--out", join(dir, "x.xlsx")],
      ["new", "annual-plan", "--plan", EXAMPLE, "--out", join(dir, "x.xlsx"), "--as-of", "2012-13-01"],
      ["new", "annual-plan", "--plan", broken, "--out", join(dir, "x.xlsx")],
      ["new", "annual-plan", "--plan", join(dir, "missing.json"), "--out", join(dir, "x.xlsx")],
      ["new", "annual-plan", "--out", join(dir, "x.xlsx")],
    ];
    for (const args of cases) {
      const r = await run(args);
      expect(r.code).not.toBe(0);
      expect(r.err).toHaveLength(1);
    }
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });
});
