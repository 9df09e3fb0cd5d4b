/** `npm run cli -- extract …`: JSON, plan files that pass the plan validation, one-line errors. */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../../src/cli/main";
import { validatePlan } from "../../../src/core/planValidation";
import { makeDocx } from "./makeDocx";

const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
const SEED = join(__dirname, "../../fixtures/extract/dev/seed-000.txt");

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  const error = jest.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  try {
    const code = await main(["extract", ...args]);
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

test("--json prints title, years and indicators", async () => {
  const r = await run([SEED, "--json"]);
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out);
  expect([j.title, j.baseYear, j.targetYear]).toEqual(["2012年达州市专利工作推进计划", 2011, 2012]);
  expect(j.indicators[0]).toMatchObject({
    name: "专利申请总量",
    kind: "level",
    comparator: ">=",
    value: 400,
    unit: "件",
  });
});

test("--plan prints a plan the templates' validation accepts, one row per indicator", async () => {
  const r = await run([SEED, "--plan"]);
  expect(r.code).toBe(0);
  const plan = JSON.parse(r.out);
  const v = validatePlan(plan);
  expect(v.issues.filter((i) => i.severity === "error")).toEqual([]);
  const row = plan.indicators.find((i: { name: string }) => i.name === "发明专利申请量");
  expect(row).toEqual({ name: "发明专利申请量", unit: "件", target: 60, growth: 0.3, comparator: ">=" });
  const names = plan.indicators.map((i: { name: string }) => i.name);
  expect(new Set(names).size).toBe(names.length);
});

test("a .docx file is read", async () => {
  const f = join(dir, "plan.docx");
  writeFileSync(
    f,
    await makeDocx(["某县2021年知识产权工作要点", "全年专利申请量达到800件,同比增长15%以上。"]),
  );
  const j = JSON.parse((await run([f, "--json"])).out);
  expect(j.indicators.map((i: { kind: string; value: number }) => [i.kind, i.value])).toEqual([
    ["level", 800],
    ["growth", 0.15],
  ]);
});

test("the default output is a readable table", async () => {
  const r = await run([SEED]);
  expect(r.code).toBe(0);
  expect(r.out).toContain("专利申请总量\t目标值\t>= 400件");
});

test("an English or empty file: an empty result, exit 0", async () => {
  const f = join(dir, "en.txt");
  writeFileSync(f, "Nothing to see here.\n");
  const r = await run([f]);
  expect([r.code, r.out]).toEqual([0, "未找到量化指标 / no quantitative targets found"]);
  const e = join(dir, "empty.txt");
  writeFileSync(e, "");
  expect(JSON.parse((await run([e, "--json"])).out).indicators).toEqual([]);
});

test("--plan without targets exits non-zero with one line", async () => {
  const f = join(dir, "none.txt");
  writeFileSync(f, "没有任何数字的文字。");
  const r = await run([f, "--plan"]);
  expect(r.code).toBe(1);
  expect(r.err.split("\n")).toHaveLength(1);
});

test.each([
  ["missing", () => join(dir, "missing.txt")],
  [
    "binary",
    () => {
      const f = join(dir, "bin.dat");
      writeFileSync(f, Buffer.from([0, 1, 2, 3, 0, 255]));
      return f;
    },
  ],
  [
    "pdf",
    () => {
      const f = join(dir, "x.pdf");
      writeFileSync(f, "%PDF-1.4");
      return f;
    },
  ],
])("unreadable input (%s): exit 2 and one line", async (_n, make) => {
  const r = await run([make(), "--json"]);
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  expect(r.err.split("\n")).toHaveLength(1);
});

test("bad usage: exit 2", async () => {
  expect((await run([])).code).toBe(2);
  expect((await run([SEED, "--json", "--plan"])).code).toBe(2);
  expect((await run([SEED, "--bogus"])).code).toBe(2);
});

test("--explain prints the rules that took each item and left each number", async () => {
  const file = join(dir, "explain.txt");
  writeFileSync(
    file,
    "某市2025年工作要点\n二、主要目标\n专利申请量达到5000件,对新授权发明专利每件资助3000元。\n",
  );
  const r = await run([file, "--explain"]);
  expect(r.code).toBe(0);
  expect(r.out).toContain("专利申请量\t>= 5000件\n  规则 rules: cand.subject → cmp.at-least");
  expect(r.out).toMatch(/== 未采用 \/ left ==\n3000元\treject\.policy\(payments/);
  const j = JSON.parse((await run([file, "--json", "--explain"])).out);
  expect(j.indicators[0].rules).toEqual(["cand.subject", "cmp.at-least"]);
  expect(j.rejected).toEqual([expect.objectContaining({ text: "3000元", rule: "reject.policy" })]);
  expect((await run([file, "--plan", "--explain"])).code).not.toBe(0);
});
