import "./support/jsdomShims";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { TEMPLATES } from "../../src/model/templates/registry";
import { createTestHost } from "./support/testHost";
import type { Plan } from "../../src/core/plan";

function preview() {
  return within(screen.getByRole("region", { name: /^预览/ }));
}

describe("template gallery", () => {
  test("lists the five templates with their one-line descriptions, quarterly report first chosen", () => {
    render(<App host={createTestHost()} />);
    const group = within(screen.getByRole("radiogroup", { name: "模板" }));
    const radios = group.getAllByRole("radio");
    expect(radios).toHaveLength(5);
    for (const tpl of TEMPLATES) {
      expect(group.getByText(tpl.title.zh)).toBeTruthy();
      expect(group.getByText(tpl.description.zh)).toBeTruthy();
    }
    expect(group.getByRole("radio", { name: /县\(市\)区季度进展通报表/ })).toHaveProperty("checked", true);
  });

  test("with no plan yet the preview says it uses example data and draws the real sheet model", () => {
    render(<App host={createTestHost()} />);
    expect(screen.getByText("规划中还没有指标,预览使用示例数据。")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "预览:县(市)区季度进展通报表" })).toBeTruthy();
    // The quarterly report has one row per region of the (example) plan and a total row.
    for (const region of ["东城区", "西城县", "南湖区", "北山县"])
      expect(preview().getByText(region)).toBeTruthy();
    expect(preview().getByText("合计(全市)")).toBeTruthy();
    // Formula cells carry the native formula they will insert and show what it computes.
    const cells = screen.getByRole("region", { name: /^预览/ }).querySelectorAll("td[data-formula]");
    const formulas = [...cells].map((td) => td.getAttribute("title") ?? "");
    expect(formulas.length).toBeGreaterThan(5);
    expect(formulas.every((f) => f.startsWith("=") && !/PLAN\./.test(f))).toBe(true);
    expect(preview().queryByText("ƒx")).toBeNull();
  });

  test("the annual plan's preview shows the targets its formulas compute", async () => {
    const user = userEvent.setup();
    render(<App host={createTestHost()} />);
    await user.click(screen.getByRole("radio", { name: /年度工作推进计划指标表/ }));
    // Example: 专利申请量 320 件 +25%, at least 400 件 → 400; its quarters 100/200/300/400.
    const shown = [...screen.getByRole("region", { name: /^预览/ }).querySelectorAll("td[data-formula]")].map(
      (td) => td.textContent,
    );
    for (const v of ["400件", "100件", "200件", "300件"]) expect(shown).toContain(v);
  });

  test("choosing another template redraws the preview for it", async () => {
    const user = userEvent.setup();
    render(<App host={createTestHost()} />);
    await user.click(screen.getByRole("radio", { name: /重点任务分解表/ }));
    expect(screen.getByRole("heading", { name: "预览:重点任务分解表" })).toBeTruthy();
    expect(preview().getByText("开展专利导航试点")).toBeTruthy();
    expect(preview().getAllByText("市知识产权局").length).toBe(2);
    await user.click(screen.getByRole("radio", { name: /多年规划指标分解表/ }));
    expect(screen.getByRole("heading", { name: "预览:多年规划指标分解表" })).toBeTruthy();
    expect(preview().queryByText("开展专利导航试点")).toBeNull();
  });

  test("a valid plan of the user's own replaces the example data", async () => {
    const plan: Plan = {
      title: "2025年县域专利工作",
      baseYear: 2024,
      targetYear: 2025,
      regions: ["甲县", "乙区"],
      indicators: [{ name: "发明专利申请量", unit: "件", base: 46, growth: 0.3, target: 60 }],
    };
    render(<App host={createTestHost({ savedPlan: plan })} />);
    await screen.findByText("已从工作簿恢复规划“2025年县域专利工作”。");
    expect(screen.queryByText("规划中还没有指标,预览使用示例数据。")).toBeNull();
    expect(preview().getByText("甲县")).toBeTruthy();
    expect(preview().getByText("乙区")).toBeTruthy();
    expect(preview().queryByText("东城区")).toBeNull();
    expect(preview().getAllByText(/2025年县域专利工作/).length).toBeGreaterThan(0);
  });

  test("a template that cannot be built says why instead of showing a stale preview", () => {
    const failing = () => {
      throw new Error("模板生成失败:测试");
    };
    render(<App host={createTestHost()} build={failing} />);
    expect(screen.getByText(/无法预览:模板生成失败:测试/)).toBeTruthy();
    expect(screen.queryByRole("region", { name: /^预览/ })).toBeNull();
  });

  test("the gallery is usable in English", async () => {
    const user = userEvent.setup();
    render(<App host={createTestHost({ displayLanguage: "en-GB" })} />);
    const group = within(screen.getByRole("radiogroup", { name: "Templates" }));
    expect(group.getByText("Gap to target")).toBeTruthy();
    await user.click(group.getByRole("radio", { name: /Gap to target/ }));
    expect(screen.getByRole("heading", { name: "Preview: Gap to target" })).toBeTruthy();
    expect(screen.getByText("The plan has no indicators yet; the preview uses example data.")).toBeTruthy();
  });
});

test("while the plan has errors the example preview says the plan needs fixing", async () => {
  const user = userEvent.setup();
  render(<App host={createTestHost()} />);
  await user.click(screen.getByRole("tab", { name: "规划" }));
  const name = within(screen.getByRole("group", { name: "指标 1" })).getByRole("combobox", { name: "名称" });
  await user.type(name, "专利申请量");
  await user.click(screen.getByRole("tab", { name: "模板" }));
  expect(screen.getByText("规划中还有需要修正的地方(见“规划”),预览暂用示例数据。")).toBeTruthy();
  expect(preview().getByText("东城区")).toBeTruthy();
});
