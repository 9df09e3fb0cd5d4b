/**
 * A slow Office.onReady (issue 13): a pane opened by Excel waits for it and says so, instead of
 * running its browser host inside Excel; a page opened in a plain browser still opens after a
 * few seconds without Excel.
 */
import { paneSession } from "./support/pane";

const pane = paneSession();
// What Excel puts in the address of an add-in page (office.js reads the same parameter).
const FROM_EXCEL = "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0";

test("opened by Excel: waits for a slow Office.onReady, then runs with the workbook", async () => {
  const page = await pane({ office: { readyDelayMs: 7000 }, query: FROM_EXCEL, waitForGallery: false });
  await page.getByRole("status").filter({ hasText: "正在等待 Excel 准备就绪" }).waitFor({ timeout: 6000 });
  await page.getByRole("radiogroup", { name: "模板" }).waitFor({ timeout: 20000 });
  // the Office host: the workbook can be read, no "not running inside Excel" note
  await page.getByRole("tab", { name: "规划" }).click();
  expect(await page.getByRole("button", { name: "从选区读取" }).isDisabled()).toBe(false);
  await page.getByRole("tab", { name: "插入" }).click();
  expect(await page.getByText(/当前不在 Excel 中运行/).count()).toBe(0);
}, 60000);

test("opened in a plain browser with office.js answering late: opens without Excel", async () => {
  const page = await pane({ office: { readyDelayMs: 7000 }, waitForGallery: false });
  await page.getByRole("radiogroup", { name: "模板" }).waitFor({ timeout: 20000 });
  await page.getByRole("tab", { name: "插入" }).click();
  await page.getByText(/当前不在 Excel 中运行/).waitFor();
  await page.getByRole("tab", { name: "规划" }).click();
  expect(await page.getByRole("button", { name: "从选区读取" }).isDisabled()).toBe(true);
}, 60000);
