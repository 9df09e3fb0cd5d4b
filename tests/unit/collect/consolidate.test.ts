import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { consolidate, type Consolidation } from "../../../src/collect/consolidate";
import { readForm } from "../../../src/collect/readForm";
import { distributeForms } from "../../../src/collect/distribute";
import { PLAN, REGIONS, fill, load, save } from "./forms";
import { buildScenario, type Scenario, removeScenarios } from "./roundTrip";

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      createHash("sha256")
        .update(readFileSync(join(dir, f)))
        .digest("hex"),
    ]),
  );
}

afterAll(removeScenarios);

describe("consolidating returned forms", () => {
  let s: Scenario;
  let c: Consolidation;
  let before: Record<string, string>;
  beforeAll(async () => {
    s = await buildScenario();
    before = hashes(s.dir);
    c = await consolidate(
      s.files.map((f) => ({ name: f, bytes: readFileSync(join(s.dir, f)) })),
      PLAN,
    );
  });

  it("reads every usable form's values by label, converted to the plan's units", () => {
    c.regions.forEach((r, j) => {
      const exp = s.expected[j];
      if (exp === null) {
        // 平安县 sent a form of another plan: received, not used, and it says why.
        expect([r.region, r.status, r.reason?.code]).toEqual(
          j === 7 ? [REGIONS[j], "rejected", "other-plan"] : [REGIONS[j], "missing", undefined],
        );
        return;
      }
      expect([r.region, r.status]).toEqual([REGIONS[j], "submitted"]);
      const got = r.row!.values.map((v) => [v.target, v.actual]);
      expect([r.region, got]).toEqual([r.region, exp]);
    });
  });

  it("finds a form whose rows were inserted, columns moved and sheet renamed", () => {
    const qs = c.regions[5];
    expect(qs.row).toMatchObject({ sheet: "我的表", row: 7 });
    expect(qs.problems).toBe(0);
  });

  it("reports every fault with file, sheet and cell, grouped by county with errors first", () => {
    const got = c.problems.map(
      (p) => `${p.region ?? "-"} ${p.severity} ${p.code} ${p.file} ${p.sheet ?? ""} ${p.cell ?? ""}`,
    );
    expect(got).toEqual([
      "东城区 info text-number 季度通报_东城区.xlsx 季度通报 C5",
      "东城区 info text-number 季度通报_东城区.xlsx 季度通报 D5",
      "东城区 info text-number 季度通报_东城区.xlsx 季度通报 I5",
      "西城区 warning unit-converted 季度通报_西城区.xlsx 季度通报 M3",
      "西城区 info text-number 季度通报_西城区.xlsx 季度通报 S5",
      "南湖区 warning formula-overwritten 季度通报_南湖区.xlsx 季度通报 E5",
      "南湖区 warning formula-overwritten 季度通报_南湖区.xlsx 季度通报 L5",
      // Two blanks in one form row: one line.
      "北山县 warning empty-input 季度通报_北山县.xlsx 季度通报 I5",
      "河口县 error not-a-number 季度通报_河口县.xlsx 季度通报 D5",
      "河口县 warning other-version 季度通报_河口县.xlsx 季度通报 W1",
      "平安县 error other-plan 季度通报_平安县.xlsx 季度通报 W1",
      "平安县 error form-rejected 季度通报_平安县.xlsx  ",
      "新桥镇 error duplicate-region 季度通报_新桥镇_再次.xlsx 季度通报 ",
      "长乐县 error missing-region —  ",
      "- error not-workbook 说明.xlsx  ",
      "- error encrypted 加密.xlsx  ",
      "- error damaged 损坏.xlsx  ",
      "- error no-stamp 无标记.xlsx  ",
    ]);
    expect(c.problems.find((p) => p.code === "empty-input")?.cells).toEqual(["I5", "M5"]);
    const text = c.problems.map((p) => p.zh).join("\n");
    expect(text).toContain("“2万”是文字,已按数字 20000 件 读取");
    expect(text).toContain("单位为元,已按 1 元 = 0.0001 万元 换算");
    expect(text).toContain("北山县有 2 个填报项未填写(I5、M5)");
    expect(text).toContain("平安县的报表已收到,但未能采用:属于另一个规划“2023年另一个计划”,未读取");
    expect(text).not.toContain("平安县未报送");
    expect(text).toContain("长乐县未报送");
    for (const p of c.problems) expect(p.en.length).toBeGreaterThan(0);
  });

  it("counts, per region, the problems of its form", () => {
    expect(c.regions.map((r) => r.problems)).toEqual([0, 3, 2, 2, 1, 0, 2, 2, 0, 0]);
    expect(c.files.filter((f) => !f.read).map((f) => f.name)).toEqual([
      "季度通报_平安县.xlsx",
      "季度通报_新桥镇_再次.xlsx",
      "说明.xlsx",
      "加密.xlsx",
      "损坏.xlsx",
      "无标记.xlsx",
    ]);
  });

  it("takes the latest as-of date of the forms", () => {
    expect(c.asOf).toBe(45473); // 2024-06-30
  });

  it("changes no input file", () => {
    expect(hashes(s.dir)).toEqual(before);
  });

  it("skips a file over the size limit and still reads the others", async () => {
    const forms = await distributeForms(PLAN, "quarterly-report");
    const r = await consolidate(
      [
        { name: "big.xlsx", bytes: Buffer.concat([forms[0].bytes, Buffer.alloc(100_000)]) },
        { name: "ok.xlsx", bytes: forms[1].bytes },
      ],
      PLAN,
      { maxBytes: forms[1].bytes.length + 10 },
    );
    expect(r.problems.find((p) => p.file === "big.xlsx")?.code).toBe("too-large");
    expect(r.regions[1].status).toBe("submitted");
  });
});

