import "./support/jsdomShims";
import { render, screen, within, waitFor, act } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { HostError } from "../../src/host/port";
import type { Plan } from "../../src/core/plan";
import { createTestHost, type TestHostOptions } from "./support/testHost";

function setup(opts: TestHostOptions = {}) {
  const host = createTestHost(opts);
  const user = userEvent.setup();
  render(<App host={host} />);
  return { host, user };
}

async function openTab(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole("tab", { name }));
}

/** The open editor of indicator n (one is open at a time). */
function indicator(n: number) {
  return within(screen.getByRole("group", { name: `指标 ${n}` }));
}

/** Indicator n's line in the list: its open/close button names it. */
function lineButton(n: number) {
  return screen.getByRole("button", { name: new RegExp(`^指标 ${n}:`) });
}

function line(n: number) {
  return within(lineButton(n).closest("li") as HTMLElement);
}

async function openIndicator(user: ReturnType<typeof userEvent.setup>, n: number) {
  if (lineButton(n).getAttribute("aria-expanded") !== "true") await user.click(lineButton(n));
  return indicator(n);
}

async function fillValidPlan(user: ReturnType<typeof userEvent.setup>, regions = "东城区") {
  await openTab(user, "规划");
  await user.type(screen.getByRole("textbox", { name: /规划名称/ }), "2025年专利工作");
  const first = indicator(1);
  await user.type(first.getByRole("combobox", { name: "名称" }), "专利申请量");
  await user.type(first.getByRole("textbox", { name: "单位" }), "件");
  await user.type(first.getByRole("textbox", { name: "基期值" }), "320");
  await user.type(first.getByRole("textbox", { name: "增长率(%)" }), "25");
  if (regions) await user.type(screen.getByRole("textbox", { name: /县\(市\)区 ·/ }), regions);
}

