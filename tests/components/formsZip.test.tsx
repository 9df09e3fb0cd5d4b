import "./support/jsdomShims";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CollectPanel } from "../../src/taskpane/components/CollectPanel";
import { findStamp } from "../../src/model/stamp";
import type { Plan } from "../../src/core/plan";
import { PLAN } from "../unit/collect/forms";

/** What the pane handed to the browser to save: the Blob and the name on the link. */
interface Saved {
  name: string;
  type: string;
  bytes: Uint8Array;
}

// jsdom has no object URLs and does not save files: record what the panel asks the browser to
// save (its Blob and the link's download name), the way a browser would receive it.
function recordDownloads(): Saved[] {
  const saved: Saved[] = [];
  const blobs = new Map<string, Blob>();
  Object.assign(URL, {
    createObjectURL: (b: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, b);
      return url;
    },
    revokeObjectURL: () => undefined,
  });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    const r = new FileReader();
    r.onload = () =>
      saved.push({ name: this.download, type: blob.type, bytes: new Uint8Array(r.result as ArrayBuffer) });
    r.readAsArrayBuffer(blob);
  });
  return saved;
}

async function stampRegion(bytes: Uint8Array): Promise<string | undefined> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const values: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    values[r - 1] = (row.values as unknown[]).slice(1);
  });
  return findStamp(values.map((x) => x ?? []))?.stamp.region;
}

afterEach(() => jest.restoreAllMocks());

describe("all forms at once", () => {
  test("one .zip holds every region's form under its sanitised file name, stamped for that region", async () => {
    const plan: Plan = {
      ...PLAN,
      title: "2024年专利工作/推进:计划",
      regions: ["城关区", "东城区/新区", "CON", "北山县 "],
    };
    const saved = recordDownloads();
    const user = userEvent.setup();
    render(<CollectPanel lang="zh" plan={plan} host={null} />);
    await user.click(screen.getByRole("button", { name: "全部下载(一个 .zip,4 份)" }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20000 });
    const [zip] = saved;
    expect(zip.name).toBe("2024年专利工作_推进_计划_季度通报.zip");
    expect(zip.type).toBe("application/zip");
    const archive = await JSZip.loadAsync(zip.bytes);
    const names = Object.keys(archive.files);
    expect(names).toEqual([
      "季度通报_城关区.xlsx",
      "季度通报_东城区_新区.xlsx",
      "季度通报_CON.xlsx",
      "季度通报_北山县.xlsx",
    ]);
    const regions = [];
    for (const n of names) regions.push(await stampRegion(await archive.file(n)!.async("uint8array")));
    expect(regions).toEqual(plan.regions);
    // The per-region buttons stay for a single county.
    expect(screen.getAllByRole("button", { name: /^下载 / })).toHaveLength(4);
  }, 30000);

  test("in English, and not offered without regions", async () => {
    const saved = recordDownloads();
    const user = userEvent.setup();
    const { unmount } = render(
      <CollectPanel lang="en" plan={{ ...PLAN, regions: ["甲县", "乙县"] }} host={null} />,
    );
    await user.click(screen.getByRole("button", { name: "Download all (2 forms in one .zip)" }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20000 });
    expect(saved[0].name).toBe("2024年专利工作推进计划_Quarterly report.zip");
    expect(Object.keys((await JSZip.loadAsync(saved[0].bytes)).files)).toHaveLength(2);
    unmount();
    render(<CollectPanel lang="zh" plan={{ ...PLAN, regions: [] }} host={null} />);
    expect(screen.queryByRole("button", { name: /全部下载/ })).toBeNull();
  }, 30000);
});
