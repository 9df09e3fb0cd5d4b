/**
 * The plan editor's layout in Chromium at task-pane width (420 px): a dozen indicators are a
 * compact list, one line each, with one indicator open; opening, closing and moving between
 * them works from the keyboard. Layout cannot be judged in jsdom, hence a browser test.
 */
import type { Plan } from "../../src/core/plan";
import { planToXml } from "../../src/office/planXml";
import { paneSession, screenshot } from "./support/pane";

const pane = paneSession();

const NAMES = [
  "专利申请量",
  "发明专利申请量",
  "PCT国际专利申请量",
  "万人发明专利拥有量",
  "专利权质押融资额",
  "专利行政执法结案率",
  "商标注册量",
  "地理标志商标",
  "知识产权示范企业",
  "专利侵权纠纷平均处理周期",
  "知识产权服务机构",
  "知识产权培训人次",
];

const PLAN: Plan = {
  title: "十四五知识产权规划",
  baseYear: 2020,
  targetYear: 2025,
  regions: ["东城区", "西城县"],
  indicators: NAMES.map((name, i) => ({
    name,
    unit: i === 5 ? "%" : "件",
    base: 100 + i,
    growth: 0.1 + i / 100,
  })),
};

test("twelve indicators are twelve one-line rows and one open editor, by keyboard", async () => {
  const page = await pane({ office: { customXml: [planToXml(PLAN)] } });
  await page.getByText("已从工作簿恢复规划“十四五知识产权规划”。").waitFor();
  await page.getByRole("tab", { name: "规划" }).click();
  const list = page.getByRole("list", { name: "指标" });
  await list.waitFor();
  const lines = list.getByRole("button", { name: /^指标 \d+:/ });
  expect(await lines.count()).toBe(12);
  // No editor is open for a restored plan without problems; every line is one line.
  expect(await page.getByRole("group", { name: /^指标 \d+$/ }).count()).toBe(0);
  const heights = await list
    .locator(":scope > li")
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  expect(heights).toHaveLength(12);
  for (const h of heights) expect(h).toBeLessThanOrEqual(40);
  // Name, target, unit and nature are on the line.
  const third = page.getByRole("button", { name: "指标 3:PCT国际专利申请量" });
  const summary = page.locator(`#${await third.getAttribute("aria-describedby")}`);
  expect(((await summary.textContent()) ?? "").trim()).toBe("+12% · 件 · 累计量");

  // Keyboard: focus the third line, Enter opens it, Tab reaches its fields.
  await third.focus();
  await page.keyboard.press("Enter");
  expect(await third.getAttribute("aria-expanded")).toBe("true");
  const editor = page.getByRole("group", { name: "指标 3" });
  expect(await editor.getByRole("combobox", { name: "名称" }).inputValue()).toBe("PCT国际专利申请量");
  await screenshot(page, "editor-12-indicators-zh-CN");
  // The whole editor with 12 indicators and one open is a short page (it was ~6,600 px).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(1800);

  // Opening the fifth closes the third: one at a time.
  await page.getByRole("button", { name: /^指标 5:/ }).press("Enter");
  expect(await page.getByRole("group", { name: /^指标 \d+$/ }).count()).toBe(1);
  expect(await third.getAttribute("aria-expanded")).toBe("false");
  // 完成 closes it and puts the focus back on its line.
  await page
    .getByRole("group", { name: "指标 5" })
    .getByRole("button", { name: "完成 指标 5" })
    .press("Enter");
  expect(await page.getByRole("group", { name: /^指标 \d+$/ }).count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
    "指标 5:专利权质押融资额",
  );
  // A line's reorder buttons follow it in tab order.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("上移 指标 5");
  await page.keyboard.press("Enter");
  expect(await page.getByRole("button", { name: /^指标 4:/ }).getAttribute("aria-label")).toBe(
    "指标 4:专利权质押融资额",
  );
});