describe("plan editor", () => {
  test("a number field with text shows the reason inline and blocks inserting", async () => {
    const { host, user } = setup();
    await fillValidPlan(user);
    const base = indicator(1).getByRole("textbox", { name: "基期值" });
    await user.clear(base);
    await user.type(base, "三百二");
    expect(within(base.closest(".fui-Field") as HTMLElement).getByText("请输入数字")).toBeTruthy();
    expect(base.getAttribute("aria-invalid")).toBe("true");

    await openTab(user, "插入");
    expect(screen.getByText("规划中有 1 处需要修正,修正后才能插入。")).toBeTruthy();
    expect(screen.getByText(/指标 1 基期值:请输入数字/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "插入" }) as HTMLButtonElement).disabled).toBe(true);
    expect(host.inserts).toHaveLength(0);

    await user.click(screen.getByText("去修改"));
    const fixed = indicator(1).getByRole("textbox", { name: "基期值" });
    await user.clear(fixed);
    await user.type(fixed, "320");
    expect(screen.queryByText("请输入数字")).toBeNull();
    await openTab(user, "插入");
    expect((screen.getByRole("button", { name: "插入" }) as HTMLButtonElement).disabled).toBe(false);
  });

  test("a missing title and a target year before the base year are named at their fields", async () => {
    const { user } = setup();
    await openTab(user, "规划");
    expect(screen.getByText("请填写规划名称")).toBeTruthy();
    const target = screen.getByRole("textbox", { name: /目标年份/ });
    await user.clear(target);
    await user.type(target, "2020");
    const base = screen.getByRole("textbox", { name: /基期年份/ });
    await user.clear(base);
    await user.type(base, "2024");
    expect(screen.getByText("目标年份应晚于基准年份")).toBeTruthy();
    await user.clear(base);
    await user.type(base, "20x4");
    expect(screen.getByText("请输入四位年份,如 2025")).toBeTruthy();
  });

  test("the same indicator twice is an error on the second one", async () => {
    const { user } = setup();
    await fillValidPlan(user);
    await user.click(screen.getByRole("button", { name: "添加指标" }));
    await user.type(indicator(2).getByRole("combobox", { name: "名称" }), "专利申请量");
    await user.type(indicator(2).getByRole("textbox", { name: "目标值" }), "400");
    expect(indicator(2).getByText("指标“专利申请量”重复")).toBeTruthy();
    // Indicator 1 is closed now; its line says it has nothing to fix, the second's says 1.
    expect(screen.queryByRole("group", { name: "指标 1" })).toBeNull();
    expect(line(1).queryByText(/处问题/)).toBeNull();
    expect(line(2).getByText(/1 处问题/)).toBeTruthy();
    expect((await openIndicator(user, 1)).queryByText(/重复/)).toBeNull();
  });

  test("a growth rate of -100% or less is refused in percentage words", async () => {
    const { user } = setup();
    await fillValidPlan(user);
    const growth = indicator(1).getByRole("textbox", { name: "增长率(%)" });
    await user.clear(growth);
    await user.type(growth, "-120");
    expect(indicator(1).getByText("增长率应大于 -100%")).toBeTruthy();
  });

  test("the catalogue adds an indicator with its usual unit, and rows move and go", async () => {
    const { user } = setup();
    await fillValidPlan(user);
    await user.click(screen.getByRole("combobox", { name: "从常用指标添加" }));
    await user.click(screen.getByRole("option", { name: "专利权质押融资额(万元)" }));
    expect(indicator(2).getByRole("combobox", { name: "名称" })).toHaveProperty("value", "专利权质押融资额");
    expect(indicator(2).getByRole("textbox", { name: "单位" })).toHaveProperty("value", "万元");

    await user.click(screen.getByRole("button", { name: "上移 指标 2" }));
    // The open indicator moved with its line.
    expect(indicator(1).getByRole("combobox", { name: "名称" })).toHaveProperty("value", "专利权质押融资额");
    expect(lineButton(2).getAttribute("aria-label")).toBe("指标 2:专利申请量");
    expect((await openIndicator(user, 2)).getByRole("combobox", { name: "名称" })).toHaveProperty(
      "value",
      "专利申请量",
    );
    expect((screen.getByRole("button", { name: "上移 指标 1" }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByRole("button", { name: "删除 指标 1" }));
    expect(screen.queryByRole("button", { name: /^指标 2:/ })).toBeNull();
    expect(lineButton(1).getAttribute("aria-label")).toBe("指标 1:专利申请量");
    expect((await openIndicator(user, 1)).getByRole("combobox", { name: "名称" })).toHaveProperty(
      "value",
      "专利申请量",
    );
  });

  test("picking a name from the name box fills an empty unit", async () => {
    const { user } = setup();
    await openTab(user, "规划");
    await user.type(indicator(1).getByRole("combobox", { name: "名称" }), "万人");
    await user.click(screen.getByRole("option", { name: "万人发明专利拥有量(件)" }));
    expect(indicator(1).getByRole("textbox", { name: "单位" })).toHaveProperty("value", "件");
  });

  test("a pasted region list of tabs, commas and 、 becomes one region per line", async () => {
    const { user } = setup();
    await openTab(user, "规划");
    const box = screen.getByRole("textbox", { name: /县\(市\)区 · 共 0 个/ });
    await user.click(box);
    await user.paste("东城区\t西城县,南湖区、北山县\n东城区");
    expect(screen.getByText(/共 4 个/)).toBeTruthy();
    await user.tab();
    expect(box).toHaveProperty("value", "东城区\n西城县\n南湖区\n北山县");
  });

  test("tasks are added with a deadline checked as a date", async () => {
    const { user } = setup();
    await openTab(user, "规划");
    await user.click(screen.getByRole("button", { name: "添加任务" }));
    const task = within(screen.getByRole("group", { name: "任务 1" }));
    await user.type(task.getByRole("textbox", { name: "牵头单位" }), "市知识产权局");
    expect(task.getByText("请填写任务内容")).toBeTruthy();
    await user.type(task.getByRole("textbox", { name: "任务" }), "专利导航");
    expect(task.queryByText("请填写任务内容")).toBeNull();
  });

  test("read from selection fills the indicator table from a selected range with its header", async () => {
    const { user } = setup({
      selection: [
        ["指标名称", "单位", "2024年基数", "增长率", "目标值"],
        ["发明专利申请量", "", 46, 0.3, 60],
        ["专利权质押融资额", "万元", "5,000", "", 8000],
        ["", "", "", "", ""],
      ],
    });
    await openTab(user, "规划");
    await user.click(screen.getByRole("button", { name: "从选区读取" }));
    expect(await screen.findByText("已从选区读取 2 个指标。")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^指标 3:/ })).toBeNull();
    expect(line(1).getByText("≥ 60 · 件 · 累计量")).toBeTruthy();
    expect(line(2).getByText("≥ 8000 · 万元 · 累计量")).toBeTruthy();
    const first = await openIndicator(user, 1);
    expect(first.getByRole("combobox", { name: "名称" })).toHaveProperty("value", "发明专利申请量");
    expect(first.getByRole("textbox", { name: "单位" })).toHaveProperty("value", "件");
    expect(first.getByRole("textbox", { name: "增长率(%)" })).toHaveProperty("value", "30");
    const second = await openIndicator(user, 2);
    expect(second.getByRole("textbox", { name: "基期值" })).toHaveProperty("value", "5000");
    expect(second.getByRole("textbox", { name: "目标值" })).toHaveProperty("value", "8000");
  });

  test("a plan without regions inserts a quarterly report with one 全市 row, as the CLI and preview do", async () => {
    const { host, user } = setup();
    await fillValidPlan(user, "");
    await openTab(user, "模板");
    const preview = within(screen.getByRole("region", { name: /^预览/ }));
    expect(preview.getByText("全市")).toBeTruthy();
    await openTab(user, "插入");
    // No problem count at all (never "0 处"), only what will happen and how to change it.
    expect(screen.queryByText(/需要修正/)).toBeNull();
    expect(screen.getByText(/规划中没有县\(市\)区,季度通报表将只有一行“全市”。/)).toBeTruthy();
    expect(screen.getByText("填写县(市)区")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "插入" }));
    expect(await screen.findByText(/^已插入/)).toBeTruthy();
    expect(host.inserts[0].templateId).toBe("quarterly-report");
    expect(host.inserts[0].plan.regions).toBeUndefined();
    // The link leads to the region list.
    await user.click(screen.getByText("填写县(市)区"));
    expect(screen.getByRole("textbox", { name: /县\(市\)区 ·/ })).toBeTruthy();
  });

  test("with errors the insert screen counts them; with none it never shows a count", async () => {
    const { user } = setup();
    await openTab(user, "插入");
    expect(screen.getByText(/规划中有 [1-9]\d* 处需要修正/)).toBeTruthy();
    await fillValidPlan(user, "");
    await openTab(user, "插入");
    expect(screen.queryByText(/处需要修正/)).toBeNull();
    await user.click(screen.getByRole("combobox", { name: "模板" }));
    await user.click(screen.getByRole("option", { name: "年度工作推进计划指标表" }));
    expect(screen.queryByText(/全市/)).toBeNull();
    expect((screen.getByRole("button", { name: "插入" }) as HTMLButtonElement).disabled).toBe(false);
  });

  test("a valid plan is inserted with rates as fractions and the result in plain words", async () => {
    const { host, user } = setup();
    await fillValidPlan(user, "东城区\n西城县");
    await openTab(user, "插入");
    await user.click(screen.getByRole("button", { name: "插入" }));
    expect(await screen.findByText("已插入 工作表 '季度通报' A1:T160")).toBeTruthy();
    expect(host.inserts).toHaveLength(1);
    const req = host.inserts[0];
    expect(req.templateId).toBe("quarterly-report");
    expect(req.target).toBe("newSheet");
    expect(req.lang).toBe("zh");
    expect(req.plan.title).toBe("2025年专利工作");
    expect(req.plan.regions).toEqual(["东城区", "西城县"]);
    expect(req.plan.indicators).toEqual([
      { name: "专利申请量", unit: "件", base: 320, growth: 0.25, comparator: ">=" },
    ]);
  });

  test("超过 (>) and lower-is-better (≤) reach the plan as comparators", async () => {
    const { host, user } = setup();
    await fillValidPlan(user);
    await user.click(indicator(1).getByRole("combobox", { name: "比较" }));
    await user.click(screen.getByRole("option", { name: "> 超过(不含)" }));
    await user.click(screen.getByRole("button", { name: "添加指标" }));
    await user.type(indicator(2).getByRole("combobox", { name: "名称" }), "平均结案周期");
    await user.type(indicator(2).getByRole("textbox", { name: "目标值" }), "60");
    await user.click(indicator(2).getByRole("checkbox", { name: "越低越好" }));
    expect(indicator(2).getByRole("combobox", { name: "比较" }).textContent).toContain("≤ 不高于、以下(含)");
    await openTab(user, "插入");
    await user.click(screen.getByRole("button", { name: "插入" }));
    await screen.findByText(/^已插入/);
    expect(host.inserts[0].plan.indicators.map((i) => [i.comparator, i.lowerIsBetter])).toEqual([
      [">", undefined],
      ["<=", true],
    ]);
  });

  test("a protected sheet is reported in plain words", async () => {
    const { user } = setup({
      insertResult: new HostError("protected", "工作表受保护,无法写入。", "The sheet is protected."),
    });
    await fillValidPlan(user);
    await openTab(user, "插入");
    await user.click(screen.getByRole("radio", { name: "所选单元格(须为空白区域)" }));
    await user.click(screen.getByRole("button", { name: "插入" }));
    expect(await screen.findByText("工作表受保护,无法写入。")).toBeTruthy();
  });

  test("outside Office inserting is disabled with the note why", async () => {
    const { user } = setup({ inOffice: false });
    await fillValidPlan(user);
    expect((screen.getByRole("button", { name: "从选区读取" }) as HTMLButtonElement).disabled).toBe(true);
    await openTab(user, "插入");
    expect(screen.getByText("当前不在 Excel 中运行")).toBeTruthy();
    expect((screen.getByRole("button", { name: "插入" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("the language follows Office and can be switched", async () => {
    const { user } = setup({ displayLanguage: "en-US" });
    expect(screen.getByRole("tab", { name: "Plan" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Switch to Chinese" }));
    expect(screen.getByRole("tab", { name: "规划" })).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "规划" }));
    expect(screen.getByText("请填写规划名称")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "切换到英文界面" }));
    expect(screen.getByText("Enter the plan's title")).toBeTruthy();
  });

  test("the saved plan is restored on open and edits are saved back", async () => {
    jest.useFakeTimers({ advanceTimers: true });
    try {
      const saved: Plan = {
        title: "十四五规划",
        baseYear: 2020,
        targetYear: 2025,
        regions: ["东城区"],
        indicators: [
          { name: "发明专利申请量", unit: "件", base: 100, cagr: 0.1, actual: 130, asOf: "2023-12-31" },
        ],
      };
      const { host, user } = setup({ savedPlan: saved });
      expect(await screen.findByText("已从工作簿恢复规划“十四五规划”。")).toBeTruthy();
      await openTab(user, "规划");
      expect(indicator(1).getByRole("textbox", { name: "年均增长率(%)" })).toHaveProperty("value", "10");
      await user.type(indicator(1).getByRole("textbox", { name: "目标值" }), "170");
      await act(async () => {
        jest.advanceTimersByTime(1000);
      });
      await waitFor(() => expect(host.saved.length).toBeGreaterThan(0));
      const last = host.saved[host.saved.length - 1];
      // Fields the editor does not show are kept as they were.
      expect(last.indicators[0]).toMatchObject({ target: 170, cagr: 0.1, actual: 130, asOf: "2023-12-31" });
      expect(last.regions).toEqual(["东城区"]);
    } finally {
      jest.useRealTimers();
    }
  });
});

test("a plan that cannot be saved says so and keeps the edits", async () => {
  jest.useFakeTimers({ advanceTimers: true });
  try {
    const host = createTestHost();
    host.savePlan = () =>
      Promise.reject(new HostError("protected", "工作簿受保护。", "The workbook is protected."));
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    render(<App host={host} />);
    await user.click(screen.getByRole("tab", { name: "规划" }));
    await user.type(screen.getByRole("textbox", { name: /规划名称/ }), "不会丢的规划");
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    expect(await screen.findByText("规划未能保存到工作簿(编辑内容仍在):工作簿受保护。")).toBeTruthy();
    expect(screen.getByRole("textbox", { name: /规划名称/ })).toHaveProperty("value", "不会丢的规划");
  } finally {
    jest.useRealTimers();
  }
});

describe("the indicator list", () => {
  const twelve: Plan = {
    title: "十四五知识产权规划",
    baseYear: 2020,
    targetYear: 2025,
    regions: ["东城区"],
    indicators: Array.from({ length: 12 }, (_, i) => ({
      name: `指标名${i + 1}`,
      unit: "件",
      base: 100,
      target: 200 + i,
    })),
  };

  test("a dozen indicators are one line each, one opens at a time, by keyboard", async () => {
    const { user } = setup({ savedPlan: twelve });
    await screen.findByText(/已从工作簿恢复规划/);
    await openTab(user, "规划");
    const lines = within(screen.getByRole("list", { name: "指标" })).getAllByRole("button", {
      name: /^指标 \d+:/,
    });
    expect(lines).toHaveLength(12);
    expect(screen.queryAllByRole("group", { name: /^指标 \d+$/ })).toHaveLength(0);
    // Name, target, unit and nature on the line, read to screen readers as its description.
    expect(lines[6].getAttribute("aria-label")).toBe("指标 7:指标名7");
    expect(document.getElementById(lines[6].getAttribute("aria-describedby")!)?.textContent).toBe(
      "≥ 206 · 件 · 累计量",
    );
    lines[6].focus();
    await user.keyboard("{Enter}");
    expect(lines[6].getAttribute("aria-expanded")).toBe("true");
    expect(indicator(7).getByRole("textbox", { name: "目标值" })).toHaveProperty("value", "206");
    await user.keyboard(" ");
    expect(screen.queryAllByRole("group", { name: /^指标 \d+$/ })).toHaveLength(0);
    await user.click(lines[1]);
    await user.click(lines[2]);
    expect(
      screen.getAllByRole("group", { name: /^指标 \d+$/ }).map((g) => g.getAttribute("aria-label")),
    ).toEqual(["指标 3"]);
    expect(lines[1].getAttribute("aria-expanded")).toBe("false");
    await user.click(indicator(3).getByRole("button", { name: "完成 指标 3" }));
    expect(screen.queryAllByRole("group", { name: /^指标 \d+$/ })).toHaveLength(0);
    expect(document.activeElement).toBe(lines[2]);
  });

  test("a closed indicator's problems show on its line, and 去修改 opens the first one with a problem", async () => {
    const broken: Plan = {
      ...twelve,
      indicators: twelve.indicators.map((x, i) => (i === 8 ? { ...x, growth: -2 } : x)),
    };
    const { user } = setup({ savedPlan: broken });
    await screen.findByText(/已从工作簿恢复规划/);
    await openTab(user, "插入");
    expect(screen.getByText(/指标 9 增长率\(%\):增长率应大于 -100%/)).toBeTruthy();
    await user.click(screen.getByText("去修改"));
    expect(line(9).getByText(/· 1 处问题$/)).toBeTruthy();
    expect(lineButton(9).getAttribute("aria-expanded")).toBe("true");
    expect(indicator(9).getByText("增长率应大于 -100%")).toBeTruthy();
    await user.click(lineButton(9));
    expect(screen.queryByRole("group", { name: "指标 9" })).toBeNull();
    expect(line(9).getByText(/· 1 处问题$/)).toBeTruthy();
    expect(line(8).queryByText(/处问题/)).toBeNull();
  });
});
