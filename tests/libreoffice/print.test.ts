/**
 * Printing: every template for the three example plans and a 12-indicator, 10-county plan
 * (with a money target in 元 of billions), a county's form (of every template for the big plan)
 * and the collect summary, converted to PDF by LibreOffice in ONE start, each page read back
 * with pdftotext -layout. Every page carries the title and its row labels, no cell shows "###",
 * a quarterly page never holds part of an indicator's block, and a form prints its 填报单位,
 * 填报人, 联系电话 and 填报日期 (filled in) once, whole, on its first page.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Plan } from "../../src/core/plan";
import { buildTemplate, TEMPLATE_IDS } from "../../src/model/templates";
import { writeXlsx } from "../../src/writers/xlsx";
import { consolidate } from "../../src/collect/consolidate";
import { consolidationXlsx } from "../../src/collect/xlsxCollect";
import { distributeForms } from "../../src/collect/distribute";
import { convertDocuments } from "../support/libreoffice";
import { REGIONS } from "../unit/collect/forms";
import type { SheetModel } from "../../src/model/types";
import { serialFromIso } from "../../src/core/excelDate";

const FIELDS = { person: "王建国", phone: "0931-88123456", date: "2024年12月31日" };

/**
 * A county's form with 填报人, 联系电话 and 填报日期 filled in, in the model (a file re-saved by
 * exceljs would lose its page breaks): each value goes right of its label's merged cells.
 */
function filledFields(m: SheetModel): SheetModel {
  const values: Record<string, string | number> = {
    填报人: FIELDS.person,
    联系电话: FIELDS.phone,
    填报日期: serialFromIso("2024-12-31")!,
  };
  m.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const v = typeof cell?.value === "string" ? values[cell.value] : undefined;
      if (v === undefined) return;
      const merge = m.merges.find((x) => x.row === m.origin.row + r && x.col === m.origin.col + c);
      const at = c + (merge?.cols ?? 1);
      row[at] = { ...row[at], value: v };
    }),
  );
  return m;
}

const example = (f: string): Plan =>
  JSON.parse(readFileSync(resolve(__dirname, `../../examples/${f}.json`), "utf8")) as Plan;
const weihai = example("weihai-2018-2020-demonstration-city");
const COUNTIES = REGIONS;
/** 12 indicators, 10 counties; 专利权质押融资额 in 元 with a target of three billion. */
const BIG: Plan = {
  ...weihai,
  title: "某市知识产权强市建设2024年工作计划",
  baseYear: 2023,
  targetYear: 2024,
  regions: COUNTIES,
  indicators: weihai.indicators.map((i) =>
    i.name === "专利权质押融资额" ? { ...i, unit: "元", base: 2_500_000_000, target: 3_000_000_000 } : i,
  ),
};
const PLANS: Record<string, Plan> = {
  daye: example("daye-2023-high-value-patents"),
  dazhou: example("dazhou-2012-patent-plan"),
  weihai,
  big: BIG,
};

interface Printed {
  key: string;
  plan: Plan;
  kind: string;
  /** Each page as laid out (columns kept apart) … */
  pages: string[];
  /** … and in reading order (a header's words kept together). */
  raw: string[];
}

