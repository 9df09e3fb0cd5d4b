import "./support/jsdomShims";
import { TextDecoder as NodeTextDecoder } from "util";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { Plan } from "../../src/core/plan";
import { createTestHost } from "./support/testHost";

// The import screen decodes files with TextDecoder, which jsdom lacks.
const g = globalThis as unknown as { TextDecoder?: unknown };
g.TextDecoder ??= NodeTextDecoder;

const PLAN: Plan = {
  title: "2025年专利工作",
  baseYear: 2024,
  targetYear: 2025,
  indicators: [{ name: "专利申请量", unit: "件", base: 320, growth: 0.25 }],
};

describe("the pane's notices", () => {
  test("outside Office a restored plan is said to come from this browser, in either language", async () => {
    const user = userEvent.setup();
    render(<App host={createTestHost({ inOffice: false, savedPlan: PLAN })} />);
    expect(await screen.findByText("已从此浏览器恢复规划“2025年专利工作”。")).toBeTruthy();
    expect(screen.queryByText(/从工作簿恢复/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "切换到英文界面" }));
    expect(screen.getByText("Restored the plan “2025年专利工作” from this browser.")).toBeTruthy();
    expect(screen.queryByText(/已从此浏览器恢复/)).toBeNull();
  });

  test("inside Office it came from the workbook, and the notice follows a language switch", async () => {
    const user = userEvent.setup();
    render(<App host={createTestHost({ savedPlan: PLAN })} />);
    expect(await screen.findByText("已从工作簿恢复规划“2025年专利工作”。")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "切换到英文界面" }));
    expect(screen.getByText("Restored the plan “2025年专利工作” from the workbook.")).toBeTruthy();
  });

  test("the 已导入 banner is reworded when the language is switched", async () => {
    const user = userEvent.setup();
    render(<App host={createTestHost()} />);
    await user.click(screen.getByRole("tab", { name: "导入" }));
    const area = await screen.findByRole("textbox", { name: "规划文本" });
    fireEvent.change(area, { target: { value: "到2025年,全市专利申请量达到500件。" } });
    await user.click(screen.getByRole("button", { name: "识别指标" }));
    await user.click(await screen.findByRole("button", { name: /^导入选中的 1 项/ }));
    expect(await screen.findByText("已导入 1 个指标,请核对后插入。")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "切换到英文界面" }));
    expect(screen.getByText("Imported 1 indicators; check them before inserting.")).toBeTruthy();
    expect(screen.queryByText(/已导入/)).toBeNull();
  });
});
