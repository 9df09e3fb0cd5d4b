import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { extractIndicators } from "../../../src/extract/extract";
import { mergeIndicators, toPlan } from "../../../src/extract/toPlan";
import { validatePlan } from "../../../src/core/planValidation";

const DIR = join(__dirname, "../../fixtures/extract/dev");

test.each(readdirSync(DIR).filter((f) => f.endsWith(".txt")))("%s gives a valid plan", (f) => {
  const plan = toPlan(extractIndicators(readFileSync(join(DIR, f), "utf8")), 2026);
  const v = validatePlan(plan);
  expect(v.issues.filter((i) => i.severity === "error")).toEqual([]);
  expect(v.plan).toBeDefined();
});

test("constraints of one indicator merge into one row; historic items are left out", () => {
  const r = extractIndicators(
    "一、发展基础\n全省专利申请量达到3000件。\n二、主要目标\n专利申请量达到5000件,年均增长12%以上。\n专利侵权纠纷案件平均处理周期不超过60天。\n知识产权质押融资额翻两番,力争突破30亿元。",
  );
  expect(mergeIndicators(r.indicators)).toEqual([
    { name: "专利申请量", unit: "件", target: 5000, cagr: 0.12, comparator: ">=" },
    { name: "专利侵权纠纷案件平均处理周期", unit: "天", target: 60, comparator: "<=", lowerIsBetter: true },
    {
      name: "知识产权质押融资额",
      unit: "亿元",
      multiple: 4,
      target: 30,
      comparator: ">=",
      aspirational: true,
      note: "“突破”可理解为 ≥ 或 >",
    },
  ]);
});

test("a negative growth row reads ≤ with lowerIsBetter", () => {
  const [row] = mergeIndicators(extractIndicators("假冒专利案件发案率下降20%。").indicators);
  expect(row).toEqual({
    name: "假冒专利案件发案率",
    unit: "%",
    growth: -0.2,
    comparator: "<=",
    lowerIsBetter: true,
  });
});

test("years missing from the document come from the fallback", () => {
  const p = toPlan({ title: "", baseYear: null, targetYear: null, indicators: [] }, 2026);
  expect([p.title, p.baseYear, p.targetYear]).toEqual(["导入的规划指标", 2025, 2026]);
});

test("an annual plan keeps base = target − 1", () => {
  const p = toPlan({ title: "x", baseYear: 2012, targetYear: 2012, indicators: [] }, 2026);
  expect([p.baseYear, p.targetYear]).toEqual([2011, 2012]);
});

test("past figures of the base year become the rows' base", () => {
  const plan = toPlan(extractIndicators(readFileSync(join(DIR, "annual-mixed.txt"), "utf8")), 2026);
  expect([plan.baseYear, plan.targetYear]).toEqual([2018, 2019]);
  const row = (name: string) => plan.indicators.find((i) => i.name === name);
  expect(row("专利申请量")).toEqual({
    name: "专利申请量",
    unit: "万件",
    target: 0.5,
    growth: 0.18,
    comparator: ">=",
    base: 0.421,
    note: "基数取自文件中的2018年数据",
  });
  expect(row("发明专利申请量")?.base).toBe(1020);
  expect(row("万人发明专利拥有量")?.base).toBe(3.2);
  // A figure of another year is not a base.
  expect(row("专利权质押登记项目")?.base).toBeUndefined();
});

test("a start value (由2015年的1.12件提高到…) is the base of a plan based on 2015", () => {
  const plan = toPlan(
    extractIndicators(
      "某市专利事业发展规划(2016-2020年)\n每万人口发明专利拥有量由2015年的1.12件提高到2020年的3件。",
    ),
    2026,
  );
  expect(plan.indicators).toEqual([
    {
      name: "每万人口发明专利拥有量",
      unit: "件",
      target: 3,
      comparator: ">=",
      base: 1.12,
      note: "基数取自文件中的2015年数据",
    },
  ]);
});

test("a milestone (a year column between base and target) does not take the row's target", () => {
  const r = extractIndicators(
    "某县知识产权发展规划(2021-2025年)\n指标 | 2020年 | 2023年 | 2025年\n专利申请量(件) | 800 | 1000 | 1200",
  );
  const [row] = toPlan(r, 2026).indicators;
  expect([row.name, row.base, row.target]).toEqual(["专利申请量", 800, 1200]);
});