describe("reading one form", () => {
  it("reports a region label that differs from the stamp and an unknown region", async () => {
    const forms = await distributeForms(PLAN, "quarterly-report");
    const wb = await load(forms[0].bytes);
    const ws = wb.worksheets[0];
    fill(ws, [
      [1, 1],
      [1, 1],
      [1, 1],
      [0.1, 0.1],
    ]);
    ws.getCell("B5").value = "东城区";
    ws.getCell("B6").value = "外省某县";
    ws.getCell("D2").value = null; // the as-of date
    const r = readForm(await load(await save(wb)), PLAN, "f.xlsx");
    expect(r.rows.map((x) => x.region)).toEqual(["东城区"]);
    expect(r.problems.map((p) => `${p.code} ${p.cell}`)).toEqual([
      "region-mismatch B5",
      "unknown-region B6",
      "empty-input D2",
    ]);
    expect(r.asOf).toBeUndefined();
  });

  it("reports an indicator whose header is gone and a template of another kind", async () => {
    const forms = await distributeForms(PLAN, "quarterly-report");
    const wb = await load(forms[0].bytes);
    wb.worksheets[0].getCell("H3").value = "别的指标";
    const r = readForm(await load(await save(wb)), PLAN, "f.xlsx");
    expect(r.problems.map((p) => p.code)).toContain("indicator-missing");
    expect(r.rows[0].values[1]).toEqual({ target: null, actual: null });

    const other = await distributeForms(PLAN, "annual-plan");
    const r2 = readForm(await load(other[0].bytes), PLAN, "annual.xlsx");
    expect(r2.problems.map((p) => p.code)).toEqual(["other-template"]);
    expect(r2.rows).toEqual([]);
  });

  it("reads English forms by their English labels", async () => {
    const forms = await distributeForms(PLAN, "quarterly-report", { lang: "en" });
    expect(forms[0].fileName).toBe(`Quarterly report_${REGIONS[0]}.xlsx`);
    const wb = await load(forms[0].bytes);
    fill(wb.worksheets[0], [
      [10, "1,000"],
      [2, 1],
      [5, 4],
      [0.5, "25%"],
    ]);
    const r = readForm(await load(await save(wb)), PLAN, "en.xlsx");
    expect(r.rows.map((x) => [x.region, x.values])).toEqual([
      [
        REGIONS[0],
        [
          { target: 10, actual: 1000 },
          { target: 2, actual: 1 },
          { target: 5, actual: 4 },
          { target: 0.5, actual: 0.25 },
        ],
      ],
    ]);
    expect(r.problems.map((p) => p.code)).toEqual(["text-number", "text-number"]);
  });
});
