import "./support/jsdomShims";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { Plan } from "../../src/core/plan";
import { createTestHost, type TestHostOptions } from "./support/testHost";

function setup(opts: TestHostOptions = {}) {
  const host = createTestHost(opts);
  const user = userEvent.setup();
  render(<App host={host} />);
  return { host, user };
}

/** The open editor of indicator n (the list opens one indicator at a time). */
function indicator(n: number) {
  return within(screen.getByRole("group", { name: `指标 ${n}` }));
}

async function openIndicator(user: ReturnType<typeof userEvent.setup>, n: number) {
  const toggle = screen.getByRole("button", { name: new RegExp(`^指标 ${n}:`) });
  if (toggle.getAttribute("aria-expanded") !== "true") await user.click(toggle);
  return indicator(n);
}

function previewFormulaTexts(): (string | null)[] {
  return [...screen.getByRole("region", { name: /^预览/ }).querySelectorAll("td[data-formula]")].map(
    (td) => td.textContent,
  );
}

async function typePlan(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("tab", { name: "规划" }));
  await user.type(screen.getByRole("textbox", { name: /规划名称/ }), "2025年专利工作");
  await user.type(indicator(1).getByRole("combobox", { name: "名称" }), "专利申请量");
  await user.type(indicator(1).getByRole("textbox", { name: "单位" }), "件");
  await user.type(indicator(1).getByRole("textbox", { name: "基期值" }), "320");
  await user.type(indicator(1).getByRole("textbox", { name: "增长率(%)" }), "25");
  await user.type(screen.getByRole("textbox", { name: /县\(市\)区 ·/ }), "东城区");
}

describe("the indicator's nature in the plan editor", () => {
  test("automatic shows what the unit and name make of it: a rate for 结案率 (%), a flow for 申请量", async () => {
    const { user } = setup();
    await typePlan(user);
    await user.click(screen.getByRole("combobox", { name: "从常用指标添加" }));
    await user.click(screen.getByRole("option", { name: "专利行政执法结案率(%)" }));

    // The indicator just added is the one open.
    const rate = indicator(2).getByRole("combobox", { name: "性质" });
    expect(rate.textContent).toBe("自动:比率");
    // The hint describes the choice to screen readers; the info button shows it to the eye.
    expect(rate.getAttribute("aria-describedby")).toBeTruthy();
    expect(
      document.getElementById(rate.getAttribute("aria-describedby")!.split(" ")[0])?.textContent,
    ).toContain("比率:任何时候都按目标衡量(结案率、满意度)");
    expect(indicator(2).getByRole("button", { name: /^性质/ })).toBeTruthy();

    const first = await openIndicator(user, 1);
    const flow = first.getByRole("combobox", { name: "性质" });
    expect(flow.textContent).toBe("自动:累计量");

    // Automatic follows the row as typed: a % unit makes 专利申请量 a rate too.
    const unit = first.getByRole("textbox", { name: "单位" });
    await user.clear(unit);
    await user.type(unit, "%");
    expect(flow.textContent).toBe("自动:比率");
  });

  test("automatic leaves nature out of the plan; choosing 存量 puts nature: stock into the inserted and saved plan and the preview", async () => {
    const { host, user } = setup();
    await typePlan(user);

    // Keyboard only: open the dropdown, move to 存量, choose it.
    const nature = indicator(1).getByRole("combobox", { name: "性质" });
    act(() => nature.focus());
    await user.keyboard("{Enter}");
    expect(screen.getByRole("option", { name: "自动:累计量" }).getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(nature.textContent).toBe("存量");

    await user.click(screen.getByRole("tab", { name: "插入" }));
    await user.click(screen.getByRole("button", { name: "插入" }));
    await screen.findByText(/^已插入/);
    expect(host.inserts[0].plan.indicators).toEqual([
      { name: "专利申请量", unit: "件", base: 320, growth: 0.25, comparator: ">=", nature: "stock" },
    ]);
    await waitFor(() => expect(host.saved.at(-1)?.indicators[0].nature).toBe("stock"), { timeout: 3000 });

    // A stock's quarters run from its base: 320 → 400 is 340/360/380/400, not 100/200/300/400.
    await user.click(screen.getByRole("tab", { name: "模板" }));
    await user.click(screen.getByRole("radio", { name: /年度工作推进计划指标表/ }));
    expect(previewFormulaTexts()).toEqual(expect.arrayContaining(["340件", "360件", "380件", "400件"]));
    expect(previewFormulaTexts()).not.toContain("100件");

    // Back to automatic: nature leaves the plan again and the quarters are shares of the year.
    await user.click(screen.getByRole("tab", { name: "规划" }));
    await user.click(indicator(1).getByRole("combobox", { name: "性质" }));
    await user.click(screen.getByRole("option", { name: "自动:累计量" }));
    await user.click(screen.getByRole("tab", { name: "插入" }));
    await user.click(screen.getByRole("button", { name: "插入" }));
    await waitFor(() => expect(host.inserts).toHaveLength(2));
    expect(host.inserts[1].plan.indicators[0]).not.toHaveProperty("nature");
    await user.click(screen.getByRole("tab", { name: "模板" }));
    expect(previewFormulaTexts()).toEqual(expect.arrayContaining(["100件", "200件", "300件", "400件"]));
  });

  test("a nature saved in the workbook is shown as chosen and kept when the plan is saved again", async () => {
    jest.useFakeTimers({ advanceTimers: true });
    try {
      const saved: Plan = {
        title: "十四五规划",
        baseYear: 2020,
        targetYear: 2025,
        indicators: [{ name: "专利申请量", unit: "件", base: 300, target: 400, nature: "rate" }],
      };
      const { host, user } = setup({ savedPlan: saved, displayLanguage: "en-US" });
      await screen.findByText(/Restored the plan/);
      await user.click(screen.getByRole("tab", { name: "Plan" }));
      const group = within(screen.getByRole("group", { name: "Indicator 1" }));
      expect(group.getByRole("combobox", { name: "Nature" }).textContent).toBe("Rate");
      await user.click(group.getByRole("combobox", { name: "Nature" }));
      expect(screen.getByRole("option", { name: "Auto: flow" })).toBeTruthy();
      await user.click(screen.getByRole("option", { name: "Rate" }));
      await user.type(group.getByRole("textbox", { name: "Base value" }), "0");
      await act(async () => {
        jest.advanceTimersByTime(1000);
      });
      await waitFor(() => expect(host.saved.length).toBeGreaterThan(0));
      expect(host.saved.at(-1)?.indicators[0]).toMatchObject({ base: 3000, nature: "rate" });
    } finally {
      jest.useRealTimers();
    }
  });
});
