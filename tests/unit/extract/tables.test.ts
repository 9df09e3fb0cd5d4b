/**
 * Indicator tables: the target column (目标, or the latest year) gives the target, the base column
 * a past figure; units come from the row label's brackets or a 单位 column; 以上/以内 in a cell
 * set the comparator.
 */
import { extractIndicators } from "../../../src/extract/extract";
import type { ExtractedIndicator } from "../../../src/extract/types";

const TITLE = "某县知识产权发展规划(2021-2025年)";
const row = (i: ExtractedIndicator) => [i.name, i.value, i.unit, i.comparator, i.historic ?? false];
const read = (...lines: string[]) => extractIndicators([TITLE, ...lines].join("\n")).indicators.map(row);

describe("indicator tables", () => {
  test("a qualified target cell (95以上, 30以内) is read, not skipped for the base value", () => {
    expect(
      read(
        "指标 | 2020年 | 2025年 | 属性",
        "商标案件结案率(%) | 88 | 96以上 | 约束性",
        "办案周期(天) | 50 | 30以内 | 约束性",
      ),
    ).toEqual([
      ["商标案件结案率", 0.88, "%", ">=", true],
      ["商标案件结案率", 0.96, "%", ">=", false],
      ["办案周期", 50, "天", "<=", true],
      ["办案周期", 30, "天", "<=", false],
    ]);
  });

  test("a 目标 column before the base column is still the target", () => {
    expect(read("指标\t2025年目标值\t2020年基期值", "商标注册量(万件)\t1.5\t0.9")).toEqual([
      ["商标注册量", 1.5, "万件", ">=", false],
      ["商标注册量", 0.9, "万件", ">=", true],
    ]);
  });

  test("table.milestone: a year between base and target is a milestone due that year", () => {
    const r = extractIndicators(
      [TITLE, "指标 | 2020年 | 2023年 | 2025年", "专利申请量(件) | 800 | 1000 | 1200"].join("\n"),
    ).indicators;
    expect(r.map((i) => [...row(i), i.targetYear])).toEqual([
      ["专利申请量", 800, "件", ">=", true, undefined],
      ["专利申请量", 1000, "件", ">=", false, 2023],
      ["专利申请量", 1200, "件", ">=", false, 2025],
    ]);
  });

  test("table.row-deadline: a task row's deadline inside the plan's period dates its targets", () => {
    const r = extractIndicators(
      [
        "某县养老服务体系建设行动方案(2024—2026年)",
        "序号 | 重点任务 | 具体目标 | 牵头单位 | 完成时限",
        "1 | 社区养老 | 新建社区养老服务站10个 | 县民政局 | 2024年底前",
        "2 | 护理床位 | 护理型床位占比达到65% | 县民政局 | 2026年12月底前",
      ].join("\n"),
    ).indicators;
    expect(r.map((i) => [i.value, i.targetYear])).toEqual([
      [10, 2024],
      [0.65, undefined],
    ]);
  });

  test("serial numbers and a 单位 column", () => {
    expect(
      read(
        "序号 | 指标 | 单位 | 2020年 | 2025年 | 属性",
        "1 | 有效发明专利拥有量 | 万件 | 1.2 | 2.5 | 预期性",
        "2 | 专利质押融资金额 | 亿元 | 3 | 8以上 | 预期性",
      ),
    ).toEqual([
      ["有效发明专利拥有量", 1.2, "万件", ">=", true],
      ["有效发明专利拥有量", 2.5, "万件", ">=", false],
      ["专利质押融资金额", 3, "亿元", ">=", true],
      ["专利质押融资金额", 8, "亿元", ">=", false],
    ]);
  });

  test("现状值 / 目标值 columns take the plan's years", () => {
    const r = extractIndicators(
      [TITLE, "指标名称\t现状值\t目标值\t属性", "发明专利占比(%)\t12\t≥20\t预期性"].join("\n"),
    ).indicators;
    expect(r.map((i) => [...row(i), i.targetYear])).toEqual([
      ["发明专利占比", 0.12, "%", ">=", true, undefined],
      ["发明专利占比", 0.2, "%", ">=", false, 2025],
    ]);
  });

  test("four-digit values in a row are not taken for a header of years", () => {
    expect(
      read("指标 | 2020年 | 2025年", "专利申请量(件) | 1800 | 2400", "商标申请量(件) | 3000 | 4500"),
    ).toEqual([
      ["专利申请量", 1800, "件", ">=", true],
      ["专利申请量", 2400, "件", ">=", false],
      ["商标申请量", 3000, "件", ">=", true],
      ["商标申请量", 4500, "件", ">=", false],
    ]);
  });

  test("a markdown rule line under the header keeps the table open", () => {
    expect(
      read(
        "| 指标名称 | 单位 | 2020年基期值 | 2025年目标值 |",
        "|----------|------|------|------|",
        "| 知识产权质押融资额 | 亿元 | 1.5 | [10] |",
      ),
    ).toEqual([
      ["知识产权质押融资额", 1.5, "亿元", ">=", true],
      ["知识产权质押融资额", 10, "亿元", ">=", false],
    ]);
  });

  test("the 指标 column is read wherever it is; 属性 cells are never names; target before base", () => {
    expect(
      read(
        "指标 | 属性 | 单位 | 2025年目标 | 2020年基数",
        "有效注册商标量 | 预期性 | 万件 | 12 | 8.6",
        "专利侵权案件结案率 | 约束性 | % | ≥95 | 90",
      ),
    ).toEqual([
      ["有效注册商标量", 12, "万件", ">=", false],
      ["有效注册商标量", 8.6, "万件", ">=", true],
      ["专利侵权案件结案率", 0.95, "%", ">=", false],
      ["专利侵权案件结案率", 0.9, "%", ">=", true],
    ]);
  });

  test("a (预计) year is the base; ≤ and 以上 in target cells; a 倍 unit is a multiple", () => {
    const r = extractIndicators(
      [
        "某市知识产权规划(2026-2030年)",
        "指标名称 | 单位 | 2025年(预计) | 2030年 | 属性",
        "PCT国际专利申请量 | 件 | 300 | 600以上 | 预期性",
        "行政裁决周期 | 天 | 80 | ≤50 | 约束性",
        "商标品牌价值 | 倍 | — | 2.1 | 预期性",
      ].join("\n"),
    ).indicators;
    expect(r.map((i) => [i.name, i.kind, i.comparator, i.value, i.unit, i.historic ?? false])).toEqual([
      ["PCT国际专利申请量", "level", ">=", 300, "件", true],
      ["PCT国际专利申请量", "level", ">=", 600, "件", false],
      ["行政裁决周期", "level", "<=", 80, "天", true],
      ["行政裁决周期", "level", "<=", 50, "天", false],
      ["商标品牌价值", "multiple", ">=", 2.1, "倍", false],
    ]);
  });

  test("rows separated by runs of spaces with a serial number and a unit column", () => {
    expect(
      read(
        "序号  指标名称  单位  2020年  2025年  属性",
        "1  每万人口发明专利拥有量  件  12.5  20  预期性",
        "2  专利密集型产业增加值占GDP比重  %  12  15以上  预期性",
      ),
    ).toEqual([
      ["每万人口发明专利拥有量", 12.5, "件", ">=", true],
      ["每万人口发明专利拥有量", 20, "件", ">=", false],
      ["专利密集型产业增加值占GDP比重", 0.12, "%", ">=", true],
      ["专利密集型产业增加值占GDP比重", 0.15, "%", ">=", false],
    ]);
  });

  test("a task table without year columns reads each row as prose, cell by cell, citing the row", () => {
    const r = extractIndicators(
      [
        "某区2026年知识产权工作任务分解表",
        "序号 | 工作任务 | 目标要求 | 牵头单位 | 完成时限",
        "1 | 商标注册量 | 达到3000件 | 区市场监管局 | 2026年12月底",
        "2 | 培育商标品牌示范企业 | 新增4家 | 区商务局 | 2026年10月底",
        "3 | 组织商标品牌培训 | 不少于6场 | 区市场监管局 | 全年",
      ].join("\n"),
    );
    expect([r.title, r.baseYear, r.targetYear]).toEqual(["某区2026年知识产权工作任务分解表", 2025, 2026]);
    expect(r.indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.source])).toEqual([
      ["商标注册量", ">=", 3000, "件", "1 | 商标注册量 | 达到3000件 | 区市场监管局 | 2026年12月底"],
      ["新增商标品牌示范企业", ">=", 4, "家", "2 | 培育商标品牌示范企业 | 新增4家 | 区商务局 | 2026年10月底"],
      ["商标品牌培训", ">=", 6, "场", "3 | 组织商标品牌培训 | 不少于6场 | 区市场监管局 | 全年"],
    ]);
  });
});
