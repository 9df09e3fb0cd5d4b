import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { distributeCommand } from "../../../src/cli/commands/distribute";
import { collectCommand } from "../../../src/cli/commands/collect";
import { UserError } from "../../../src/cli/command";
import { parseStamp } from "../../../src/model/stamp";
import { PLAN, REGIONS, actualCol, targetCol, DATA_ROW, fieldCells, load } from "./forms";
import { buildScenario, removeScenarios } from "./roundTrip";

const dir = mkdtempSync(join(tmpdir(), "ip-cli-collect-"));
const planPath = join(dir, "plan.json");
writeFileSync(planPath, JSON.stringify(PLAN));
let log: jest.SpyInstance;
beforeAll(() => {
  log = jest.spyOn(console, "log").mockImplementation(() => undefined);
});
afterAll(() => {
  log.mockRestore();
  rmSync(dir, { recursive: true, force: true });
});

afterAll(removeScenarios);

describe("distribute CLI", () => {
  const out = join(dir, "forms");

  it("writes one form per region: region filled in, stamped, only inputs unlocked", async () => {
    expect(
      await distributeCommand.run(["--plan", planPath, "--template", "quarterly-report", "--out", out]),
    ).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(REGIONS.map((r) => `季度通报_${r}.xlsx`).sort());
    for (const region of REGIONS) {
      const wb = await load(readFileSync(join(out, `季度通报_${region}.xlsx`)));
      expect(wb.worksheets).toHaveLength(1);
      const ws = wb.worksheets[0];
      expect(ws.getCell(DATA_ROW, 2).value).toBe(region);
      let stamp: ReturnType<typeof parseStamp>;
      const unlocked: string[] = [];
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          stamp = stamp ?? parseStamp(cell.value);
          if (cell.protection?.locked === false) unlocked.push(cell.address);
        }),
      );
      expect(stamp).toEqual({ templateId: "quarterly-report", version: 1, planTitle: PLAN.title, region });
      const inputs = PLAN.indicators.flatMap((_, i) => [
        ws.getCell(DATA_ROW, targetCol(i)).address,
        ws.getCell(DATA_ROW, actualCol(i)).address,
      ]);
      // the as-of date, the region's target/actual cells and 填报人/联系电话/填报日期, nothing else
      const fields = ["填报人", "联系电话", "填报日期"].flatMap((f) => fieldCells(ws, f));
      expect(fields.length).toBeGreaterThanOrEqual(3);
      expect(unlocked.sort()).toEqual(["D2", ...inputs, ...fields].sort());
      expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    }
  });

  it("refuses a date that does not exist and writes nothing", async () => {
    const bad = join(dir, "bad-date");
    await expect(
      distributeCommand.run(["--plan", planPath, "--out", bad, "--as-of", "2024-02-30"]),
    ).rejects.toThrow(/--as-of/);
    expect(existsSync(bad)).toBe(false);
  });

  it("refuses to overwrite a non-empty form unless --force", async () => {
    const first = join(out, `季度通报_${REGIONS[0]}.xlsx`);
    const before = readFileSync(first);
    await expect(distributeCommand.run(["--plan", planPath, "--out", out])).rejects.toThrow(UserError);
    expect(readFileSync(first).equals(before)).toBe(true);
    expect(await distributeCommand.run(["--plan", planPath, "--out", out, "--force"])).toBe(0);
  });

  it("gives one line for a plan without regions or an unknown template", async () => {
    const noRegions = join(dir, "noregions.json");
    writeFileSync(noRegions, JSON.stringify({ ...PLAN, regions: undefined }));
    const e1 = await distributeCommand
      .run(["--plan", noRegions, "--out", join(dir, "x")])
      .catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(UserError);
    expect((e1 as Error).message).toContain("没有县(市)区");
    const e2 = await distributeCommand
      .run(["--plan", planPath, "--template", "nope", "--out", join(dir, "y")])
      .catch((e: unknown) => e);
    expect((e2 as Error).message).toContain("unknown template");
    expect(existsSync(join(dir, "x"))).toBe(false);
  });
});

describe("collect CLI", () => {
  it("writes summary and report sheets, leaves every input unchanged, refuses to overwrite", async () => {
    const s = await buildScenario();
    const hash = () =>
      readdirSync(s.dir).map((f) =>
        createHash("sha256")
          .update(readFileSync(join(s.dir, f)))
          .digest("hex"),
      );
    const before = hash();
    const out = join(dir, "summary.xlsx");
    const inputs = s.files.map((f) => join(s.dir, f));
    expect(await collectCommand.run([...inputs, "--plan", planPath, "--out", out])).toBe(0);
    expect(hash()).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "问题清单"]);
    const printed = log.mock.calls.map((c) => String(c[0])).join("\n");
    expect(printed).toContain("县(市)区 8/10 已报送,1 个已收到未采用;问题 18 条(错误 9 条)");
    // Grouped by county: a heading, then that county's lines.
    expect(printed).toMatch(
      /【北山县】\n {2}\[警告\] 季度通报_北山县\.xlsx 季度通报 I5: 北山县有 2 个填报项未填写/,
    );
    await expect(collectCommand.run([s.dir, "--plan", planPath, "--out", out])).rejects.toThrow(UserError);
    expect(await collectCommand.run([s.dir, "--plan", planPath, "--out", out, "--force"])).toBe(0);
    await expect(
      collectCommand.run([inputs[0], "--plan", planPath, "--out", inputs[0], "--force"]),
    ).rejects.toThrow(UserError);
  });
});
