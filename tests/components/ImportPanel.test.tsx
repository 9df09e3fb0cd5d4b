import "./support/jsdomShims";
import { TextDecoder as NodeTextDecoder } from "util";
import { readFileSync } from "fs";
import { join } from "path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ImportPanel } from "../../src/taskpane/components/ImportPanel";
import { validatePlan } from "../../src/core/planValidation";
import type { Indicator } from "../../src/core/plan";
import { makeDocx } from "../unit/extract/makeDocx";

// Browsers have TextDecoder (files are decoded with it, also by mammoth); jsdom lacks it.
const g = globalThis as unknown as { TextDecoder?: unknown };
g.TextDecoder ??= NodeTextDecoder;

const SEED = readFileSync(join(__dirname, "../fixtures/extract/dev/seed-000.txt"), "utf8");

function rowOf(name: string): HTMLElement {
  const row = screen
    .getAllByTestId("import-row")
    .find((r) => (within(r).getByRole("textbox") as HTMLInputElement).value === name);
  if (!row) throw new Error(`no row ${name}`);
  return row;
}

describe("ImportPanel", () => {
  it("finds the targets of pasted text, lets the user choose 突破 and rows, and accepts a valid plan (zh)", async () => {
    const user = userEvent.setup();
    const onAccept = jest.fn();
    render(<ImportPanel lang="zh" onAccept={onAccept} />);
    const area = screen.getByRole("textbox", { name: "规划文本" });
    // Typing 8 KB character by character is slow; a paste is what users do.
    fireEvent.change(area, { target: { value: SEED } });
    await user.click(screen.getByRole("button", { name: "识别指标" }));

    expect(screen.getByText(/识别到 15 项/)).toBeTruthy();
    expect(screen.getByText(/《2012年达州市专利工作推进计划》 基期 2011 年,目标年 2012 年/)).toBeTruthy();
    const first = rowOf("专利申请总量");
    // The source sentence is shown on demand, the number highlighted in it.
    expect(first.textContent).not.toContain("全市专利申请总量力争突破400件");
    await user.click(within(first).getByRole("button", { name: "原文 专利申请总量" }));
    expect(first.textContent).toContain("全市专利申请总量力争突破400件");
    expect(first.querySelector("mark")?.textContent).toBe("400件");
    expect(within(first).getByText("力争")).toBeTruthy();
    // 突破: a visible choice between ≥ and >.
    const choice = within(first).getByRole("combobox", {
      name: "“突破”的含义 专利申请总量",
    }) as HTMLSelectElement;
    expect([...choice.options].map((o) => o.textContent)).toEqual(["≥ 400件", "> 400件"]);
    await user.selectOptions(choice, ">");
    // Uncertain items are marked.
    expect(within(rowOf("选定基础较好的企业")).getByText("待核实")).toBeTruthy();
    // Drop one row and rename another.
    await user.click(within(rowOf("选定基础较好的企业")).getByRole("checkbox"));
    const nameBox = within(rowOf("新增专利实施项目产值")).getByRole("textbox");
    await user.clear(nameBox);
    await user.type(nameBox, "专利实施产值");

    await user.click(screen.getByRole("button", { name: "导入选中的 14 项" }));
    expect(onAccept).toHaveBeenCalledTimes(1);
    const [indicators, meta] = onAccept.mock.calls[0] as [Indicator[], { title: string }];
    expect(meta).toEqual({ title: "2012年达州市专利工作推进计划", baseYear: 2011, targetYear: 2012 });
    expect(indicators.find((i) => i.name === "专利申请总量")).toEqual({
      name: "专利申请总量",
      unit: "件",
      target: 400,
      growth: 0.25,
      comparator: ">",
      aspirational: true,
      note: "“突破”可理解为 ≥ 或 >",
    });
    expect(indicators.find((i) => i.name === "专利实施产值")).toMatchObject({
      target: 7.8,
      unit: "亿元",
    });
    expect(indicators.some((i) => i.name.includes("基础较好"))).toBe(false);
    const v = validatePlan({ title: meta.title, baseYear: 2011, targetYear: 2012, indicators });
    expect(v.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(screen.getByText(`已导入 ${indicators.length} 个指标。`)).toBeTruthy();
  });

  it("leaves past figures unchecked and says when nothing is found (en)", async () => {
    const user = userEvent.setup();
    render(<ImportPanel lang="en" onAccept={jest.fn()} />);
    const area = screen.getByRole("textbox", { name: "Plan text" });
    fireEvent.change(area, {
      target: {
        value: "一、发展基础\n全省专利授权量达到12.6万件。\n二、主要目标\n全省专利授权量达到20万件。",
      },
    });
    await user.click(screen.getByRole("button", { name: "Find targets" }));
    const boxes = screen.getAllByRole("checkbox") as HTMLInputElement[];
    // Targets first, past figures listed apart after them.
    expect(boxes.map((b) => b.checked)).toEqual([true, false]);
    expect(screen.getByText("Past figure")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Import 1 selected" })).toBeTruthy();

    fireEvent.change(area, { target: { value: "Nothing here but English." } });
    await user.click(screen.getByRole("button", { name: "Find targets" }));
    expect(screen.getByText("No quantitative targets found.")).toBeTruthy();
  });

  it("opens a .docx file and reports an unreadable one inline", async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<ImportPanel lang="zh" onAccept={jest.fn()} />);
    const input = screen.getByLabelText("打开文件…", { selector: "input" }) as HTMLInputElement;
    const docx = await makeDocx(["某县2021年知识产权工作要点", "全年专利申请量达到800件,同比增长15%以上。"]);
    await user.upload(input, new File([new Uint8Array(docx)], "plan.docx"));
    await waitFor(() => expect(screen.getAllByTestId("import-row")).toHaveLength(2), { timeout: 15000 });
    expect((screen.getByRole("textbox", { name: "规划文本" }) as HTMLTextAreaElement).value).toContain(
      "全年专利申请量达到800件",
    );

    await user.upload(input, new File([new Uint8Array([0, 1, 2, 3])], "x.bin"));
    await waitFor(() => expect(screen.getByText("无法读取文件:不是文本文件(二进制内容)")).toBeTruthy(), {
      timeout: 15000,
    });
    expect(screen.queryAllByTestId("import-row")).toHaveLength(0);
  });

  it("at pane width (320 px) shows one compact card per item: no table, no repeated sentences, past figures apart and unchecked, direction and 属性 editable, and why N items became M indicators", async () => {
    const user = userEvent.setup();
    const onAccept = jest.fn();
    const { container } = render(
      <div style={{ width: "320px" }}>
        <ImportPanel lang="zh" onAccept={onAccept} />
      </div>,
    );
    const text = [
      "某市2025年生态环境保护工作要点",
      "一、2024年工作回顾",
      "全市PM2.5平均浓度为32微克/立方米。",
      "二、2025年主要目标",
      "PM2.5平均浓度控制在30微克/立方米以下(约束性)。",
      "地区生产总值达到3500亿元,增长6%。",
      "一季度末,新增造林面积完成1.5万亩。",
    ].join("\n");
    fireEvent.change(screen.getByRole("textbox", { name: "规划文本" }), { target: { value: text } });
    await user.click(screen.getByRole("button", { name: "识别指标" }));
    expect(container.querySelector("table")).toBeNull();
    const lists = screen.getAllByRole("list");
    expect(lists).toHaveLength(2);
    const [targets, past] = lists;
    // Past figures are listed apart, unchecked.
    expect(within(past).getAllByRole("listitem")).toHaveLength(1);
    expect((within(past).getByRole("checkbox") as HTMLInputElement).checked).toBe(false);
    expect(within(targets).getAllByRole("listitem")).toHaveLength(4);
    // No card repeats its sentence until asked: the whole panel holds none of them.
    for (const list of lists) expect(list.textContent).not.toContain("控制在30微克/立方米以下(约束性)");
    const pm = rowOf("PM2.5平均浓度");
    expect(
      (within(pm).getByRole("combobox", { name: "方向 PM2.5平均浓度" }) as HTMLSelectElement).value,
    ).toBe("<=");
    expect(
      (within(pm).getByRole("combobox", { name: "属性 PM2.5平均浓度" }) as HTMLSelectElement).value,
    ).toBe("binding");
    expect(within(rowOf("新增造林面积")).getByText("第1季度")).toBeTruthy();
    // The user sets 地区生产总值 预期性; its level and growth become one indicator.
    await user.selectOptions(
      within(rowOf("地区生产总值")).getAllByRole("combobox", { name: "属性 地区生产总值" })[0],
      "expected",
    );
    expect(screen.getByText(/选中的 4 项合并为 3 个指标:.*地区生产总值 ×2/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "导入选中的 4 项" }));
    const [indicators] = onAccept.mock.calls[0] as [Indicator[]];
    expect(indicators.map((i) => [i.name, i.unit, i.target, i.comparator, i.binding])).toEqual([
      ["PM2.5平均浓度", "微克/立方米", 30, "<=", true],
      ["地区生产总值", "亿元", 3500, ">=", false],
      ["新增造林面积", "万亩", 1.5, ">=", undefined],
    ]);
    expect(
      validatePlan({ title: "t", baseYear: 2024, targetYear: 2025, indicators }).issues.filter(
        (i) => i.severity === "error",
      ),
    ).toEqual([]);
  });
});
