import { indicatorNature, isAdditive } from "../../../src/core/indicatorNature";

const nature = (name: string, unit: string, extra: { lowerIsBetter?: boolean } = {}) =>
  indicatorNature({ name, unit, ...extra });

describe("indicatorNature", () => {
  it("reads flows: counts and amounts of the period", () => {
    expect(nature("专利申请总量", "件")).toBe("flow");
    expect(nature("发明专利申请量", "件")).toBe("flow");
    expect(nature("专利权质押融资额", "万元")).toBe("flow");
    expect(nature("培训企事业单位工作人员", "人(次)")).toBe("flow");
    expect(nature("新增贯标认证企业", "家")).toBe("flow");
  });
  it("reads stocks: levels that grow from the base", () => {
    expect(nature("有效发明专利拥有量", "件")).toBe("stock");
    expect(nature("商标有效注册量", "件")).toBe("stock");
    expect(nature("知识产权优势和示范企业", "家")).toBe("stock");
  });
  it("reads rates: ratios, shares, averages, scores and per-capita figures", () => {
    expect(nature("专利行政执法案件年度结案率", "%")).toBe("rate");
    expect(nature("知识产权保护社会满意度", "分")).toBe("rate");
    expect(nature("万人发明专利拥有量", "件")).toBe("rate");
    expect(nature("专利侵权纠纷案件平均办理周期", "天", { lowerIsBetter: true })).toBe("rate");
    expect(nature("知识产权密集型产业增加值占GDP比重", "%")).toBe("rate");
  });
  it("lets the plan say what the name cannot", () => {
    expect(indicatorNature({ name: "知识产权优势企业", unit: "家", nature: "flow" })).toBe("flow");
    expect(indicatorNature({ name: "专利申请量", unit: "件", nature: "stock" })).toBe("stock");
  });
  it("adds regions up for flows and stocks, never for rates", () => {
    expect(isAdditive({ name: "专利申请量", unit: "件" })).toBe(true);
    expect(isAdditive({ name: "有效发明专利拥有量", unit: "件" })).toBe(true);
    expect(isAdditive({ name: "结案率", unit: "%" })).toBe(false);
    expect(isAdditive({ name: "万人发明专利拥有量", unit: "件" })).toBe(false);
  });
});
