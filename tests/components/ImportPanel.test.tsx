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
    expect(first.textContent).toContain("全市专利申请总量力争突破400件");
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
    expect(boxes.map((b) => b.checked)).toEqual([false, true]);
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
});
