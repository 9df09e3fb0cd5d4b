import "./support/jsdomShims";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CollectPanel } from "../../src/taskpane/components/CollectPanel";
import { writeConsolidation } from "../../src/office/officeCollect";
import type { CollectHost } from "../../src/host/port";
import { PLAN, REGIONS } from "../unit/collect/forms";
import { buildScenario, type Scenario, removeScenarios } from "../unit/collect/roundTrip";
import { FakeExcel } from "../support/fakeExcel";

function hostOver(excel: FakeExcel, opened: Uint8Array[]): CollectHost {
  // The real writer over a fake Excel: only Excel itself is simulated.
  return {
    canCreateWorkbook: () => true,
    openWorkbook: async (x) => {
      opened.push(x);
    },
    writeConsolidation: (c, lang) => writeConsolidation(excel.context, c, lang, excel.supports),
  };
}

afterAll(removeScenarios);

describe("CollectPanel", () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await buildScenario();
  });

  it("reads the picked files, lists the problems and writes both sheets (zh)", async () => {
    const m = new FakeExcel();
    const opened: Uint8Array[] = [];
    const user = userEvent.setup();
    render(<CollectPanel lang="zh" plan={PLAN} host={hostOver(m, opened)} />);
    const files = s.files.map((f) => new File([readFileSync(join(s.dir, f))], f));
    await user.upload(screen.getByLabelText("选择回收的文件"), files);
    await waitFor(
      () =>
        expect(
          screen.getByText(
            /读取 8\/14 个文件;县\(市\)区 8\/10 已报送,1 个已收到未采用;问题 18 条\(错误 9 条\)/,
          ),
        ).toBeTruthy(),
      {
        timeout: 20000,
      },
    );
    const problems = screen.getByRole("region", { name: "问题清单" });
    expect(problems.textContent).toContain("[错误] 加密.xlsx: 文件设有打开密码");
    expect(problems.textContent).toContain("“2万”是文字,已按数字 20000 件 读取");
    // One group per county, errors first; the rejected form says why.
    const pingan = within(problems).getByRole("region", { name: "平安县" });
    expect(pingan.textContent).toContain("平安县的报表已收到,但未能采用:属于另一个规划");
    const hekou = within(problems).getByRole("region", { name: "河口县" }).textContent ?? "";
    expect(hekou.indexOf("[错误]")).toBeLessThan(hekou.indexOf("[警告]"));
    await user.click(screen.getByRole("button", { name: "写入汇总表和问题清单" }));
    await waitFor(() => expect(screen.getByText("已写入工作表“汇总”和“问题清单”。")).toBeTruthy());
    expect(m.sheets.map((x) => x.name)).toEqual(["Sheet1", "汇总", "问题清单"]);
  }, 30000);

  it("offers each region's form, and opens it as a new workbook (en)", async () => {
    const opened: Uint8Array[] = [];
    const user = userEvent.setup();
    render(<CollectPanel lang="en" plan={PLAN} host={hostOver(new FakeExcel(), opened)} />);
    for (const r of REGIONS) expect(screen.getByRole("button", { name: `Open in Excel ${r}` })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: `Open in Excel ${REGIONS[2]}` }));
    await waitFor(() => expect(opened).toHaveLength(1));
    expect([...opened[0].slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip: an .xlsx
  });

  it("shows what is missing without a plan or regions", () => {
    const { unmount } = render(<CollectPanel lang="zh" plan={null} host={null} />);
    expect(screen.getByText("请先在“规划”中填写规划。")).toBeTruthy();
    expect((screen.getByLabelText("选择回收的文件") as HTMLInputElement).disabled).toBe(true);
    unmount();
    render(<CollectPanel lang="zh" plan={{ ...PLAN, regions: [] }} host={null} />);
    expect(screen.getByText("规划中还没有县(市)区,请先在“规划”中填写。")).toBeTruthy();
  });
});