const dir = mkdtempSync(join(tmpdir(), "ip-print-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let printed: Printed[] = [];
beforeAll(async () => {
  const jobs: { key: string; plan: Plan; kind: string; bytes: Uint8Array }[] = [];
  for (const [name, plan] of Object.entries(PLANS)) {
    for (const id of TEMPLATE_IDS) {
      jobs.push({
        key: `${name}-${id}`,
        plan,
        kind: id,
        bytes: await writeXlsx([buildTemplate(id, plan, { asOf: "2024-06-30" })]),
      });
    }
    jobs.push({
      key: `${name}-form`,
      plan,
      kind: "form",
      bytes: await writeXlsx([
        filledFields(
          buildTemplate("quarterly-report", plan, { region: plan.regions![0], asOf: "2024-06-30" }),
        ),
      ]),
    });
  }
  // The big plan's form of every other template, its 填报表 fields filled in (a long date too).
  for (const id of TEMPLATE_IDS.filter((t) => t !== "quarterly-report")) {
    jobs.push({
      key: `big-form-${id}`,
      plan: BIG,
      kind: `form-${id}`,
      bytes: await writeXlsx([
        filledFields(buildTemplate(id, BIG, { region: BIG.regions![0], asOf: "2024-06-30" })),
      ]),
    });
  }
  // The collect summary of the big plan: three forms back, values filled by their labels.
  const forms = await distributeForms(BIG, "quarterly-report", { asOf: "2024-06-30" });
  const c = await consolidate(
    forms.slice(0, 3).map((f) => ({ name: f.fileName, bytes: f.bytes })),
    BIG,
  );
  jobs.push({ key: "big-summary", plan: BIG, kind: "summary", bytes: await consolidationXlsx(c, "zh") });
  const paths = jobs.map((j) => {
    const p = join(dir, `${j.key}.xlsx`);
    writeFileSync(p, j.bytes);
    return p;
  });
  const pdfs = await convertDocuments(paths, "pdf");
  printed = jobs.map((j, k) => {
    const read = (layout: boolean) =>
      execFileSync("pdftotext", [...(layout ? ["-layout"] : []), "-enc", "UTF-8", pdfs[k], "-"], {
        encoding: "utf8",
      })
        .split("\f")
        .filter((p) => p.trim() !== "");
    return { key: j.key, plan: j.plan, kind: j.kind, pages: read(true), raw: read(false) };
  });
  // Figures for the report: pages per printout.
  console.log(printed.map((p) => `${p.key}: ${p.pages.length}`).join(", "));
}, 240_000);

it("prints every template, form and summary with no ### anywhere", () => {
  expect(printed).toHaveLength(Object.keys(PLANS).length * 6 + (TEMPLATE_IDS.length - 1) + 1);
  for (const p of printed) {
    p.pages.forEach((page, i) => expect([p.key, i + 1, page.includes("###")]).toEqual([p.key, i + 1, false]));
  }
});

it("puts the plan title and the period on every page", () => {
  for (const p of printed) {
    p.raw.forEach((page, i) => {
      const flat = page.replace(/\s+/g, "");
      expect([p.key, i + 1, flat.includes(p.plan.title.replace(/\s+/g, ""))]).toEqual([p.key, i + 1, true]);
      expect([p.key, i + 1, flat.includes(`规划期:${p.plan.baseYear}年`)]).toEqual([p.key, i + 1, true]);
    });
  }
});

it("repeats the row labels on every page: counties on reports, indicators or tasks on the others", () => {
  for (const p of printed) {
    const labels =
      p.kind === "quarterly-report" || p.kind === "summary"
        ? [...p.plan.regions!, "合计"]
        : p.kind === "form"
          ? [p.plan.regions![0]]
          : p.kind.endsWith("task-breakdown")
            ? (p.plan.tasks ?? []).slice(0, 3).map((t) => t.name.slice(0, 6))
            : p.plan.indicators.slice(0, 3).map((ind) => ind.name.slice(0, 5));
    p.raw.forEach((page, i) => {
      const flat = page.replace(/\s+/g, "");
      // The summary's second sheet, the problem list, is labelled by its own columns.
      const own = flat.includes("汇总问题清单") ? ["序号", "县(市)区", "说明"] : labels;
      const missing = own.filter((l) => !flat.includes(l.replace(/\s+/g, "")));
      expect([p.key, i + 1, missing]).toEqual([p.key, i + 1, []]);
    });
  }
});

it("never splits an indicator's block of columns across pages", () => {
  for (const p of printed.filter((x) => ["quarterly-report", "summary", "form"].includes(x.kind))) {
    let blocks = 0;
    p.pages.forEach((page, i) => {
      if (page.includes("汇总问题清单")) return; // the summary's problem list
      // Column headers only: the notes under the table (说明…) name them too.
      const table = page
        .split("\n")
        .filter((l) => !l.includes("说明"))
        .join("\n");
      const count = (w: string) => table.split(w).length - 1;
      // A county's form has no 排名 (a rank among one county means nothing).
      const heads = [count("累计完成"), count("完成率"), count("状态")];
      if (p.kind === "form") expect([p.key, i + 1, count("排名")]).toEqual([p.key, i + 1, 0]);
      else heads.push(count("排名"));
      expect([p.key, i + 1, new Set(heads).size]).toEqual([p.key, i + 1, 1]);
      blocks += heads[0];
    });
    expect([p.key, blocks]).toEqual([p.key, p.plan.indicators.length]);
  }
});

it("prints a form's 填报表 fields once, whole, on its first page", () => {
  const forms = printed.filter((p) => p.kind.startsWith("form"));
  expect(forms).toHaveLength(Object.keys(PLANS).length + TEMPLATE_IDS.length - 1);
  for (const p of forms) {
    const flat = p.raw.map((page) => page.replace(/\s+/g, ""));
    const want = [
      "填报单位",
      p.plan.regions![0],
      "填报人",
      FIELDS.person,
      "联系电话",
      FIELDS.phone,
      "填报日期",
    ];
    const onFirst = want.filter((w) => !flat[0].includes(w));
    expect([p.key, onFirst]).toEqual([p.key, []]);
    expect([p.key, flat[0].includes(FIELDS.date)]).toEqual([p.key, true]);
    flat.slice(1).forEach((page, i) => {
      const again = ["填报单位", "填报人", "联系电话", "填报日期", FIELDS.person].filter((w) =>
        page.includes(w),
      );
      expect([p.key, i + 2, again]).toEqual([p.key, i + 2, []]);
    });
  }
});

it("shows numbers in the indicator's own precision and unit", () => {
  const big = printed.find((p) => p.key === "big-annual-plan")!;
  const all = big.pages.join("\n");
  expect(all).toContain("9.5件"); // 万人发明专利拥有量: one decimal, not "10件"
  expect(all).toContain("2,500,000,000元"); // money in the plan's own unit, no ".00"
  expect(all).not.toMatch(/\.00万元|\.00元/);
});
