/** The pane's plain modules: plan storage format, typed numbers, pasted lists, selection
 * tables, preview number formats. */
import type { Plan } from "../../src/core/plan";
import { planFromJson, planFromXml, planToXml, PLAN_XML_NAMESPACE } from "../../src/office/planXml";
import { toHostError } from "../../src/office/officeErrors";
import { formatPercent, parseNumber, parsePercent, parseYear } from "../../src/taskpane/plan/numberText";
import { parseRegions } from "../../src/taskpane/plan/regions";
import { indicatorsFromTable } from "../../src/taskpane/plan/indicatorsFromTable";
import { formatCellValue } from "../../src/taskpane/plan/cellText";
import { draftToPlan, planToDraft } from "../../src/taskpane/plan/planDraft";
import { issueLabel } from "../../src/taskpane/plan/issueLabel";
import { langFromDisplayLanguage } from "../../src/taskpane/i18n";
import { serialFromIso } from "../../src/core/excelDate";

const PLAN: Plan = {
  title: 'A&B <县> "计划" ]]> 2025',
  baseYear: 2024,
  targetYear: 2025,
  regions: ["东城区", "O'Brien & Co"],
  tasks: [{ name: "任务<1>", lead: "局", partners: ["甲", "乙"], deadline: "2025-06-30" }],
  indicators: [
    { name: "专利申请量", unit: "件", base: 320, growth: 0.25, target: 400, comparator: ">" },
    { name: "平均处理周期", unit: "天", base: 90, target: 60, lowerIsBetter: true, comparator: "<=" },
  ],
};

describe("plan in the workbook (custom XML part)", () => {
  test("round-trips any text, markup characters included", () => {
    const xml = planToXml(PLAN);
    expect(xml).toContain(`xmlns="${PLAN_XML_NAMESPACE}"`);
    expect(new DOMParser().parseFromString(xml, "application/xml").querySelector("parsererror")).toBeNull();
    expect(planFromXml(xml)).toEqual(PLAN);
  });

  test("reads a part Excel re-serialised with entities", () => {
    const json = JSON.stringify(PLAN)
      .replace(/"/g, "&quot;")
      .replace(/&(?!quot;)/g, "&amp;")
      .replace(/</g, "&#60;");
    expect(planFromXml(`<plan xmlns="${PLAN_XML_NAMESPACE}">${json}</plan>`)).toEqual(PLAN);
  });

  test("a damaged or foreign part gives no plan rather than an error", () => {
    expect(planFromXml("<other/>")).toBeNull();
    expect(planFromXml(`<plan xmlns="${PLAN_XML_NAMESPACE}">{not json</plan>`)).toBeNull();
    expect(planFromJson('{"title": 3}')).toBeNull();
    expect(planFromJson("[]")).toBeNull();
  });
});

describe("the editor's draft", () => {
  test("a plan survives draft and back, including fields the editor does not show", () => {
    const withActual: Plan = {
      ...PLAN,
      indicators: [
        { ...PLAN.indicators[0], actual: 210, asOf: "2025-06-30", note: "示意" },
        PLAN.indicators[1],
      ],
    };
    const { plan, errors } = draftToPlan(planToDraft(withActual));
    expect(errors).toEqual({});
    expect(plan).toEqual(withActual);
  });

  test("rates keep their value through percent text (no float noise)", () => {
    expect(formatPercent(0.07)).toBe("7");
    expect(formatPercent(0.145)).toBe("14.5");
    expect(parsePercent("7").ok && parsePercent("7")).toEqual({ ok: true, value: 0.07 });
    expect(parsePercent("14.5%")).toEqual({ ok: true, value: 0.145 });
  });
});

describe("typed numbers and years", () => {
  test("accepts thousands separators, full-width digits and blanks", () => {
    expect(parseNumber("1,234.5")).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber("１２３")).toEqual({ ok: true, value: 123 });
    expect(parseNumber("  ")).toEqual({ ok: true, value: undefined });
    expect(parseNumber("-0.5")).toEqual({ ok: true, value: -0.5 });
  });
  test("refuses words and units", () => {
    expect(parseNumber("三百").ok).toBe(false);
    expect(parseNumber("400件").ok).toBe(false);
    expect(parseNumber("1.2.3").ok).toBe(false);
  });
  test("years are four digits", () => {
    expect(parseYear("2025")).toBe(2025);
    expect(parseYear("25")).toBeUndefined();
    expect(parseYear("２０２５")).toBe(2025);
  });
});

