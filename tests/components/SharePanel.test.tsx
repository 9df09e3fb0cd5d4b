import "./support/jsdomShims";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SharePanel } from "../../src/taskpane/components/SharePanel";
import { shareOpenWorkbook } from "../../src/office/officeShare";
import type { ShareHost } from "../../src/host/port";
import { mockExcel } from "../unit/office/excelMock";

function hostOver(m: ReturnType<typeof mockExcel>): ShareHost {
  // The real adapter over a mocked Excel: only Excel itself is simulated.
  return { prepareForSharing: () => shareOpenWorkbook(m.context) };
}

describe("SharePanel", () => {
  it("converts, then lists the rewritten cells and the cells kept as values (zh)", async () => {
    const m = mockExcel([
      {
        name: "表1",
        cells: {
          A1: { value: 100 },
          B1: { value: 0.1 },
          C1: { formula: "=PLAN.PROJECT(A1,B1,2)", value: 121 },
          C2: { formula: "=PLAN.FOO(A1)", value: 7 },
        },
      },
    ]);
    const user = userEvent.setup();
    render(<SharePanel lang="zh" host={hostOver(m)} />);
    await user.click(screen.getByRole("button", { name: "转换为原生公式" }));
    await waitFor(() => expect(screen.getByText(/已转换:1 格改为原生公式/)).toBeTruthy());
    const changed = screen.getByRole("region", { name: "改写的单元格" });
    expect(changed.textContent).toContain("表1!C1: =PLAN.PROJECT(A1,B1,2)");
    const kept = screen.getByRole("region", { name: /保留数值的单元格/ });
    expect(kept.textContent).toContain("表1!C2 = 7: 未知函数 PLAN.FOO");
    expect(m.sheets[0].cells.C1.formula).not.toContain("PLAN");
  });

  it("says so when there is nothing to convert (en)", async () => {
    const m = mockExcel([{ name: "S", cells: { A1: { formula: "=1+1", value: 2 } } }]);
    const user = userEvent.setup();
    render(<SharePanel lang="en" host={hostOver(m)} />);
    await user.click(screen.getByRole("button", { name: "Convert to native formulas" }));
    await waitFor(() => expect(screen.getByText("No PLAN formulas to convert.")).toBeTruthy());
    expect(m.writes).toEqual([]);
  });

  it("shows a failure inline and is disabled outside Excel", async () => {
    const user = userEvent.setup();
    const failing: ShareHost = {
      prepareForSharing: () =>
        Promise.reject(Object.assign(new Error("x"), { zh: "工作表受保护", en: "protected" })),
    };
    const { unmount } = render(<SharePanel lang="zh" host={failing} />);
    await user.click(screen.getByRole("button", { name: "转换为原生公式" }));
    await waitFor(() => expect(screen.getByText(/转换失败:工作表受保护/)).toBeTruthy());
    unmount();
    render(<SharePanel lang="zh" host={null} />);
    expect((screen.getByRole("button", { name: "转换为原生公式" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("需要在 Excel 中打开本加载项才能转换。")).toBeTruthy();
  });
});
