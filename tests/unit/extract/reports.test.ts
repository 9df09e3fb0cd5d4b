/**
 * Progress reports in notices and plans: figures already reached are past figures (historic),
 * while the targets written in the same words are still targets.
 */
import { extractIndicators } from "../../../src/extract/extract";
import type { ExtractedIndicator } from "../../../src/extract/types";

const flags = (text: string) =>
  extractIndicators(text).indicators.map((i: ExtractedIndicator) => [i.name, i.value, i.historic ?? false]);

describe("figures already reached", () => {
  test("a part of the year that has run: 上半年, 1—9月", () => {
    expect(flags("上半年,全市商标申请量达到5200件,同比增长9%;地理标志商标14件。")).toEqual([
      ["商标申请量", 5200, true],
      ["商标申请量", 0.09, true],
      ["地理标志商标", 14, true],
    ]);
    expect(flags("1—9月,全县实现专利权质押融资3.4亿元,同比增长18%。")).toEqual([
      ["专利权质押融资", 3.4, true],
      ["专利权质押融资", 0.18, true],
    ]);
  });

  test("a goal reported as met makes the whole sentence past", () => {
    expect(flags("全县有效发明专利拥有量980件,每万人口发明专利拥有量6.1件,均超额完成年度任务。")).toEqual([
      ["有效发明专利拥有量", 980, true],
      ["每万人口发明专利拥有量", 6.1, true],
    ]);
  });

  test("已 + a verb of result is past; 已完成…的 qualifies a target's subject", () => {
    expect(flags("全市已认定国家知识产权示范企业12家。")).toEqual([["国家知识产权示范企业", 12, true]]);
    expect(flags("已完成贯标的企业达到100家。").map((r) => r[2])).toEqual([false]);
  });

  test("实现 a figure compared with the year before, with no commitment word, is a report", () => {
    expect(flags("全年实现版权登记量2.1万件,同比增长16%,服务企业420家。").map((r) => r[2])).toEqual([
      true,
      true,
      true,
    ]);
  });

  test("a section headed 完成情况 or a past year's 工作 is past; the 目标 section is not", () => {
    expect(
      flags(
        [
          "关于下达2026年知识产权工作目标的通知",
          "一、2025年工作完成情况",
          "全市专利授权量达到2.6万件,商标注册量增长7%。",
          "二、2026年工作目标",
          "全市专利授权量达到2.9万件。",
        ].join("\n"),
      ),
    ).toEqual([
      ["专利授权量", 2.6, true],
      ["商标注册量", 0.07, true],
      ["专利授权量", 2.9, false],
    ]);
  });
});

describe("a progress report document", () => {
  test("its figures are past until it turns to what comes next", () => {
    expect(
      flags(
        [
          "关于2026年一季度全县商标工作情况的通报",
          "一季度,全县商标注册申请量2100件,同比增长6%。",
          "有效注册商标总量3.2万件。",
          "下一步,全县将重点抓好以下工作:",
          "全年商标注册申请量力争达到9000件。",
        ].join("\n"),
      ),
    ).toEqual([
      ["商标注册申请量", 2100, true],
      ["商标注册申请量", 0.06, true],
      ["有效注册商标总量", 3.2, true],
      ["商标注册申请量", 9000, false],
    ]);
  });
});

describe("national figures quoted for comparison", () => {
  test("全国… is a reference figure; a national title of a local unit is counted", () => {
    expect(flags("全国每万人口发明专利拥有量达到15.8件。")).toEqual([["每万人口发明专利拥有量", 15.8, true]]);
    expect(flags("从全国看,2020年全国专利商标质押融资总额达到2180亿元。")).toEqual([
      ["专利商标质押融资总额", 2180, true],
    ]);
    expect(flags("全国版权示范单位达到3家。")).toEqual([["版权示范单位", 3, false]]);
  });
});

describe("targets in the same words stay targets", () => {
  test("under 主要目标 or 重点任务, 实现…同比增长 and 上半年… are targets", () => {
    const text = [
      "某县2026年知识产权工作要点",
      "一、主要目标",
      "全年实现知识产权质押融资3亿元,同比增长15%。",
      "二、重点任务",
      "(一)强化运用。全年实现专利转让许可420次,同比增长10%。上半年专利申请量达到2000件。",
    ].join("\n");
    expect(flags(text).map((r) => r[2])).toEqual([false, false, false, false, false]);
  });

  test.each([
    ["全年专利申请量不少于8000件,同比增长15%。", 2],
    ["力争上半年专利申请量达到4000件。", 1],
    ["确保超额完成年度目标,专利授权量达到5000件。", 1],
    ["到2026年,知识产权质押融资金额实现翻番。", 1],
  ])("%s", (text, n) => {
    const r = flags(text);
    expect(r).toHaveLength(n);
    expect(r.every((i) => i[2] === false)).toBe(true);
  });
});