test("pasted region lists split on lines, tabs, commas, 、 and semicolons, once each", () => {
  expect(parseRegions("东城区\t西城县,南湖区、北山县；东城区\r\n\n 高新区 ")).toEqual([
    "东城区",
    "西城县",
    "南湖区",
    "北山县",
    "高新区",
  ]);
});

describe("indicators from a selected range", () => {
  test("without a header the columns are name, unit, base, target", () => {
    expect(
      indicatorsFromTable([
        ["专利申请量", "件", 320, 400],
        ["满意度", "", "85", "90"],
        [2024, "件", 1, 2],
      ]),
    ).toEqual([
      { name: "专利申请量", unit: "件", base: 320, target: 400 },
      { name: "满意度", unit: "%", base: 85, target: 90 },
    ]);
  });

  test("header words place the columns, whatever their order", () => {
    expect(
      indicatorsFromTable([
        ["目标值", "年均增长率", "指标", "基数"],
        [60, "10%", "发明专利申请量", 40],
      ]),
    ).toEqual([{ name: "发明专利申请量", unit: "件", target: 60, cagr: 0.1, base: 40 }]);
  });

  test("a catalogue indicator where less is better is marked so", () => {
    expect(indicatorsFromTable([["专利侵权纠纷平均处理周期", "", 90, 60]])[0].lowerIsBetter).toBe(true);
  });
});

describe("preview number formats", () => {
  test("percent, decimals, thousands, quoted units and dates", () => {
    expect(formatCellValue(0.256, "0.0%")).toBe("25.6%");
    expect(formatCellValue(1234567, "#,##0")).toBe("1,234,567");
    expect(formatCellValue(400, '#,##0"件"')).toBe("400件");
    expect(formatCellValue(8.25, "0.00")).toBe("8.25");
    expect(formatCellValue(serialFromIso("2012-09-30")!, "yyyy-mm-dd")).toBe("2012-09-30");
    expect(formatCellValue("文字", "0.0%")).toBe("文字");
    expect(formatCellValue(null)).toBe("");
  });
});

test("issue paths read as the editor's labels", () => {
  expect(issueLabel("indicators.2.base", "zh")).toBe("指标 3 基期值");
  expect(issueLabel("tasks.0.name", "zh")).toBe("任务 1 任务");
  expect(issueLabel("targetYear", "en")).toBe("Target year");
});

test("Office's display language picks Chinese for zh-* only", () => {
  expect(langFromDisplayLanguage("zh-CN")).toBe("zh");
  expect(langFromDisplayLanguage("zh-TW")).toBe("zh");
  expect(langFromDisplayLanguage("en-US")).toBe("en");
  expect(langFromDisplayLanguage("fr-FR")).toBe("en");
  expect(langFromDisplayLanguage(undefined)).toBe("en");
});

describe("host errors in plain words", () => {
  test("a protected sheet", () => {
    const e = toHostError({
      code: "AccessDenied",
      message: "The cell or chart you're trying to change is on a protected sheet.",
    });
    expect(e.code).toBe("protected");
    expect(e.text("zh")).toMatch(/工作表受保护/);
  });
  test("a missing Excel feature", () => {
    const e = toHostError({
      code: "ApiNotFound",
      message: "The API you are trying to use could not be found.",
    });
    expect(e.code).toBe("unsupported");
    expect(e.text("zh")).toMatch(/当前 Excel 版本缺少所需功能/);
  });
  test("anything else keeps the host's message", () => {
    const e = toHostError(new Error("boom"));
    expect(e.code).toBe("unknown");
    expect(e.text("en")).toBe("The operation did not complete: boom");
  });
});
