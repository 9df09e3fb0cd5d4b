/**
 * 生成通报 in the pane of the production build, in headless Chromium inside the recording fake of
 * Excel: the returned forms (10 counties, one missing, one rejected) are picked from disk and
 * consolidated in the browser; the button loads the bulletin chunk, draws the charts through a
 * canvas and downloads the .docx. The document's text must be the one the Node path (CLI) writes
 * from the same files, with three chart pictures; no request leaves the page, no console error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { paneSession, screenshot } from "./support/pane";
import { docxParagraphs } from "../support/docxText";
import { consolidate } from "../../src/collect/consolidate";
import { bulletinDocxNode } from "../../src/bulletin/node";
import { planToXml } from "../../src/office/planXml";
import {
  BULLETIN_PLAN,
  MISSING,
  REJECTED,
  buildBulletinScenario,
  removeBulletinScenarios,
} from "../unit/bulletin/scenario";

afterAll(removeBulletinScenarios);

const pane = paneSession();

test("生成通报 downloads the bulletin the CLI would write, with its charts", async () => {
  const s = await buildBulletinScenario();
  const paths = s.files.map((f) => join(s.dir, f));
  const c = await consolidate(
    s.files.map((f) => ({ name: f, bytes: readFileSync(join(s.dir, f)) })),
    BULLETIN_PLAN,
  );
  const node = await bulletinDocxNode(c, { lang: "zh", issuer: "某市知识产权局" });

  const page = await pane({ office: { customXml: [planToXml(BULLETIN_PLAN)] } });
  await page.getByText(`已从工作簿恢复规划“${BULLETIN_PLAN.title}”。`).waitFor();
  await page.getByRole("tab", { name: "汇总" }).click();
  await page.getByLabel("选择回收的文件").setInputFiles(paths);
  await page.getByText(/读取 \d+\/9 个文件;县\(市\)区 8\/10 已报送/).waitFor();
  await page.getByLabel("发文机关").fill("某市知识产权局");
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.getByRole("button", { name: "生成通报" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("关于2024年第二季度专利工作进展情况的通报.docx");
  const file = await download.path();
  const bytes = readFileSync(file);
  await page.getByText(/已生成通报/).waitFor();
  await screenshot(page, "collect-bulletin-zh-CN");

  // The same words and numbers as the Node path, paragraph for paragraph.
  const got = await docxParagraphs(bytes);
  expect(got).toEqual(await docxParagraphs(node.bytes));
  const text = got.join("\n");
  expect(text).toContain("关于2024年第二季度专利工作");
  expect(text).toContain(`${MISSING}未报送`);
  expect(text).toContain(`${REJECTED}报送的表格未通过审核`);
  expect(text).toContain("某市知识产权局");

  // Three charts, drawn by the browser's canvas: real PNGs of the chart's size.
  const zip = await JSZip.loadAsync(bytes);
  const media = Object.keys(zip.files).filter((f) => f.startsWith("word/media/"));
  expect(media).toHaveLength(3);
  for (const m of media) {
    const png = await zip.file(m)!.async("uint8array");
    expect([...png.slice(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([589 * 2, 320 * 2]);
    expect(png.length).toBeGreaterThan(10_000);
  }
});
