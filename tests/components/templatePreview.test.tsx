import "./support/jsdomShims";
import { render, screen, within } from "@testing-library/react";
import type { Plan } from "../../src/core/plan";
import { colName } from "../../src/model/a1";
import { STAMP_PREFIX } from "../../src/model/stamp";
import { buildTemplate, TEMPLATE_IDS } from "../../src/model/templates";
import { TemplatePreview } from "../../src/taskpane/components/TemplatePreview";
import { formatCellValue } from "../../src/taskpane/plan/cellText";

// Small enough that every template's stamp column falls inside the columns a preview shows.
const PLAN: Plan = {
  title: "2025年专利工作",
  baseYear: 2024,
  targetYear: 2025,
  regions: ["甲县"],
  tasks: [{ name: "开展专利导航试点", lead: "市知识产权局" }],
  indicators: [{ name: "专利申请量", unit: "件", base: 320, growth: 0.25, target: 400 }],
};

describe("template preview", () => {
  test.each(TEMPLATE_IDS)("%s: the hidden stamp cell and its column are not shown", (id) => {
    const model = buildTemplate(id, PLAN, { lang: "zh" });
    const stampCol = model.stampCell!.col;
    expect(String(model.cells[0][stampCol]?.value)).toContain(STAMP_PREFIX.trim());
    render(<TemplatePreview model={model} lang="zh" label="预览" />);
    const region = screen.getByRole("region", { name: "预览" });
    expect(region.textContent).not.toContain(STAMP_PREFIX.trim());
    const heads = within(region)
      .getAllByRole("columnheader")
      .map((th) => th.textContent)
      .filter(Boolean);
    const width = Math.max(...model.cells.map((r) => r.length));
    const expected = Array.from({ length: width }, (_, c) => c)
      .filter((c) => c !== stampCol)
      .slice(0, 14)
      .map((c) => colName(model.origin.col + c));
    expect(heads).toEqual(expected);
    expect(heads).not.toContain(colName(model.origin.col + stampCol));
  });

  test("the stamp column of a small plan's quarterly report lies within the columns shown", () => {
    // So the test above sees hiding at work, not a stamp that was beyond the preview anyway.
    expect(buildTemplate("quarterly-report", PLAN, { lang: "zh" }).stampCell!.col).toBeLessThan(14);
    expect(buildTemplate("task-breakdown", PLAN, { lang: "zh" }).stampCell!.col).toBeLessThan(14);
  });

  test("a cell formatted ;;; shows nothing, as in Excel, whatever it holds", () => {
    expect(formatCellValue(`${STAMP_PREFIX}{"t":"annual-plan"}`, ";;;")).toBe("");
    expect(formatCellValue(12.5, ";;;")).toBe("");
    expect(formatCellValue(0.25, "0.0%")).toBe("25.0%");
  });
});
