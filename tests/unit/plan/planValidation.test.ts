import { validatePlan, formatIssue } from "../../../src/core/planValidation";

const good = {
  title: "2012年达州市专利工作推进计划",
  baseYear: 2011,
  targetYear: 2012,
  regions: ["通川区", "达川区"],
  tasks: [{ name: "专利消零", lead: "市知识产权局", partners: ["市科技局"], deadline: "2012-12-31" }],
  indicators: [
    { name: "专利申请量", unit: "件", base: 320, target: 400, growth: 0.25, comparator: ">=" },
    { name: "结案周期", unit: "天", base: 60, growth: -0.2, lowerIsBetter: true, comparator: "<=" },
  ],
};

function errors(input: unknown): string[] {
  return validatePlan(input)
    .issues.filter((i) => i.severity === "error")
    .map((i) => i.path);
}

describe("validatePlan", () => {
  it("accepts a good plan and returns it typed", () => {
    const r = validatePlan(good);
    expect(errors(good)).toEqual([]);
    expect(r.plan?.indicators[1].lowerIsBetter).toBe(true);
    expect(r.plan?.tasks?.[0].partners).toEqual(["市科技局"]);
  });
  it("names the field of each error", () => {
    const bad = structuredClone(good) as Record<string, unknown>;
    const inds = bad.indicators as Record<string, unknown>[];
    inds[0].growth = "25%";
    inds[1].comparator = ">=";
    expect(errors(bad)).toEqual(["indicators[0].growth", "indicators[1].comparator"]);
    expect(validatePlan(bad).plan).toBeUndefined();
  });
  it("rejects missing title, reversed years, duplicate regions and indicators, bad dates", () => {
    expect(errors({ ...good, title: " " })).toEqual(["title"]);
    expect(errors({ ...good, targetYear: 2011 })).toEqual(["targetYear"]);
    expect(errors({ ...good, regions: ["通川区", "通川区"] })).toEqual(["regions[1]"]);
    expect(errors({ ...good, indicators: [good.indicators[0], good.indicators[0]] })).toEqual([
      "indicators[1].name",
    ]);
    expect(errors({ ...good, tasks: [{ name: "a", lead: "b", deadline: "2012-02-30" }] })).toEqual([
      "tasks[0].deadline",
    ]);
    expect(errors({ ...good, indicators: [] })).toEqual(["indicators"]);
    expect(errors({ ...good, indicators: [{ name: "x", unit: "件", growth: -1 }] })).toEqual([
      "indicators[0].growth",
    ]);
    expect(errors({ ...good, indicators: [{ name: "x", unit: "件", base: -3 }] })).toEqual([
      "indicators[0].base",
    ]);
    expect(errors({ ...good, indicators: [{ name: "x", unit: "件", multiple: 0 }] })).toEqual([
      "indicators[0].multiple",
    ]);
    expect(errors("nope")).toEqual([""]);
  });
  it("warns about growth without a base and unknown fields, without rejecting", () => {
    const r = validatePlan({ ...good, extra: 1, indicators: [{ name: "x", unit: "件", growth: 0.1 }] });
    expect(r.plan).toBeDefined();
    expect(r.issues.map((i) => i.path)).toEqual(["extra", "indicators[0].base", "indicators[0].target"]);
  });
  it("formats one line per issue", () => {
    const [issue] = validatePlan({ ...good, baseYear: "2011" }).issues;
    expect(formatIssue(issue, "en")).toBe("baseYear: must be a year between 1900 and 2200");
    expect(formatIssue(issue, "zh")).toContain("baseYear: ");
  });
});

describe("属性 and milestones (issue 11)", () => {
  it("keeps binding (约束性/预期性) and a milestone's quarter, and names a bad quarter", () => {
    const plan = structuredClone(good) as { indicators: Record<string, unknown>[] };
    plan.indicators[0].binding = true;
    plan.indicators[1].binding = false;
    plan.indicators[0].quarter = 2;
    const r = validatePlan(plan);
    expect([
      r.plan?.indicators[0].binding,
      r.plan?.indicators[1].binding,
      r.plan?.indicators[0].quarter,
    ]).toEqual([true, false, 2]);
    plan.indicators[0].quarter = 5;
    plan.indicators[1].binding = "约束性";
    expect(errors(plan)).toEqual(["indicators[0].quarter", "indicators[1].binding"]);
  });
});
